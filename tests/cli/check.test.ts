import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../electron/cli/check';
import { encodeText } from '../../shared/encoding';
import { expectNoStack, run } from './run';

const S0 = 'resources/samples/000_9801057ab119ebec.txt';
const S1 = 'resources/samples/001_090f44e9df0cafa1.txt';
const S2 = 'resources/samples/002_6323321094799b0d.txt';

function tmp(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'galley-cli-'));
}

describe('galley check: text format', () => {
  it('prints the house style, then path:line:column  severity  rule  message, and a summary line', async () => {
    const r = await run(['check', S2]);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.shift()).toBe(`${S2}: 版式 layout-export（版面署名行（责编、美编、审读、排版））`);
    // Real line 14 of sample 002 has half-width commas.
    expect(lines).toContain(`${S2}:14:17  warning  punct/halfwidth  中文中使用了半角标点“,”，应为“，”`);
    expect(lines.at(-1)).toMatch(/^已检查 1 个文件：0 个错误，\d+ 个警告，\d+ 个提示$/);
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^resources\/samples\/002_\S+\.txt:\d+:\d+  (error|warning|info)  [a-z]+\/[a-z-]+  \S/);
    expect(r.code).toBe(0);
  });

  it('prints messages and the summary in English with --locale en', async () => {
    const r = await run(['check', '--locale', 'en', S2]);
    expect(r.stdout).toContain(`${S2}:14:17  warning  punct/halfwidth  Half-width “,” in Chinese text; use “，”`);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^1 file checked: 0 errors, \d+ warnings, \d+ info$/);
  });

  it('exits 1 when an error-severity finding is present (a page of a paper that prints credits, without them)', async () => {
    const dir = tmp();
    // Sample 000 (its masthead with the pinyin line says which paper) with
    // its credits line lost.
    const page = readFileSync(S0, 'utf8').replace(/^责编.*\n/m, '');
    writeFileSync(path.join(dir, 'no-credits.txt'), page);
    const r = await run(['check', '--locale', 'en', path.join(dir, 'no-credits.txt')]);
    expect(r.stdout).toMatch(/no-credits\.txt:\d+:\d+  error  credits\/missing  /);
    expect(r.stdout).toMatch(/1 file checked: [1-9]\d* errors?,/);
    expect(r.code).toBe(1);
  });
});

describe('galley check: JSON format', () => {
  it('prints one JSON object in the docs/design.md §5 shape', async () => {
    const r = await run(['check', '--format', 'json', S1, S2]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['files']);
    expect(j.files.map((f: { path: string }) => f.path)).toEqual([S1, S2]);
    const f1 = j.files[0];
    expect(Object.keys(f1)).toEqual(['path', 'encoding', 'profile', 'config', 'credits', 'articles', 'findings']);
    expect(f1.encoding).toBe('utf-8');
    expect(f1.profile).toEqual({ id: 'layout-export', chosen: false, reasons: ['版面署名行（责编、美编、审读、排版）'] });
    expect(f1.config).toBeNull();
    expect(f1.credits).toEqual({ 责编: ['余瑞新', '张羽'], 美编: ['郑燕'], 审读: ['穆胜保'], 排版: ['韩婷'] });
    expect(f1.articles[1]).toEqual({
      kicker: '平台启动首月超额两倍完成原定目标',
      headline: '市北多措并举稳外贸',
      bylines: ['□青岛日报/观海新闻记者 余瑞新 通讯员 丁飞'],
      paragraphs: 3,
    });
    const finding = j.files[1].findings.find((f: { line: number; column: number }) => f.line === 14 && f.column === 17);
    expect(finding).toMatchObject({ rule: 'punct/halfwidth', severity: 'warning', endLine: 14, endColumn: 18 });
    expect(Object.keys(finding)).toEqual(['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'start', 'end', 'related', 'fix']);
    expect(finding.fix).toEqual({ safe: true, edits: [{ start: finding.start, end: finding.end, text: '，', old: ',' }] });
  });

  it('gives the same findings at the same lines for the page as GB18030 + CRLF', async () => {
    const dir = tmp();
    const original = (await import('node:fs')).readFileSync(S2, 'utf8');
    writeFileSync(path.join(dir, 'gb.txt'), encodeText(original, 'gb18030', 'crlf'));
    const a = JSON.parse((await run(['check', '--format', 'json', S2])).stdout).files[0];
    const b = JSON.parse((await run(['check', '--format', 'json', path.join(dir, 'gb.txt')])).stdout).files[0];
    expect(b.encoding).toBe('gb18030');
    const pos = (f: { rule: string; line: number; column: number; endLine: number; endColumn: number; message: string }) =>
      [f.rule, f.line, f.column, f.endLine, f.endColumn, f.message].join('|');
    expect(b.findings.length).toBeGreaterThan(50);
    expect(b.findings.map(pos)).toEqual(a.findings.map(pos));
    expect(b.credits).toEqual(a.credits);
    expect(b.articles).toEqual(a.articles);
    // Offsets differ (CRLF adds one per line) but point at the same characters.
    const crlf = original.replace(/\n/g, '\r\n');
    for (let i = 0; i < a.findings.length; i++) {
      expect(crlf.slice(b.findings[i].start, b.findings[i].end)).toBe(original.slice(a.findings[i].start, a.findings[i].end));
    }
  });

  it('uses the roster given with --roster', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'roster.txt'), '责编 余瑞新\n责编 张羽\n美编 郑燕\n审读 穆胜保\n排版 韩婷\n');
    const page = (await import('node:fs')).readFileSync(S1, 'utf8').replace('审读 穆胜保', '审读 穆胜宝');
    writeFileSync(path.join(dir, 'p.txt'), page);
    const r = await run(['check', '--format', 'json', '--roster', path.join(dir, 'roster.txt'), path.join(dir, 'p.txt')]);
    const f = JSON.parse(r.stdout).files[0].findings.find((x: { rule: string }) => x.rule === 'credits/unknown-name');
    expect(f).toBeDefined();
    expect(f.message).toContain('穆胜宝');
    expect(f.message).toContain('穆胜保');
  });
});

