import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { errorRate } from '../../../shared/export/error-rate';
import { reportCsv, reportHtml } from '../../../shared/export/report';
import { emptyReview } from '../../../shared/review';
import type { Finding } from '../../../shared/types';
import { LEAD, page, ROSTER } from '../rules/words/page';

// Han characters, counted by hand:
//   责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳         21
//   市北按步就班推进老旧小区改造                                14
//   □青岛日报/观海新闻记者 余瑞新                               13
//   本报讯 老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。 29
//   截止目前，全区已完成改造。                                  11
//   我们在在这里。                                               6
//                                                        total 94
const TEXT = page('市北按步就班推进老旧小区改造', LEAD, '截止目前，全区已完成改造。', '我们在在这里。');
const { page: PAGE, findings: FINDINGS } = checkText(TEXT, { roster: ROSTER });
const byRule = (rule: string) => FINDINGS.find((f) => f.rule === rule)!;

describe('errorRate', () => {
  it('finds the three errors the page holds', () => {
    expect(FINDINGS.map((f) => `${f.rule} ${TEXT.slice(f.start, f.end)}`).sort()).toEqual([
      'text/repeated-char 在在',
      'word/misspelling 截止目前',
      'word/misspelling 按步就班',
    ].sort());
  });

  it('headline misspelling 2 (double) + body misspelling 1 + repeated char 1 = 4 in 94 characters: 425.53 per 10,000', () => {
    const r = errorRate(PAGE, FINDINGS);
    expect(r).toMatchObject({ chars: 94, errors: 4, perTenThousand: 425.53, findings: 3, inHeadlines: 1, inNames: 0, rejected: 0, uncertain: 0 });
    expect(r.byRule).toEqual({ 'word/misspelling': 3, 'text/repeated-char': 1 });
  });

  it('a rejected finding (已忽略) and an uncertain one are not counted; an accepted one is', () => {
    const review = emptyReview('p.txt', TEXT);
    review.decisions[byRule('text/repeated-char').key] = 'rejected';
    review.decisions[FINDINGS.find((f) => TEXT.slice(f.start, f.end) === '截止目前')!.key] = 'accepted';
    const findings = FINDINGS.map((f) => (TEXT.slice(f.start, f.end) === '按步就班' ? { ...f, uncertain: true } : f));
    // 截止目前 only: 1 in 94 = 106.38
    expect(errorRate(PAGE, findings, review)).toMatchObject({ errors: 1, perTenThousand: 106.38, findings: 1, inHeadlines: 0, rejected: 1, uncertain: 1 });
  });

  it('a name counts double; a one-for-one fix counts each character it changes; other rules are no wording errors', () => {
    const body = byRule('text/repeated-char');
    const extra: Finding[] = [
      // a name variant in the body: 1 × 2
      { ...body, rule: 'name/variant', key: 'n', fix: { safe: false, edits: [{ start: 0, end: 3, text: '杜家毫', old: '杜家豪' }] } },
      // two characters wrong in one word: 2
      { ...body, rule: 'word/confusable', key: 'c', fix: { safe: false, edits: [{ start: 0, end: 4, text: '按部就班', old: '按步就搬' }] } },
      // a name not on the roster without a near roster name: not counted
      { ...body, rule: 'credits/unknown-name', key: 'u', data: { role: '排版', name: '赵六' }, fix: undefined },
      // a name not on the roster that is likely a roster name misspelt, in the credits line: 1 × 2
      { ...body, rule: 'credits/unknown-name', key: 'u2', line: 1, data: { role: '排版', name: '林燕', suggestion: '林艳' }, fix: undefined },
      // punctuation: not counted
      { ...body, rule: 'punct/halfwidth', key: 'p' },
    ];
    const r = errorRate(PAGE, [...FINDINGS, ...extra]);
    // 4 + 2 + 2 + 2 = 10 in 94 = 1063.83
    expect(r).toMatchObject({ errors: 10, perTenThousand: 1063.83, findings: 6, inHeadlines: 1, inNames: 2 });
  });

  it('a page without Han characters has no rate', () => {
    const { page: p, findings } = checkText('hello\n');
    expect(errorRate(p, findings)).toMatchObject({ chars: 0, errors: 0, perTenThousand: null });
  });
});

describe('the error rate on the 校对单', () => {
  it('HTML: the figure, the counts behind it and what was counted (zh and en)', () => {
    const zh = reportHtml({ name: 'p.txt', page: PAGE, findings: FINDINGS, locale: 'zh' });
    expect(zh).toContain('<h2>差错率（估算）</h2>');
    expect(zh).toContain('万分之 425.53');
    expect(zh).toContain('差错 4 个（计入 3 条，其中标题中 1 条、人名 0 条加倍），汉字 94 个');
    expect(zh).toContain('报纸期刊质量管理规定');
    const en = reportHtml({ name: 'p.txt', page: PAGE, findings: FINDINGS, locale: 'en' });
    expect(en).toContain('425.53 per 10,000 characters');
    expect(en).toContain('4 errors (3 findings counted; 1 in headlines and 0 in names count double), 94 Han characters');
  });

  it('CSV: a block after the credits with the figure and its counts', () => {
    const lines = reportCsv(FINDINGS, null, 'zh', { page: PAGE }).slice(1).split('\r\n');
    const at = lines.indexOf('差错率（每万字）,差错,汉字,计入条数,标题中,人名,已忽略,存疑');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('425.53,4,94,3,1,0,0,0');
    const en = reportCsv(FINDINGS, null, 'en', { page: PAGE }).slice(1).split('\r\n');
    expect(en).toContain('425.53,4,94,3,1,0,0,0');
  });
});
