// Issue 6, bad input: every kind gets a one-line reason or a correct result,
// the right exit code, no stack trace, and a batch goes on past it.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeBadInputs } from '../fixtures/bad-input/generate';
import { expectNoStack, run } from './run';

const { dir, cases } = makeBadInputs();
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const S0 = path.resolve('resources/samples/000_9801057ab119ebec.txt');

describe('bad input, one file at a time', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const file = path.join(dir, c.file);
    const r = await run(['check', '--locale', 'en', '--format', 'json', file]);
    expectNoStack(r.stderr + r.stdout);
    const j = JSON.parse(r.stdout);
    expect(j.files).toHaveLength(1);
    if (c.reason) {
      expect(r.code).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      const prefix = `galley: ${file}: `;
      expect(lines[0].startsWith(prefix)).toBe(true);
      expect(lines[0].slice(prefix.length)).toMatch(c.reason);
      expect(j.files[0].error).toMatch(c.reason);
    } else {
      expect(r.stderr).toBe('');
      expect([0, 1]).toContain(r.code);
      expect(j.files[0].path).toBe(file);
      expect(Array.isArray(j.files[0].findings)).toBe(true);
      c.verify?.(j.files[0]);
    }
  });
});

describe('bad input in a batch', () => {
  it('checks the whole corpus directory: each bad file one line, the good pages still checked, exit 2', async () => {
    const r = await run(['check', '--locale', 'en', dir]);
    expectNoStack(r.stderr + r.stdout);
    const errLines = r.stderr.trimEnd().split('\n');
    // One line per bad file, plus notes for the non-text file.
    const bad = cases.filter((c) => c.reason).length + 2; // the dangling link and the FIFO in unreadable/
    expect(errLines.filter((l) => !l.includes('skipped, not a .txt page'))).toHaveLength(bad);
    expect(r.stderr).toContain(`galley: ${path.join(dir, 'unreadable', 'a-dangling.txt')}: broken symbolic link\n`);
    expect(r.stderr).toContain(`galley: ${path.join(dir, 'unreadable', 'b-fifo.txt')}: a FIFO, not a page file\n`);
    expect(r.stderr).toContain(`galley: ${path.join(dir, 'unreadable', 'e-scan.png')}: skipped, not a .txt page\n`);
    // c-dir.txt is a directory: walked into, its page checked.
    expect(r.stdout).not.toContain('c-dir.txt:');
    const summary = r.stdout.trimEnd().split('\n').at(-1)!;
    const okCount = cases.filter((c) => !c.reason).length + 2; // + c-dir.txt/inner.txt, d-good.txt
    expect(summary).toMatch(new RegExp(`^${okCount} files checked: .*; ${bad} files could not be checked$`));
    expect(r.code).toBe(2);
  });

  it('reports a page that vanishes between listing and reading, and goes on', async () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'galley-vanish-'));
    writeFileSync(path.join(d, 'a.txt'), readFileSync(S0));
    writeFileSync(path.join(d, 'b.txt'), readFileSync(S0));
    const r = await run(['check', '--locale', 'en', d], {
      beforeRead: (p) => {
        if (p.endsWith('a.txt')) unlinkSync(path.join(d, 'a.txt'));
      },
    });
    expect(r.stderr).toBe(`galley: ${path.join(d, 'a.txt')}: vanished before it could be read (moved or deleted meanwhile?)\n`);
    expect(r.stdout).toMatch(/^1 file checked: .*; 1 file could not be checked$/m);
    expect(r.code).toBe(2);
  });
});
