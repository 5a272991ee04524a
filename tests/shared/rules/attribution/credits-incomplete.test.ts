import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { rule } from '../../../../shared/rules/attribution/credits-incomplete';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const S0 = readFileSync(new URL('../../../../resources/samples/000_9801057ab119ebec.txt', import.meta.url), 'utf8');
const S1 = readFileSync(new URL('../../../../resources/samples/001_090f44e9df0cafa1.txt', import.meta.url), 'utf8');
const S2 = readFileSync(new URL('../../../../resources/samples/002_6323321094799b0d.txt', import.meta.url), 'utf8');

const findings = (text: string) => checkText(text).findings.filter((f) => f.rule === 'credits/incomplete');
const found = (text: string) => findings(text).map((f) => [f.line, f.column, f.message]);

describe('credits/incomplete', () => {
  it('does not fire on the real credits lines', () => {
    expect(found(S0)).toEqual([]);
    expect(found(S1)).toEqual([]);
    expect(found(S2)).toEqual([]);
  });

  it('fires when OCR dropped 排版 from sample 000’s credits line', () => {
    const page = S0.replace(' 排版 林艳', '');
    const fs = findings(page);
    expect(fs.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [5, 1, 'error', '署名行缺少「排版」'],
    ]);
    expect(page.slice(fs[0].start, fs[0].end)).toBe('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良');
  });

  it('fires on a role left without a name, pointing at the role', () => {
    const page = S1.replace('美编 郑燕', '美编');
    const fs = findings(page);
    expect(fs.map((f) => [f.line, f.column, f.message])).toEqual([[5, 11, '署名行中「美编」没有姓名']]);
    expect(page.slice(fs[0].start, fs[0].end)).toBe('美编');
    expect(checkText(page, { locale: 'en' }).findings.find((f) => f.rule === 'credits/incomplete')!.message).toBe(
      'Credits: 美编 has no name',
    );
  });

  it('gives one finding per role', () => {
    const page = S2.replace(' 美编 李晓萌', '').replace('排版 韩淑华', '排版');
    expect(found(page).map((f) => f[2])).toEqual(['署名行缺少「美编」', '署名行中「排版」没有姓名']);
  });

  it('accepts the spelled-out role names as the four roles', () => {
    expect(found(S0.replace('责编 余瑞新 张羽 美编', '责任编辑 余瑞新 张羽 美术编辑'))).toEqual([]);
  });

  it('leaves a page without any credits line to credits/missing', () => {
    expect(found(S0.replace('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳', ''))).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
/** The head of each sample: credits line, masthead, pinyin. */
const HEAD0 = lines(S0, 1, 9);
const HEAD1 = lines(S1, 5, 9);
const HEAD2 = lines(S2, 1, 12);

testRule(rule, {
  valid: [
    { name: 'sample 000’s credits line', text: HEAD0 },
    { name: 'sample 001’s credits line', text: HEAD1 },
    { name: 'sample 002’s credits line under the masthead pinyin', text: HEAD2 },
    { name: 'the spelled-out roles 责任编辑 and 美术编辑', text: HEAD0.replace('责编 余瑞新 张羽 美编', '责任编辑 余瑞新 张羽 美术编辑') },
    { name: '校对 for 审读 and 组版 for 排版', text: HEAD0.replace('审读', '校对').replace('排版', '组版') },
    { name: 'no credits line at all is credits/missing’s', text: lines(S1, 7, 27) },
  ],
  invalid: [
    {
      name: 'OCR dropped 排版 from sample 000’s credits line: the whole line is where it should be',
      text: HEAD0.replace(' 排版 林艳', ''),
      findings: [{ line: 5, column: 1, text: '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良', message: '署名行缺少「排版」', severity: 'error', fix: 'none' }],
    },
    {
      name: 'sample 001’s 美编 left without a name: points at the role',
      text: HEAD1.replace('美编 郑燕', '美编'),
      findings: [{ line: 1, column: 11, text: '美编', message: '署名行中「美编」没有姓名', severity: 'error', fix: 'none' }],
    },
    {
      name: 'sample 002 with 美编 lost and 排版’s name lost: one finding per role',
      text: HEAD2.replace(' 美编 李晓萌', '').replace('排版 韩淑华', '排版'),
      findings: [
        { line: 10, column: 1, text: '责编 余瑞新 张羽 审读 王忠良 排版', message: '署名行缺少「美编」' },
        { line: 10, column: 18, text: '排版', message: '署名行中「排版」没有姓名' },
      ],
    },
  ],
});