describe('galley check: directories and batches', () => {
  it('splits a batch over worker threads only where it pays (four cores up, big batches)', () => {
    // On 2 cores one isolate beats two workers (npm run bench): none there.
    expect(threadsFor(1000, 2)).toBe(0);
    expect(threadsFor(1000, 3)).toBe(0);
    expect(threadsFor(1000, 4)).toBe(2);
    expect(threadsFor(1000, 16)).toBe(4);
    expect(threadsFor(10, 16)).toBe(0);
    expect(threadsFor(20, 16)).toBe(3);
  });

  it('checks every .txt in a directory recursively, sorted, and notes other files', async () => {
    const dir = tmp();
    const text = (await import('node:fs')).readFileSync(S0, 'utf8');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'b', 'z.txt'), text);
    writeFileSync(path.join(dir, 'a.txt'), text);
    writeFileSync(path.join(dir, 'c.TXT'), text);
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4');
    writeFileSync(path.join(dir, 'a.txt.galley.json'), '{}');
    const r = await run(['check', '--locale', 'en', '--format', 'json', dir]);
    const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => path.relative(dir, f.path));
    expect(paths).toEqual(['a.txt', 'b/z.txt', 'c.TXT']);
    expect(r.stderr).toBe(`galley: ${path.join(dir, 'scan.pdf')}: skipped, not a .txt page\n`);
    expect(r.code).toBe(0);
  });

  it('goes on past a missing path and exits 2, with one line for it', async () => {
    const r = await run(['check', '--locale', 'en', 'no/such/page.txt', S0]);
    expect(r.stderr).toBe('galley: no/such/page.txt: no such file or directory\n');
    expect(r.stdout).toMatch(/^1 file checked: 0 errors, \d+ warnings, \d+ info; 1 file could not be checked$/m);
    expect(r.code).toBe(2);
  });

  it('records an unreadable file in the JSON as {path, error}', async () => {
    const r = await run(['check', '--locale', 'en', '--format', 'json', 'missing.txt', S0]);
    const j = JSON.parse(r.stdout);
    expect(j.files[0]).toEqual({ path: 'missing.txt', error: 'no such file or directory' });
    expect(j.files[1].path).toBe(S0);
    expect(r.code).toBe(2);
  });
});

describe('galley: arguments', () => {
  it.each([
    [['check'], /^galley: no files given$/m],
    [['check', '--format', 'xml', S0], /^galley: --format must be one of text, json \(got “xml”\)$/m],
    [['check', '--bogus', S0], /^galley: unknown option --bogus$/m],
    [['check', '--roster', 'nope.txt', S0], /^galley: --roster nope.txt: no such file or directory$/m],
    [['frobnicate'], /^galley: unknown command “frobnicate”/],
    [['clean', S0], /^galley: -o OUT is required/],
    [['clean', '--eol', 'cr', '-o', '-', S0], /^galley: --eol must be one of lf, crlf \(got “cr”\)$/m],
    [['clean', '--encoding', 'latin1', '-o', '-', S0], /^galley: --encoding must be one of utf-8, gb18030 \(got “latin1”\)$/m],
    [['clean', S0, '-o'], /^galley: option -o, --output needs a value$/m],
    [['clean', '-o', '-', S0, S1], /^galley: give exactly one FILE/],
  ])('%j → exit 2 with a one-line reason', async (args, re) => {
    const r = await run(args as string[], { env: { GALLEY_LOCALE: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(re);
    expect(r.stderr.split('\n').filter((l) => l && !l.startsWith('usage:')).length).toBeLessThanOrEqual(1);
    expectNoStack(r.stderr);
  });

  it('prints help and version', async () => {
    const h = await run(['--help'], { env: { LANG: 'en_GB.UTF-8' } });
    expect(h.code).toBe(0);
    expect(h.stdout).toContain(
      'galley check [--format text|json] [--config FILE] [--profile NAME] [--all] [--roster FILE] [--locale zh|en] [--jobs N] FILE_OR_DIR...',
    );
    expect(h.stdout).toContain(
      'galley clean [--config FILE] [--profile NAME] [--encoding utf-8|gb18030] [--eol lf|crlf] [--locale zh|en] -o OUT FILE',
    );
    expect((await run(['--version'])).stdout).toBe('galley test\n');
  });

  it('turns an unexpected failure into one internal-error line', async () => {
    const r = await run(['check', '--locale', 'en', S0], {
      out: () => {
        throw new Error('disk on fire\n    at somewhere (x.js:1:1)');
      },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('galley: internal error: disk on fire\n');
  });
});

describe('galley diff (dispatched to electron/cli/diff.ts)', () => {
  it('reaches the compare command: equal revisions exit 0, a missing one exits 2 with one line', async () => {
    const same = await run(['diff', S0, S0]);
    expect(same.code).toBe(0);
    const missing = await run(['diff', S0, 'nope.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt');
    expectNoStack(missing.stderr);
  });
});
