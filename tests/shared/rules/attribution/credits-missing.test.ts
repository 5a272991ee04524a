import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { rule } from '../../../../shared/rules/attribution/credits-missing';
import { testRule } from '../../../helpers/rule-tester';
import { line, lines } from '../../../helpers/samples';

const S0 = readFileSync(new URL('../../../../resources/samples/000_9801057ab119ebec.txt', import.meta.url), 'utf8');
const S1 = readFileSync(new URL('../../../../resources/samples/001_090f44e9df0cafa1.txt', import.meta.url), 'utf8');
const S2 = readFileSync(new URL('../../../../resources/samples/002_6323321094799b0d.txt', import.meta.url), 'utf8');
const CREDITS0 = '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳';

const found = (text: string) =>
  checkText(text).findings.filter((f) => f.rule === 'credits/missing').map((f) => [f.line, f.column, f.severity]);

describe('credits/missing', () => {
  it('does not fire on the real pages (credits above or below the masthead)', () => {
    expect(found(S0)).toEqual([]);
    expect(found(S1)).toEqual([]);
    expect(found(S2)).toEqual([]); // sample 002 sets the credits line under XING FU SHI BEI
  });

  it('fires once, as an error, on sample 000 with its credits line lost', () => {
    const page = S0.replace(CREDITS0, '');
    expect(found(page)).toEqual([[7, 1, 'error']]); // first line left: 幸福市北
    const f = checkText(page).findings.find((x) => x.rule === 'credits/missing')!;
    expect(f.message).toBe('版面缺少署名行（责编、美编、审读、排版）');
    expect(page.slice(f.start, f.end)).toBe('幸福市北');
  });

  it('still fires when only a body-like mention of a role is left', () => {
    expect(found(S0.replace(CREDITS0, '责编 余瑞新'))).toEqual([[5, 1, 'error']]);
    expect(found(S0.replace(CREDITS0, '这期版面的责编和美编都在审读样张。'))).toHaveLength(1);
  });

  it('leaves a damaged but recognisable credits line to credits/incomplete', () => {
    expect(found(S0.replace(' 排版 林艳', ''))).toEqual([]);
  });

  it('is the same on CRLF text', () => {
    expect(found(S0.replace(CREDITS0, '').replace(/\n/g, '\r\n'))).toEqual([[7, 1, 'error']]);
  });

  it('says nothing about an empty page', () => {
    expect(found('')).toEqual([]);
    expect(found('\n\n  \n')).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
/** Sample 001's head and first article: credits, masthead, headline, byline, caption, body. */
const HEAD1 = lines(S1, 5, 27);
/** Sample 002's head: the credits line set under XING FU SHI BEI. */
const HEAD2 = lines(S2, 1, 20);

testRule(rule, {
  valid: [
    { name: 'sample 001’s head: the credits line above the masthead', text: HEAD1 },
    { name: 'sample 002’s head: the credits line under the masthead pinyin', text: HEAD2 },
    { name: 'the spelled-out roles (责任编辑 … 美术编辑 …) are a credits line', text: HEAD1.replace('责编 余瑞新 张羽 美编', '责任编辑 余瑞新 张羽 美术编辑') },
    { name: 'a damaged but recognisable credits line (排版 lost) is credits/incomplete’s', text: HEAD1.replace(' 排版 韩婷', '') },
    { name: 'an empty page (the caller reports the empty file)', text: '\n\n  \n' },
  ],
  invalid: [
    {
      name: 'sample 001’s head with its credits line lost: points at the first line left',
      profile: 'layout-export',
      text: lines(S1, 7, 27),
      findings: [{ line: 1, column: 1, text: '幸福市北', message: '版面缺少署名行（责编、美编、审读、排版）', severity: 'error', fix: 'none' }],
    },
    {
      name: 'only a body-like mention of the roles is left',
      profile: 'layout-export',
      text: '这期版面的责编和美编都在审读样张。\n\n' + lines(S1, 7, 27),
      findings: [{ line: 1, column: 1, text: '这期版面的责编和美编都在审读样张。', severity: 'error', fix: 'none' }],
    },
    {
      name: 'a page starting on a paragraph hard-wrapped over two lines (001 line 25): only its first line is pointed at',
      profile: 'layout-export',
      text: line(S1, 25).replace('今年，', '今年，\n') + '\n',
      findings: [{ line: 1, column: 1, text: '老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。今年，', severity: 'error' }],
    },
    {
      name: 'a credits line cut down to one role is no credits line (CRLF page)',
      profile: 'layout-export',
      text: ('责编 余瑞新\n\n' + lines(S1, 7, 19)).replace(/\n/g, '\r\n'),
      findings: [{ line: 1, column: 1, text: '责编 余瑞新', severity: 'error' }],
    },
  ],
});
