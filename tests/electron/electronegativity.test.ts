// The lint:security gate: Electronegativity exits 0 whatever it finds, so the
// script reads its CSV. It must fail on an insecure app, pass on ours, and
// never read a garbled report as "no findings".
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without types
import { blocking, findingsFromCsv, parseCsv } from '../../scripts/electronegativity.mjs';

const ROOT = path.resolve(__dirname, '../..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/electronegativity.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url\n';

describe('electronegativity gate', () => {
  // Each run takes ~15 s here: Electronegativity waits for its offline
  // network look-ups (translations, Electron releases) to give up.
  it('passes on electron/ (no HIGH or MEDIUM finding)', { timeout: 180_000 }, () => {
    const r = run();
    expect(r.stdout).toMatch(/0 HIGH\/MEDIUM/);
    expect(r.status).toBe(0);
  });

  it('fails on a deliberately insecure app', { timeout: 180_000 }, () => {
    const r = run(path.join(ROOT, 'tests/electron/fixtures/insecure-app'));
    expect(r.stdout).toMatch(/HIGH +\S+ +CONTEXT_ISOLATION_JS_CHECK/);
    expect(r.status).toBe(1);
  });

  it('parses quoted fields with commas and counts only HIGH and MEDIUM', () => {
    const csv =
      HEADER +
      'CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/security.ts","107:6",N/A,"Failed to parse CSP, it may not be valid.",https://x\n' +
      'SANDBOX_JS_CHECK,"MEDIUM","FIRM","main/index.ts","1:1","new BrowserWindow({ a: ""b"" })","Use sandbox",https://x\n';
    const findings = findingsFromCsv(csv);
    expect(findings.map((f: { issue: string }) => f.issue)).toEqual(['CSP_GLOBAL_CHECK', 'SANDBOX_JS_CHECK']);
    expect(findings[1].sample).toBe('new BrowserWindow({ a: "b" })');
    expect(blocking(findings).map((f: { issue: string }) => f.issue)).toEqual(['SANDBOX_JS_CHECK']);
    expect(parseCsv('a,"b\nc"\n')).toEqual([['a', 'b\nc']]);
  });

  it('refuses a report garbled by Electronegativity’s racing writes', () => {
    // Seen for real: the header write landed over the first row.
    const garbled = HEADER + 'to parse CSP, it may not be valid.",https://x\n';
    expect(() => findingsFromCsv(garbled)).toThrow(/malformed/);
    expect(() => findingsFromCsv('SANDBOX_JS_CHECK,"HIGH"\n')).toThrow(/header/);
  });
});
