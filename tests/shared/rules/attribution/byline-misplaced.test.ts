import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { applyFindingFixes } from '../../../../shared/fix';
import { rule } from '../../../../shared/rules/attribution/byline-misplaced';
import { testRule } from '../../../helpers/rule-tester';
import { line, lines } from '../../../helpers/samples';

const read = (n: string) => readFileSync(new URL(`../../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');
const S2 = read('002_6323321094799b0d.txt');

const BYLINE = '□青岛日报/观海新闻记者 余瑞新';
const P89_END = '铜墙铁壁，建起服务保障管控区内居民的“后勤部队”。';
const mine = (text: string) =>
  checkText(text).findings.filter((f) => f.rule === 'byline/misplaced' || f.rule === 'byline/missing');

/** Sample 000's last article with its byline moved below the first body paragraph. */
const AFTER_BODY = S0.replace(`${BYLINE}\n\n作风能力提升`, '作风能力提升').replace(P89_END, `${P89_END}\n\n${BYLINE}`);
/** Sample 001's parking brief with its byline above its headline. */
const BEFORE_HEAD = S1.replace(`${BYLINE}\n本报讯 停车场`, '本报讯 停车场').replace(
  '市北区加快推进停车场建设',
  `${BYLINE}\n\n市北区加快推进停车场建设`,
);

describe('byline/misplaced', () => {
  it('does not fire on the real pages (sample 000’s column label after a byline included)', () => {
    expect(mine(S0)).toEqual([]);
    expect(mine(S1)).toEqual([]);
    expect(mine(S2)).toEqual([]);
  });

  it('fires on a byline found after the body, and the safe fix moves it under the head', () => {
    const fs = mine(AFTER_BODY);
    expect(fs.map((f) => [f.rule, f.line, f.column, f.severity, f.message])).toEqual([
      ['byline/misplaced', 89, 1, 'warning', '署名「□青岛日报/观海新闻记者 余瑞新」不在稿件「管控区建起临时党支部」的标题下'],
    ]);
    expect(AFTER_BODY.slice(fs[0].start, fs[0].end)).toBe(BYLINE);
    expect(fs[0].related.map((r) => [r.line, r.role])).toEqual([[83, 'headline']]);
    expect(fs[0].fix!.safe).toBe(true);
    const fixed = applyFindingFixes(AFTER_BODY, fs).text;
    // Nothing lost: the same characters, the byline now under the head.
    expect([...fixed.replace(/\s/g, '')].sort().join('')).toBe([...AFTER_BODY.replace(/\s/g, '')].sort().join(''));
    expect(fixed).toContain(`管控区建起临时党支部\n\n作风能力提升\n\n${BYLINE}\n\n密切联系群众`);
    expect(mine(fixed)).toEqual([]);
  });

  it('a byline right after a short line with no stop may sign a story whose headline was taken for text: moving it is not safe', () => {
    const text = AFTER_BODY.replace(`${P89_END}\n\n${BYLINE}`, `${P89_END}\n\n记者了解到，管控区还将增设服务点\n\n${BYLINE}`);
    const [f] = mine(text).filter((x) => x.rule === 'byline/misplaced');
    expect(f?.line).toBe(91);
    expect(f?.fix?.safe).toBe(false);
  });

  it('fires on a byline above the headline of an unsigned brief; moving it is not safe', () => {
    const fs = mine(BEFORE_HEAD);
    expect(fs.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['byline/misplaced', 77, '署名「□青岛日报/观海新闻记者 余瑞新」不在稿件「市北区加快推进停车场建设」的标题下'],
    ]);
    expect(fs[0].fix!.safe).toBe(false);
    const fixed = applyFindingFixes(BEFORE_HEAD, fs).text;
    expect(fixed).toContain(`已完成27处停车场建设，新增泊位达2800余个\n\n${BYLINE}\n\n本报讯 停车场`);
    expect(mine(fixed)).toEqual([]);
  });

  it('does not fire on a byline right after a caption (a photo story signs under its photo)', () => {
    const photoStory = S0.replace(`${BYLINE}\n\n作风能力提升`, '作风能力提升').replace(
      P89_END,
      `${P89_END}\n\n■管控区临时党支部党员在值守。\n\n${BYLINE} 文/图`,
    );
    expect(mine(photoStory)).toEqual([]);
  });

  it('does not fire on a byline directly above the next article’s head when that article is signed', () => {
    // Sample 002: headline, byline, then the next article's headline and byline.
    expect(mine(S2)).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
/** Sample 000's last article: kicker, headline, byline, column label, two body paragraphs. */
const LAST = lines(S0, 81, 91);
const LAST_AFTER_BODY = LAST.replace(`${BYLINE}\n\n作风能力提升`, '作风能力提升').replace(P89_END, `${P89_END}\n\n${BYLINE}`);
/** Sample 001's 短讯 column: a brief, then the brief 市北区加快推进停车场建设. */
const SHORT = lines(S1, 65, 88);
const SHORT_BEFORE_HEAD = SHORT.replace(`${BYLINE}\n本报讯 停车场`, '本报讯 停车场').replace('市北区加快推进停车场建设', `${BYLINE}\n\n市北区加快推进停车场建设`);

testRule(rule, {
  valid: [
    { name: 'sample 000’s last article: a byline with a column label after it', text: LAST },
    { name: 'sample 001’s 短讯 column as printed', text: SHORT },
    { name: 'sample 002’s head: a headline, its byline, then the next article’s head and its byline', text: lines(S2, 14, 40) },
    {
      name: 'a byline right after a caption (a photo story signs under its photo)',
      text: LAST.replace(`${BYLINE}\n\n作风能力提升`, '作风能力提升').replace(P89_END, `${P89_END}\n\n■管控区临时党支部党员在值守。\n\n${BYLINE} 文/图`),
    },
  ],
  invalid: [
    {
      name: 'a byline after the first body paragraph: moved under the head, safely (its line ends stay)',
      text: LAST_AFTER_BODY,
      findings: [
        {
          line: 9,
          column: 1,
          text: BYLINE,
          message: '署名「□青岛日报/观海新闻记者 余瑞新」不在稿件「管控区建起临时党支部」的标题下',
          severity: 'warning',
          fix: 'safe',
        },
      ],
      output: [line(S0, 81), '', line(S0, 83), '', line(S0, 87), '', BYLINE, '', line(S0, 89), '', '', '', line(S0, 91), ''].join('\n'),
    },
    {
      name: 'a byline above the headline of an unsigned brief: which article it signs needs a person',
      text: SHORT_BEFORE_HEAD,
      findings: [{ line: 13, column: 1, text: BYLINE, message: '不在稿件「市北区加快推进停车场建设」的标题下', fix: 'person' }],
      output: SHORT_BEFORE_HEAD.replace(`${BYLINE}\n\n市北区加快推进停车场建设`, '\n\n市北区加快推进停车场建设').replace(
        '2800余个\n\n本报讯 停车场',
        `2800余个\n\n${BYLINE}\n\n本报讯 停车场`,
      ),
    },
  ],
});
