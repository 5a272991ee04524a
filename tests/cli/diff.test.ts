// `galley diff` in-process through the dispatcher (and runDiff directly), on
// revisions built from the sample pages in a temp directory.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDiff } from '../../electron/cli/diff';
import type { CliIo } from '../../electron/cli/io';
import { expectNoStack, ROOT, run } from './run';

const S1 = readFileSync(path.join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt'), 'utf8');
let dir = '';
const at = (name: string) => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'galley-diff-'));
  writeFileSync(at('001.txt'), S1);
  // The real broken sentence repaired, a label changed, CRLF line ends.
  writeFileSync(at('001-fixed.txt'), S1.replace('融入生\n\n活场景', '融入生活场景').replace('短讯', '简讯').replace(/\n/g, '\r\n'));
  writeFileSync(at('001-crlf.txt'), S1.replace(/\n/g, '\r\n'));
  writeFileSync(at('001-halfwidth.txt'), S1.replace(/，/g, ','));
  writeFileSync(at('evil.txt'), '标题\n\n<script>alert(1)</script>\n');
  writeFileSync(at('evil-2.txt'), '标题\n\n<script>alert(2)</script>\n');
});

describe('galley diff', () => {
  it('exits 0 and says so for identical revisions (CRLF against LF included)', async () => {
    const r = await run(['diff', at('001.txt'), at('001-crlf.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences.');
    expect(r.stderr).toBe('');
  });

  it('exits 1 and prints a readable hunk per change with line numbers of each file', async () => {
    const r = await run(['diff', at('001.txt'), at('001-fixed.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`--- ${at('001.txt')}\n+++ ${at('001-fixed.txt')}\n`);
    expect(r.stdout).toContain('@@ join: old 43-45, new 43 @@\n  …的公园空间，历史记忆的碎片得以自然融入生[-↵↵-]活场景，重塑有温度的城区。\n');
    expect(r.stdout).toContain('@@ replace: old 65, new 63 @@\n  [-短-]{+简+}讯\n');
    expect(r.stdout).toContain('2 changes: 1 replacement, 1 join;');
  });

  it('prints the issue’s JSON shape with --format json', async () => {
    const r = await run(['diff', '--format', 'json', at('001.txt'), at('001-fixed.txt')]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['old', 'new', 'options', 'changes', 'stats', 'equal']);
    expect(j.old).toMatchObject({ path: at('001.txt'), lines: S1.split('\n').length - (S1.endsWith('\n') ? 1 : 0), encoding: 'utf-8' });
    expect(j.changes[0]).toEqual({
      type: 'join',
      old: { line: 43, endLine: 45 },
      new: { line: 43, endLine: 43 },
      parts: [
        { type: 'equal', text: expect.stringMatching(/融入生$/) },
        { type: 'delete', text: '\n\n' },
        { type: 'equal', text: '活场景，重塑有温度的城区。' },
      ],
    });
    expect(j.stats).toEqual({ insertions: 0, deletions: 0, replacements: 1, moves: 0, splits: 0, joins: 1, charsInserted: 1, charsDeleted: 1 });
    expect(j.equal).toBe(false);
  });

  it('applies the ignore options', async () => {
    expect((await run(['diff', at('001.txt'), at('001-halfwidth.txt')])).code).toBe(1);
    expect((await run(['diff', '--ignore-punctuation-width', at('001.txt'), at('001-halfwidth.txt')])).code).toBe(0);
    const r = await run(['diff', '--ignore-line-breaks', '--format', 'json', at('001.txt'), at('001-fixed.txt')]);
    expect(JSON.parse(r.stdout).changes.map((c: { type: string }) => c.type)).toEqual(['replace']);
  });

  it('writes a self-contained HTML report to stdout, or atomically to -o FILE', async () => {
    let r = await run(['diff', '--format', 'html', at('evil.txt'), at('evil-2.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).toContain('&lt;script&gt;alert(');

    r = await run(['diff', '--locale', 'en', '--format', 'html', '-o', at('report.html'), at('001.txt'), at('001-fixed.txt')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`galley: report written to ${at('report.html')}\n`);
    const html = readFileSync(at('report.html'), 'utf8');
    expect(html).toContain('<tr class="change join" id="c1">');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write the report over one of the revisions', async () => {
    const r = await run(['diff', '--format', 'html', '-o', at('001.txt'), at('001.txt'), at('001-fixed.txt')]);
    expect(r.code).toBe(2);
    expect(readFileSync(at('001.txt'), 'utf8')).toBe(S1);
  });

  it.each([
    [['diff'], /^galley: give exactly two files, OLD and NEW \(got 0\)\nusage: galley diff /],
    [['diff', 'a.txt'], /^galley: give exactly two files/],
    [['diff', '--format', 'xml', 'a', 'b'], /^galley: --format must be one of text, json, html \(got “xml”\)\n$/],
    [['diff', '--frobnicate', 'a', 'b'], /^galley: unknown option --frobnicate\nusage: galley diff /],
  ])('exits 2 with a one-line reason for bad arguments: %j', async (args, message) => {
    const r = await run(['diff', '--locale', 'en', ...args.slice(1)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
  });

  it('exits 2 naming the file for a missing, a directory or an unreadable input', async () => {
    let r = await run(['diff', '--locale', 'en', at('001.txt'), at('missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: ${at('missing.txt')}: no such file or directory\n`);
    r = await run(['diff', '--locale', 'en', dir, at('001.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`galley: ${dir}: is a directory\n`);
    r = await run(['diff', '--locale', 'en', '-o', at('no/such/dir/out.html'), at('001.txt'), at('001-fixed.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/its directory does not exist/);
    expect(existsSync(at('no'))).toBe(false);
  });

  it('runDiff works on its own with the CLI io (the dispatcher only routes to it)', async () => {
    let out = '';
    let err = '';
    const io: CliIo = { out: (s) => void (out += s), err: (s) => void (err += s), cwd: dir, version: 'test' };
    expect(await runDiff(['001.txt', '001-crlf.txt'], io, 'en')).toBe(0);
    expect(await runDiff(['--format', 'json', '001.txt', '001-fixed.txt'], io, 'en')).toBe(1);
    expect(JSON.parse(out.slice(out.indexOf('{'))).stats.joins).toBe(1);
    expect(err).toBe('');
  });
});
