// Issue 11, item 6: endless and blocking "files" as pages and as rosters.
// Each gets its one-line reason and exit 2 within the test's time, in
// bounded memory (the cap counts bytes as they arrive), and never hangs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoStack, ROOT, run } from './run';

const linux = process.platform === 'linux';
const S0 = path.join(ROOT, 'resources/samples/000_9801057ab119ebec.txt');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'galley-caps-'));

describe.runIf(linux)('pages that never end', () => {
  it('/proc/self/pagemap (size 0, endless): refused at the cap', async () => {
    const r = await run(['check', '--locale', 'en', '/proc/self/pagemap']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('galley: /proc/self/pagemap: file too large: more than 8.0 MB (a page is at most 8.0 MB)\n');
    expectNoStack(r.stderr);
  });

  it('a link to it inside a folder, next to a good page: that one refused, the batch goes on', async () => {
    const dir = tmp();
    symlinkSync('/proc/self/pagemap', path.join(dir, 'a-endless.txt'));
    writeFileSync(path.join(dir, 'b-good.txt'), execFileSync('cat', [S0]));
    const r = await run(['check', '--locale', 'en', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: ${path.join(dir, 'a-endless.txt')}: file too large: more than 8.0 MB (a page is at most 8.0 MB)\n`);
    expect(r.stdout).toMatch(/^1 file checked: .*; 1 file could not be checked$/m);
  });

  it('/dev/zero, and clean and diff of an endless page', async () => {
    expect((await run(['check', '--locale', 'en', '/dev/zero'])).stderr).toBe('galley: /dev/zero: a device, not a page file\n');
    const c = await run(['clean', '--locale', 'en', '-o', '-', '/proc/self/pagemap']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/^galley: \/proc\/self\/pagemap: file too large: more than 8\.0 MB/);
    const d = await run(['diff', '--locale', 'en', S0, '/proc/self/pagemap']);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/^galley: \/proc\/self\/pagemap: file too large/);
  });
});

describe('--roster has the page reader’s protections', () => {
  const roster = (file: string) => run(['check', '--locale', 'en', '--roster', file, S0]);

  it.runIf(linux)('a FIFO nobody writes to: refused at once, no hang', async () => {
    const fifo = path.join(tmp(), 'roster.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await roster(fifo);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: --roster ${fifo}: a FIFO, not a roster file\n`);
    expect(r.stdout).toBe('');
  });

  it.runIf(linux)('/dev/zero and /proc/self/pagemap', async () => {
    expect((await roster('/dev/zero')).stderr).toBe('galley: --roster /dev/zero: a device, not a roster file\n');
    const r = await roster('/proc/self/pagemap');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('galley: --roster /proc/self/pagemap: file too large: more than 4.0 MB (a roster is at most 4.0 MB)\n');
  });

  it('a roster over the cap (sparse, nothing written), a folder, a binary file', async () => {
    const dir = tmp();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 5 * 1024 * 1024);
    expect((await roster(big)).stderr).toBe(`galley: --roster ${big}: file too large: 5.0 MB (a roster is at most 4.0 MB)\n`);
    expect((await roster(dir)).stderr).toBe(`galley: --roster ${dir}: is a directory\n`);
    const png = path.join(dir, 'r.png');
    writeFileSync(png, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    expect((await roster(png)).stderr).toBe(`galley: --roster ${png}: binary file (PNG image), not page text\n`);
  });

  it('says it in Chinese by default', async () => {
    const r = await run(['check', '--roster', path.join(tmp(), 'nope.json'), S0]);
    expect(r.stderr).toMatch(/^galley: --roster .*nope\.json：文件或目录不存在\n$/);
  });
});
