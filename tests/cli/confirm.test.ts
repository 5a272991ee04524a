// Issue 12, for scripts and the layout system: `galley confirm` records a
// credits confirmation in the page's review as the app's credits bar does —
// the role's names on the page, who, when, an audit entry — merged with what
// is on disk. (Several processes at once: tests/cli/bin.test.ts.)
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSource } from '../../shared/source';
import { emptyReview, hashText, parseReview, type ReviewState } from '../../shared/review';
import { expectNoStack, ROOT, run } from './run';

const SAMPLE = path.join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
// Its credits line: 责编 余瑞新 张羽 美编 郑燕 审读 穆胜保 排版 韩婷

function pageDir(): { dir: string; page: string; sidecar: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-confirm-'));
  const page = path.join(dir, 'p.txt');
  copyFileSync(SAMPLE, page);
  return { dir, page, sidecar: page + '.galley.json' };
}

const review = (sidecar: string): ReviewState => {
  const r = parseReview(readFileSync(sidecar, 'utf8'));
  if (!r.state) throw new Error(r.error);
  return r.state;
};

describe('galley confirm', () => {
  it('records the role’s names on the page, who and when, and an audit entry, in a review the app reads as this proof’s', async () => {
    const { dir, page, sidecar } = pageDir();
    const before = Date.now();
    const r = await run(['confirm', '--role', '责编', '--by', '林校对', 'p.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^已确认 责编（余瑞新 张羽），确认人 林校对，\d{4}-\d\d-\d\d \d\d:\d\d [+-]\d\d:\d\d\n$/);
    const s = review(sidecar);
    expect(s.page).toBe('p.txt');
    // The app's hash of the page as it decodes it: otherwise it would take the page for a new proof.
    expect(s.sourceHash).toBe(hashText(createSource(readFileSync(page, 'utf8')).text));
    expect(s.credits.责编).toMatchObject({ role: '责编', names: ['余瑞新', '张羽'], confirmedBy: '林校对' });
    expect(Date.parse(s.credits.责编!.confirmedAt)).toBeGreaterThanOrEqual(before - 1);
    expect(s.audit).toEqual([expect.objectContaining({ kind: 'confirm', role: '责编', by: '林校对', after: '余瑞新 张羽', at: s.credits.责编!.confirmedAt })]);
    // A confirmation is not an edit: it must never win a merge over the app's unsaved edit.
    expect(s.textStamp.at).toBe(new Date(0).toISOString());
    expect(s.text).toBeUndefined();
  });

  it('keeps what is already in the review: other roles, decisions, edits, the trail; clears a withdrawal', async () => {
    const { dir, page, sidecar } = pageDir();
    const source = createSource(readFileSync(page, 'utf8')).text;
    const old = '2026-11-01T08:00:00.000Z';
    const saved: ReviewState = {
      ...emptyReview('p.txt', source),
      // The review's edited text renamed 审读: the confirmation names what the review shows.
      text: source.replace('审读 穆胜保', '审读 李四'),
      textStamp: { by: '美编甲', at: old },
      decisions: { k1: 'accepted' },
      decisionStamps: { k1: { by: '美编甲', at: old } },
      credits: { 美编: { role: '美编', names: ['郑燕'], confirmedBy: '郑燕', confirmedAt: old } },
      withdrawn: { 审读: { by: '审读乙', at: old } },
      audit: [{ id: 'a1', kind: 'confirm', by: '郑燕', at: old, role: '美编', after: '郑燕' }],
    };
    writeFileSync(sidecar, JSON.stringify(saved));
    const r = await run(['confirm', '--role=审读', '--by=审读乙', page], { cwd: dir });
    expect(r.code).toBe(0);
    const s = review(sidecar);
    expect(s.credits.审读).toMatchObject({ names: ['李四'], confirmedBy: '审读乙' });
    expect(s.credits.美编).toEqual(saved.credits.美编);
    expect(s.withdrawn).toEqual({});
    expect(s.decisions).toEqual({ k1: 'accepted' });
    expect(s.text).toBe(saved.text);
    expect(s.textStamp).toEqual(saved.textStamp);
    expect(s.audit.map((a) => [a.id === 'a1' ? 'a1' : 'new', a.kind, a.role])).toEqual([
      ['a1', 'confirm', '美编'],
      ['new', 'confirm', '审读'],
    ]);
  });

  it('confirms from the page file once a new proof replaced the review’s text', async () => {
    const { dir, sidecar } = pageDir();
    const stale = { ...emptyReview('p.txt', '旧校样'), text: '责编 甲 美编 乙 审读 丙 排版 丁\n\n旧校样' };
    writeFileSync(sidecar, JSON.stringify(stale));
    expect((await run(['confirm', '--role', '排版', '--by', 'x', 'p.txt'], { cwd: dir })).code).toBe(0);
    expect(review(sidecar).credits.排版?.names).toEqual(['韩婷']);
  });

  it.each([
    [['--role', '主编', '--by', 'x', 'p.txt'], 'galley: --role 只能是 责编、美编、审读、排版（收到“主编”）\n'],
    [['--role', '责编', '--by', 'x', 'missing.txt'], 'galley: missing.txt: 文件或目录不存在\n'],
    [['--role', '责编', '--by', ' ', 'p.txt'], 'galley: 须用 --by NAME 指定确认人\n用法：galley confirm '],
    [['--by', 'x', 'p.txt'], 'galley: 须用 --role 指定职责：责编、美编、审读或排版\n用法：galley confirm '],
    [['--role', '责编', '--by', 'x', 'p.txt', 'q.txt'], 'galley: 只能给出一个版面 PAGE\n用法：galley confirm '],
  ])('%j: exit 2 with the reason, nothing written', async (args, want) => {
    const { dir, sidecar } = pageDir();
    const r = await run(['confirm', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(want)).toBe(true);
    expect(r.stdout).toBe('');
    expectNoStack(r.stderr);
    expect(existsSync(sidecar)).toBe(false);
  });

  it('is in the help, with report, in both languages', async () => {
    for (const locale of ['zh', 'en']) {
      const help = (await run(['--help', '--locale', locale])).stdout;
      expect(help).toContain('  galley confirm --role 责编|美编|审读|排版 --by NAME ');
      expect(help).toContain('  galley report [--format html|csv|json] ');
    }
  });

  it('says it in English when asked', async () => {
    const { dir } = pageDir();
    const r = await run(['confirm', '--locale', 'en', '--role', '主编', '--by', 'x', 'p.txt'], { cwd: dir });
    expect(r.stderr).toBe('galley: --role must be one of 责编, 美编, 审读, 排版 (got “主编”)\n');
    const ok = await run(['confirm', '--locale', 'en', '--role', '美编', '--by', 'x', 'p.txt'], { cwd: dir });
    expect(ok.stdout).toMatch(/^美编 confirmed \(郑燕\) by x, /);
  });

  it('leaves a sidecar it cannot read as it is and exits 2 with one line', async () => {
    const { dir, sidecar } = pageDir();
    writeFileSync(sidecar, '{"version": 2, "credits": ');
    const r = await run(['confirm', '--role', '责编', '--by', 'x', 'p.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'galley: p.txt.galley.json：已保存的校对记录无法读取（sidecar is not valid JSON），未作改动——请在 Galley 中打开该版面，它会把记录另存备查\n',
    );
    expect(readFileSync(sidecar, 'utf8')).toBe('{"version": 2, "credits": ');
  });
});
