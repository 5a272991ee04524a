// Issue 12, for scripts: `galley report` writes the 校对单 of a page from its
// review — the confirmations with who and local time, the decisions in the
// app's words, rule names not ids, never a raw UTC time.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localIso } from '../../electron/cli/report';
import { checkText } from '../../shared/check';
import { parseReview, type ReviewState } from '../../shared/review';
import { RULE_IDS } from '../../shared/rules/index';
import { formatLocalTime } from '../../shared/time';
import { expectNoStack, ROOT, run } from './run';

const SAMPLE = path.join(ROOT, 'resources/samples/001_090f44e9df0cafa1.txt');
const UTC_ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z/;

/** A page confirmed for 审读 by the CLI, one finding rejected by a person. */
async function reviewedPage() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-report-'));
  const page = path.join(dir, 'p.txt');
  copyFileSync(SAMPLE, page);
  expect((await run(['confirm', '--role', '审读', '--by', '林校对', 'p.txt'], { cwd: dir })).code).toBe(0);
  const sidecar = page + '.galley.json';
  const review = parseReview(readFileSync(sidecar, 'utf8')).state!;
  const finding = checkText(readFileSync(page, 'utf8')).findings.find((f) => f.rule === 'sentence/broken')!;
  const decidedAt = '2026-11-29T16:06:00.000Z';
  const decided: ReviewState = {
    ...review,
    decisions: { [finding.key]: 'rejected' },
    decisionStamps: { [finding.key]: { by: '张编辑', at: decidedAt } },
  };
  writeFileSync(sidecar, JSON.stringify(decided));
  return { dir, page, review: decided, confirmedAt: review.credits.审读!.confirmedAt, finding, decidedAt };
}

describe('galley report', () => {
  it('html (the default): the confirmation with who and local time, the decision in the app’s words, no rule id, no UTC', async () => {
    const p = await reviewedPage();
    const r = await run(['report', 'p.txt'], { cwd: p.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain(
      `<th>审读</th><td>穆胜保</td><td>穆胜保</td><td>林校对</td><td class="time">${formatLocalTime(p.confirmedAt)}</td><td class="ok">✓ 已确认`,
    );
    expect(r.stdout).toContain(`确认了 审读（穆胜保）`); // the audit trail
    expect(r.stdout).toContain(`已忽略</td><td>张编辑<br><span class="time">${formatLocalTime(p.decidedAt)}</span>`);
    expect(r.stdout).toContain('断句');
    for (const id of RULE_IDS) expect(r.stdout).not.toContain(id);
    expect(r.stdout).not.toMatch(UTC_ISO);
  });

  it('csv: the findings then the credits with their confirmations; rule ids only inside the key column', async () => {
    const p = await reviewedPage();
    const r = await run(['report', '--format', 'csv', 'p.txt'], { cwd: p.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toContain(`审读,穆胜保,穆胜保,林校对,${formatLocalTime(p.confirmedAt)},已确认`);
    const withoutKeys = lines.map((l) => (/^\d+,\d+,/.test(l) ? l.slice(0, l.lastIndexOf(',')) : l)).join('\n');
    expect(lines.filter((l) => /^\d+,\d+,/.test(l)).length).toBeGreaterThan(0);
    for (const id of RULE_IDS) expect(withoutKeys).not.toContain(id);
    expect(r.stdout).not.toMatch(UTC_ISO);
  });

  it('json: credits, findings with their decisions, and the review, every time local with its offset', async () => {
    const p = await reviewedPage();
    const r = await run(['report', '-f', 'json', 'p.txt'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(UTC_ISO);
    const j = JSON.parse(r.stdout);
    expect(j.page).toBe('p.txt');
    expect(j.credits.find((c: { role: string }) => c.role === '审读')).toEqual({
      role: '审读',
      onPage: ['穆胜保'],
      confirmed: { names: ['穆胜保'], by: '林校对', at: localIso(p.confirmedAt) },
    });
    expect(j.credits.find((c: { role: string }) => c.role === '责编').confirmed).toBeNull();
    const f = j.findings.find((x: { key: string }) => x.key === p.finding.key);
    expect(f).toMatchObject({ rule: 'sentence/broken', ruleName: '断句', decision: 'rejected', decidedBy: '张编辑', decidedAt: localIso(p.decidedAt) });
    // The review as stored, its times moved to local time: still a review, the same instants.
    const back = parseReview(JSON.stringify(j.review)).state!;
    expect(Date.parse(back.credits.审读!.confirmedAt)).toBe(Math.floor(Date.parse(p.confirmedAt) / 1000) * 1000);
    expect(back.audit).toHaveLength(1);
  });

  it('json: the error rate with the counts behind it (shared/export/error-rate.ts)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-report-'));
    const text = readFileSync(SAMPLE, 'utf8').replace('本报讯', '本报讯 截止目前，');
    writeFileSync(path.join(dir, 'p.txt'), text);
    const r = await run(['report', '-f', 'json', 'p.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const { page, findings } = checkText(text);
    const { countHan } = await import('../../shared/text/han');
    expect(j.errorRate.chars).toBe(countHan(page.text));
    expect(j.errorRate.byRule['word/misspelling']).toBeGreaterThanOrEqual(1);
    expect(j.errorRate.perTenThousand).toBe(Math.round((j.errorRate.errors / j.errorRate.chars) * 1e6) / 100);
    expect(j.errorRate.note).toContain('报纸期刊质量管理规定');
    expect(findings.some((f) => f.rule === 'word/misspelling')).toBe(true);
  });

  it('localIso is the local wall-clock time with the offset, the same instant', () => {
    const s = localIso('2026-11-29T16:06:12.722Z');
    expect(s).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Date.parse(s)).toBe(Date.parse('2026-11-29T16:06:12Z'));
    expect(localIso('not a time')).toBe('not a time');
  });

  it('a page without a review: the 校对单 with nothing confirmed', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-report-'));
    copyFileSync(SAMPLE, path.join(dir, 'p.txt'));
    const r = await run(['report', '--locale', 'en', 'p.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/<th>责编<\/th><td>余瑞新 张羽<\/td><td><\/td><td><\/td><td class="time"><\/td><td class="no">not confirmed/);
  });

  it('-o writes the file through the output writer and says so; never over the page or its review', async () => {
    const p = await reviewedPage();
    const r = await run(['report', '-o', 'p.校对单.html', 'p.txt'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('galley: 校对单已写入 p.校对单.html\n');
    expect(readFileSync(path.join(p.dir, 'p.校对单.html'), 'utf8')).toContain('林校对');
    const before = readFileSync(p.page + '.galley.json', 'utf8');
    for (const target of ['p.txt', 'p.txt.galley.json']) {
      const bad = await run(['report', '-o', target, 'p.txt'], { cwd: p.dir });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toBe(`galley: 无法写入 ${target}：它是版面本身或其校对记录\n`);
    }
    expect(readFileSync(p.page + '.galley.json', 'utf8')).toBe(before);
  });

  it.each([
    [['report', 'missing.txt'], 'galley: missing.txt: 文件或目录不存在\n'],
    [['report', '--format', 'pdf', 'p.txt'], 'galley: --format 只能是 html、csv、json（收到“pdf”）\n'],
    [['report', '-o', 'no/such/dir/r.html', 'p.txt'], 'galley: 无法写入 no/such/dir/r.html：所在目录不存在\n'],
  ])('%j: exit 2, one line', async (args, want) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-report-'));
    copyFileSync(SAMPLE, path.join(dir, 'p.txt'));
    const r = await run(args, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(want);
    expectNoStack(r.stderr);
  });
});
