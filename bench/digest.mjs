// A digest of every finding Galley reports on every page in the repository
// (samples, eval corpus, test fixtures): speed work must leave it unchanged.
//
//   node bench/digest.mjs            prints one hash, and per-page counts with --verbose
//   node bench/digest.mjs --dump F   writes every page's findings to F (JSON) to diff two trees
import { buildSync } from 'esbuild';
import { batchPage } from './generate.mjs';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(ROOT, 'bench', 'tmp', 'digest-core.cjs');
fs.mkdirSync(path.join(ROOT, 'bench', 'tmp'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench', 'tmp', 'digest-entry.ts'), "export { checkText } from '../../shared/check';\nexport { PROFILES } from '../../shared/profiles';\n");
buildSync({ entryPoints: [path.join(ROOT, 'bench', 'tmp', 'digest-entry.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error' });
const { checkText, PROFILES } = require(out);
const byId = (id) => PROFILES.find((p) => p.id === id);

function pages(dir) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) found.push(...pages(p));
    else if (/\.(txt|md)$/.test(e.name) && e.name !== 'README.md') found.push(p);
  }
  return found;
}
const files = ['resources', 'eval', 'tests'].flatMap((d) => pages(path.join(ROOT, d))).sort();
const samples = fs.readdirSync(path.join(ROOT, 'resources', 'samples')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(ROOT, 'resources', 'samples', f), 'utf8'));
// Generated revisions (bench/generate.mjs, fixed seeds): edits, moved and repeated paragraphs.
const generated = Array.from({ length: 60 }, (_, i) => [`generated/${i}`, batchPage(samples, i)]);
const dump = {};
const hash = crypto.createHash('sha256');
const inputs = [...files.map((f) => [path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]), ...generated];
for (const [rel, page] of inputs) {
  const text = typeof page === 'string' ? page : page.text;
  for (const profile of [undefined, 'general', 'ocr-markdown']) {
    const r = checkText(text, profile ? { profile: byId(profile) } : {});
    const s = JSON.stringify({ profile: r.profile, findings: r.findings });
    hash.update(rel + (profile ?? '') + s);
    dump[rel + (profile ? `#${profile}` : '')] = r.findings;
  }
}
const i = process.argv.indexOf('--dump');
if (i > 0) fs.writeFileSync(process.argv[i + 1], JSON.stringify(dump, null, 1));
console.log(`${inputs.length} pages × 3 house styles: ${hash.digest('hex').slice(0, 16)}`);
