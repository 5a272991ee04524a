import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../shared/clean';
import { decodeBytes, encodeText } from '../../shared/encoding';
import { run } from './run';

const S2 = 'resources/samples/002_6323321094799b0d.txt';
const ORIGINAL = readFileSync(S2, 'utf8');
const CLEANED = cleanText(ORIGINAL).text;

function tmpWith(name: string, data: string | Uint8Array): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-clean-'));
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return { dir, file };
}

describe('galley clean', () => {
  it('writes the cleaned page (safe fixes applied) and reports what it did', async () => {
    const { dir, file } = tmpWith('p.txt', ORIGINAL);
    const out = path.join(dir, 'clean.txt');
    const r = await run(['clean', '--locale', 'en', '-o', out, file]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(CLEANED);
    expect(readFileSync(file, 'utf8')).toBe(ORIGINAL); // input untouched
    expect(r.stderr).toMatch(/→ .*clean\.txt \(utf-8, LF\): \d+ safe fixes applied \(.*punct\/halfwidth \d+.*\)\n$/);
    // No temp files left behind.
    expect(readdirSync(dir).sort()).toEqual(['clean.txt', 'p.txt']);
  });

  it('cleaning the cleaned page changes nothing (idempotent)', async () => {
    const { dir, file } = tmpWith('p.txt', ORIGINAL);
    await run(['clean', '-o', path.join(dir, 'c1.txt'), file]);
    const r = await run(['clean', '--locale', 'en', '-o', path.join(dir, 'c2.txt'), path.join(dir, 'c1.txt')]);
    expect(r.stderr).toMatch(/: 0 safe fixes applied\n$/);
    expect(readFileSync(path.join(dir, 'c2.txt'))).toEqual(readFileSync(path.join(dir, 'c1.txt')));
  });

  it('writes GB18030 with CRLF when asked', async () => {
    const { dir, file } = tmpWith('p.txt', ORIGINAL);
    const out = path.join(dir, 'gb.txt');
    const r = await run(['clean', '--encoding', 'gb18030', '--eol', 'crlf', '-o', out, file]);
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(Buffer.compare(bytes, Buffer.from(encodeText(CLEANED, 'gb18030', 'crlf')))).toBe(0);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'gb18030', eol: 'crlf', text: CLEANED.replace(/\n/g, '\r\n') });
  });

  it('keeps a GB18030 + CRLF page GB18030 + CRLF by default', async () => {
    const { dir, file } = tmpWith('gb.txt', encodeText(ORIGINAL, 'gb18030', 'crlf'));
    const out = path.join(dir, 'out.txt');
    await run(['clean', '-o', out, file]);
    expect(decodeBytes(readFileSync(out))).toMatchObject({ encoding: 'gb18030', eol: 'crlf', text: CLEANED.replace(/\n/g, '\r\n') });
  });

  it('writes to stdout with -o -', async () => {
    const { file } = tmpWith('p.txt', ORIGINAL);
    const r = await run(['clean', '-o', '-', file]);
    expect(r.code).toBe(0);
    expect(new TextDecoder().decode(Buffer.concat(r.bytes))).toBe(CLEANED);
  });

  it('overwrites the input only when -o names it, and keeps a timestamped backup', async () => {
    const { dir, file } = tmpWith('p.txt', ORIGINAL);
    const r = await run(['clean', '--locale', 'en', '-o', file, file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(CLEANED);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    expect(files[1]).toMatch(/^p\.txt\.\d{8}-\d{6}\.bak$/);
    expect(readFileSync(path.join(dir, files[1]), 'utf8')).toBe(ORIGINAL);
    expect(r.stderr).toContain(`kept the original as ${file}.${files[1].slice('p.txt.'.length)}\n`);
  });

  it('refuses an output directory that does not exist, writing nothing', async () => {
    const { dir, file } = tmpWith('p.txt', ORIGINAL);
    const r = await run(['clean', '--locale', 'en', '-o', path.join(dir, 'nope', 'out.txt'), file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^galley: cannot write .*out\.txt: its directory does not exist\n$/);
    expect(existsSync(path.join(dir, 'nope'))).toBe(false);
  });

  it('refuses bad input with its one-line reason and writes nothing', async () => {
    const { dir, file } = tmpWith('img.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]));
    const r = await run(['clean', '--locale', 'en', '-o', path.join(dir, 'out.txt'), file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: ${file}: binary file (PNG image), not page text\n`);
    expect(readdirSync(dir)).toEqual(['img.txt']);
  });
});
