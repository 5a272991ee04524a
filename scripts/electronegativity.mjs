// `npm run lint:security`: runs Electronegativity over electron/ and fails on
// any HIGH or MEDIUM finding. Electronegativity itself exits 0 whatever it
// finds, so the gate is its CSV output (issue 6). LOW/INFORMATIONAL findings
// are printed but do not fail the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const GATE = new Set(['HIGH', 'MEDIUM']);

/** RFC 4180-ish: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field.trim());
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field.trim());
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field.trim());
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const HEADER = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample', 'description', 'url'];
const SEVERITIES = new Set(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']);

/** Findings as objects keyed by the CSV header (issue, severity, …). Throws
 *  on a malformed report: Electronegativity 1.10 writes the header and the
 *  rows with two racing async writes, which now and then garbles the file,
 *  and a garbled report must never read as "no findings". */
export function findingsFromCsv(text) {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== HEADER.join(',')) throw new Error('report has no Electronegativity CSV header');
  return rows.map((r, n) => {
    if (r.length !== HEADER.length || !/^[A-Z0-9_]+$/.test(r[0]) || !SEVERITIES.has(r[1].toUpperCase())) {
      throw new Error(`report row ${n + 1} is malformed`);
    }
    return Object.fromEntries(HEADER.map((h, i) => [h, r[i]]));
  });
}

export function blocking(findings) {
  return findings.filter((f) => GATE.has(String(f.severity).toUpperCase()));
}

function main(input = join(root, 'electron')) {
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const dir = mkdtempSync(join(tmpdir(), 'galley-electronegativity-'));
  try {
    let findings;
    let problem = '';
    // A garbled report (see findingsFromCsv) is retried, a few times at most.
    for (let attempt = 1; attempt <= 5 && !findings; attempt++) {
      const csv = join(dir, `findings-${attempt}.csv`);
      // -e: the version cannot be detected without the Electron binary.
      const run = spawnSync(process.execPath, [cli, '-i', input, '-o', csv, '-r', '-e', electronVersion], {
        encoding: 'utf8',
        cwd: root,
        timeout: 300_000,
      });
      if (!existsSync(csv)) {
        problem = `Electronegativity wrote no report (exit ${run.status}) ${String(run.stderr ?? '').split('\n')[0]}`;
        continue;
      }
      try {
        findings = findingsFromCsv(readFileSync(csv, 'utf8'));
      } catch (err) {
        problem = err.message;
      }
    }
    if (!findings) {
      process.stderr.write(`lint:security: ${problem}\n`);
      process.exit(1);
    }
    for (const f of findings) {
      process.stdout.write(`${f.severity.padEnd(13)} ${f.confidence.padEnd(10)} ${f.issue}  ${f.filename}:${f.location}\n`);
    }
    const bad = blocking(findings);
    process.stdout.write(
      `lint:security: ${findings.length} finding(s), ${bad.length} HIGH/MEDIUM (Electronegativity, Electron ${electronVersion}, ${input})\n`,
    );
    process.exit(bad.length > 0 ? 1 : 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// `node scripts/electronegativity.mjs [folder]` (default electron/).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2]);
