// Issue 13, the CLI part: the command line speaks the user's language — help,
// usage errors (parseArgs' own included), reasons, notes and the summary.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeFlag, messages, resolveLocale } from '../../electron/cli/messages';
import { expectNoStack, run } from './run';

const S0 = 'resources/samples/000_9801057ab119ebec.txt';

describe('resolveLocale', () => {
  it.each([
    [undefined, {}, 'zh'],
    [undefined, { LANG: 'C.UTF-8' }, 'zh'],
    [undefined, { LANG: 'POSIX' }, 'zh'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh_TW.Big5' }, 'zh'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'en_US.UTF-8', GALLEY_LOCALE: 'zh' }, 'zh'],
    ['en', { LANG: 'zh_CN.UTF-8', GALLEY_LOCALE: 'zh' }, 'en'],
    ['xx', { LANG: 'en_US.UTF-8' }, 'en'],
  ] as const)('--locale %s with %j → %s', (flag, env, want) => {
    expect(resolveLocale(flag, env)).toBe(want);
  });

  it('finds --locale before the options are parsed', () => {
    expect(localeFlag(['check', '--locale', 'en', 'x'])).toBe('en');
    expect(localeFlag(['check', '--locale=en', 'x'])).toBe('en');
    expect(localeFlag(['check', '--', '--locale', 'en'])).toBeUndefined();
  });

  it('has the same sentences in both languages', () => {
    expect(Object.keys(messages('zh')).sort()).toEqual(Object.keys(messages('en')).sort());
  });
});

describe('the CLI in Chinese (the default) and in English', () => {
  it.each([
    [['check', S0, '--bogus'], 'galley: 未知选项 --bogus\n用法：galley check ', 'galley: unknown option --bogus\nusage: galley check '],
    [['clean', S0, '-o'], 'galley: 选项 -o, --output 缺少参数值\n用法：galley clean ', 'galley: option -o, --output needs a value\nusage: galley clean '],
    [['diff', '--ignore-whitespace=1', 'a', 'b'], 'galley: 选项 -w, --ignore-whitespace 不带参数值\n', 'galley: option -w, --ignore-whitespace does not take a value\n'],
    [['check'], 'galley: 没有给出文件\n用法：', 'galley: no files given\nusage:'],
    [['check', '--format', 'xml', S0], 'galley: --format 只能是 text、json（收到“xml”）\n', 'galley: --format must be one of text, json (got “xml”)\n'],
    [['frobnicate'], 'galley: 未知命令“frobnicate”', 'galley: unknown command “frobnicate”'],
    [['clean', S0], 'galley: 须用 -o OUT 指定输出', 'galley: -o OUT is required'],
    [['check', 'nope.txt'], 'galley: nope.txt: 文件或目录不存在\n', 'galley: nope.txt: no such file or directory\n'],
  ])('%j', async (args, zh, en) => {
    const z = await run(args);
    expect(z.code).toBe(2);
    expect(z.stderr.startsWith(zh)).toBe(true);
    expectNoStack(z.stderr);
    const e = await run(args, { env: { LANG: 'en_US.UTF-8' } });
    expect(e.stderr.startsWith(en)).toBe(true);
    expect((await run([args[0], '--locale', 'en', ...args.slice(1)])).stderr.startsWith(en)).toBe(true);
  });

  it('prints the help in the language', async () => {
    expect((await run(['--help'])).stdout).toContain('用法：\n  galley check');
    expect((await run(['--help', '--locale', 'en'])).stdout).toContain('usage:\n  galley check');
    expect((await run(['check', '--help'])).stdout).toMatch(/^用法：galley check /);
  });

  it('the summary, the notes and unreadable files, in Chinese', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-zh-'));
    writeFileSync(path.join(dir, 'scan.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'notes.md'), '#');
    const r = await run(['check', dir, S0]);
    expect(r.stderr).toBe(
      [
        `galley: ${path.join(dir, 'notes.md')}: 已跳过，不是 .txt 版面`,
        `galley: ${path.join(dir, 'empty.txt')}: 空文件，没有可检查的内容`,
        `galley: ${path.join(dir, 'scan.txt')}: 二进制文件（PNG 图片），不是版面文本`,
        '',
      ].join('\n'),
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^已检查 1 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示；2 个文件无法检查$/);
  });

  it('clean reports in Chinese', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-zh-'));
    const out = path.join(dir, 'c.txt');
    const r = await run(['clean', '-o', out, 'resources/samples/002_6323321094799b0d.txt']);
    expect(r.stderr).toMatch(/^galley: resources\/samples\/002_\w+\.txt → .*c\.txt（utf-8，LF）：应用了 \d+ 处安全修改（.*punct\/halfwidth \d+.*）\n$/);
  });
});
