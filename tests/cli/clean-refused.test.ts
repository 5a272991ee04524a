// `galley clean` when the cleaner refuses (a fix would lose a Han character
// of the page; shared/clean.ts). No real rule is known to do that — the
// refusal is the net under a future bug — so the command is given a
// cleaner that refuses (CliIo.cleaner), to prove it writes nothing and says
// why. (Not vi.mock: the core test project shares modules between files.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CleanResult } from '../../shared/clean';
import { PAGE, tree } from './fixtures';
import { run as runCli } from './run';

const fake: { result?: CleanResult } = {};
const run = (args: string[], opts: { cwd: string }) => runCli(args, { ...opts, cleaner: () => fake.result! });

describe('galley clean: refusals and skipped fixes', () => {
  it('refuses to write when cleaning would lose characters: one line, exit 2, nothing written', async () => {
    fake.result = { text: PAGE, applied: [], passes: 2, settled: true, skipped: 0, refused: { missing: '召开会议' } };
    const dir = tree({ 'page.txt': PAGE });
    const en = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(en.stderr).toBe('galley: refusing to write out.txt: cleaning would lose the characters “召开会议”\n');
    expect(en.code).toBe(2);
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
    const zh = await run(['clean', '-o', 'page.txt', 'page.txt'], { cwd: dir });
    expect(zh.stderr).toBe('galley: 拒绝写出 page.txt：清理会丢失文字「召开会议」\n');
    expect(zh.code).toBe(2);
    expect(readFileSync(path.join(dir, 'page.txt'), 'utf8')).toBe(PAGE);
    const toStdout = await run(['clean', '-o', '-', 'page.txt'], { cwd: dir });
    expect(toStdout.bytes).toEqual([]);
    expect(toStdout.code).toBe(2);
  });

  it('quotes at most 20 lost characters', async () => {
    fake.result = { text: PAGE, applied: [], passes: 1, settled: true, skipped: 0, refused: { missing: '一二三四五六七八九十'.repeat(3) } };
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(r.stderr).toBe('galley: refusing to write out.txt: cleaning would lose the characters “一二三四五六七八九十一二三四五六七八九十…”\n');
  });

  it('reports fixes skipped (stale or overlapping) when there were any', async () => {
    fake.result = { text: PAGE, applied: [], passes: 1, settled: true, skipped: 2 };
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/: 0 safe fixes applied; 2 skipped \(the text had changed or fixes overlapped\)\n$/);
    expect(r.code).toBe(0);
  });
});
