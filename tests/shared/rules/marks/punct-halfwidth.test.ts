import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { findHalfwidth, halfMarksAt } from '../../../../shared/rules/marks/punct-halfwidth';
import { applyEdits } from '../../../../shared/fix';
import { PAGES, covered, findingsOf, fixAll, line } from '../../text/samples';
import { rule } from '../../../../shared/rules/marks/punct-halfwidth';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const RULE = 'punct/halfwidth';

/** Run the rule on a single line of text; returns the fixed text. */
function fixLine(text: string): string {
  return applyEdits(text, findHalfwidth(text, 0).flatMap((f) => f.fix!.edits));
}
const marks = (text: string) => findHalfwidth(text, 0).map((f) => text[f.start]).join('');

describe('punct/halfwidth on real lines', () => {
  it('fires on the half-width commas of sample 002 line 14 (特色产业体系,大力发展)', () => {
    const l = line(PAGES['002'], 14);
    expect(l).toContain('特色产业体系,大力发展');
    const fs = findingsOf(PAGES['002'], RULE).filter((f) => f.line === 14);
    expect(fs.map((f) => f.column)).toEqual([17, 31, 47]);
    expect(fs.every((f) => f.severity === 'warning' && f.fix?.safe === true && f.fix.edits.length === 1)).toBe(true);
    expect(fs[1].message).toBe('中文中使用了半角标点“,”，应为“，”');
    expect(fixLine(l)).toBe(
      '■市北区聚焦24条重点产业链振兴，构建“2+6”特色产业体系，大力发展优势产业和“四新”经济，为老城区高质量发展提供强劲动力支撑。 修相科 摄',
    );
  });

  it('turns 快钢云(山东)数字科技 (002 line 56) into （山东）, one finding per bracket', () => {
    const fs = findingsOf(PAGES['002'], RULE).filter((f) => f.line === 56);
    const brackets = fs.filter((f) => '()'.includes(covered(PAGES['002'], f)));
    expect(brackets.map((f) => [f.column, f.fix!.edits[0].text])).toEqual([
      [12, '（'],
      [15, '）'],
    ]);
    expect(fixLine(line(PAGES['002'], 56))).toContain('快钢云（山东）数字科技有限公司');
  });

  it('in a paragraph set half-width (002 line 27), a dot between sentences is its full stop', () => {
    const l = line(PAGES['002'], 27);
    expect(l).toContain('希望尽快解决。”近日,即墨路街道');
    expect(l).not.toContain('，');
    // OCR read the full stop after 解决 as a dot, the closing quote as lost.
    const damaged = l.replace('希望尽快解决。”近日', '希望尽快解决.近日');
    expect(marks(damaged).split('').filter((m) => m === '.')).toEqual(['.']);
    expect(fixLine(damaged)).toContain('希望尽快解决。近日，即墨路街道');
    // The look-alike: the same dot in a paragraph set full-width is left alone
    // (it may join a name); 3 Han follow, not a new sentence of 6.
    expect(marks('我们希望尽快解决.近日，街道')).toBe('');
  });

  it('turns the semicolon of 出口基地;建设全国 (002 line 50) into ；', () => {
    expect(fixLine(line(PAGES['002'], 50))).toContain('出口基地；建设全国首家');
  });

  it('leaves the decimals of the samples alone (99.1%, 1.8万, 10.8万份, 363.5万, 3.078亿元)', () => {
    expect(marks(line(PAGES['002'], 31)).includes('.')).toBe(false);
    expect(marks(line(PAGES['002'], 94)).includes('.')).toBe(false);
    for (const n of [60]) expect(marks(line(PAGES['000'], n))).toBe('');
    for (const n of [25, 59, 71, 75, 98]) expect(marks(line(PAGES['001'], n))).toBe('');
  });
});

describe('punct/halfwidth leaves look-alikes alone', () => {
  it.each([
    ['decimal', '上证指数收于3092.13点。'],
    ['thousands separator', '共计10,000余人参加。'],
    ['time', '会议于10:30开始。'],
    ['ratio', '比分为3:1。'],
    ['URL', '详见https://www.qingdaonews.com/content/2022-11/index.html?id=1,2。'],
    ['URL without scheme', '登录www.qdsb.gov.cn:8080/ban?x=1查询。'],
    ['e-mail', '来信请寄news@qingdaonews.com。'],
    ['English phrase', 'Hello, world! How are you? Fine: thanks; (really).'],
    ['2+6', '构建“2+6”特色产业体系。'],
    ['list numbering in Latin context', '(a) item one; (b) item two.'],
    ['apostrophe', "西安（Xi'an）的it's。"],
    ['ellipsis dots after digits', '共有1...2个'],
  ])('%s', (_, text) => {
    expect(findHalfwidth(text, 0)).toEqual([]);
  });

  it('does not take a dot between name parts for a sentence end (阿卜杜拉.买买提说)', () => {
    expect(findHalfwidth('记者采访了阿卜杜拉.买买提说，', 0).map((f) => f.data!.mark)).toEqual([]);
  });

  it('in a paragraph set half-width, still leaves a name dot alone (阿卜杜拉.买买提, 马克.吐温)', () => {
    expect(marks('记者采访了阿卜杜拉.买买提说,他很满意')).toBe(',');
    expect(marks('马克.吐温曾写道,这里很美')).toBe(',');
  });

  it('finds nothing on samples 000 and 001 (set in full-width punctuation)', () => {
    expect(findingsOf(PAGES['000'], RULE)).toEqual([]);
    expect(findingsOf(PAGES['001'], RULE)).toEqual([]);
  });
});

describe('punct/halfwidth in constructed Chinese text', () => {
  it('pairs ASCII double quotes into “ ”', () => {
    expect(fixLine('他说"好的"然后走了')).toBe('他说“好的”然后走了');
  });
  it('pairs ASCII single quotes into ‘ ’ inside a Chinese quotation', () => {
    expect(fixLine("“要扩大'微更新'项目评定范围”")).toBe('“要扩大‘微更新’项目评定范围”');
  });
  it('converts ? ! : and a sentence-final . after Han', () => {
    expect(fixLine('怎么办啊?孩子下午还有网课!记者:好的.')).toBe('怎么办啊？孩子下午还有网课！记者：好的。');
  });
  it('converts a . between Han when a new sentence follows', () => {
    expect(fixLine('已全部完成.目前街道已安装充电桩')).toBe('已全部完成。目前街道已安装充电桩');
  });
  it('takes the space after a comma with it', () => {
    expect(fixLine('特色产业体系, 大力发展')).toBe('特色产业体系，大力发展');
  });
  it('converts brackets around an acronym in Chinese text', () => {
    expect(fixLine('区域全面经济伙伴关系协定(RCEP)生效')).toBe('区域全面经济伙伴关系协定（RCEP）生效');
  });
  it('converts a comma after a percentage or an acronym before Han', () => {
    expect(fixLine('增速15.6%,为全市')).toBe('增速15.6%，为全市');
    expect(fixLine('企业服务平台RCEP,推动')).toBe('企业服务平台RCEP，推动');
  });
});

// Every half-width mark of sample 002, decided by reading the page: each
// comma, semicolon and bracket sits in Chinese text; the only other ASCII
// marks are the decimal points of 99.1% (line 31) and 1.8万 (line 94).
const EXPECTED_002: Record<number, string> = {
  14: ',,,',
  27: ',,,,,,,',
  29: ',,,,,,,,,',
  31: ',,,,,,,,,,,',
  33: ',,,,,,,,,',
  40: ',,,,,,,,',
  42: ',,,,,,,,,,,',
  44: ',,,,,,,,',
  50: ',;',
  52: ',,,,,',
  54: ',,,,;,,',
  56: ',(),,;,',
  60: ',,,',
  62: ',,,,',
  64: ',',
  66: ',,,;,;,,,',
  68: ',,,,,,',
  70: ',,,,',
  72: ',,,,,',
  74: ',,',
  76: ',,,,',
  78: ',,,,,,,,,,',
  80: ',,,,,,,',
  82: ',,,,,,,,,',
  84: ',',
  92: ',,',
  94: ',,,,,,,',
};

describe('punct/halfwidth on the whole of sample 002', () => {
  const page = PAGES['002'];
  const fs = findingsOf(page, RULE);

  it('finds exactly the marks decided by reading the page', () => {
    const got: Record<number, string> = {};
    for (const f of fs) got[f.line] = (got[f.line] ?? '') + covered(page, f);
    expect(got).toEqual(EXPECTED_002);
  });

  it('every mark is its own finding with one safe edit', () => {
    expect(fs.length).toBe(Object.values(EXPECTED_002).join('').length);
    for (const f of fs) {
      expect(f.end - f.start).toBe(1);
      expect(f.fix).toMatchObject({ safe: true });
      expect(f.fix!.edits).toHaveLength(1);
    }
  });

  it('fixing gives the page in full-width punctuation, decimals kept, and is idempotent', () => {
    const fixed = fixAll(page, RULE);
    expect(fixed).toBe(page.replace(/,/g, '，').replace(/;/g, '；').replace('(', '（').replace(')', '）'));
    expect(fixed).toContain('群众满意度达99.1%。');
    expect(fixed).toContain('共占地1.8万平方米，');
    expect(findingsOf(fixed, RULE)).toEqual([]);
  });
});

describe('punct/halfwidth never leaves a doubled mark behind', () => {
  it.each([
    ['a run of commas', '特色产业体系,,大力发展', '特色产业体系，大力发展'],
    ['a half-width comma after a full-width one', '特色产业体系，,大力发展', '特色产业体系，大力发展'],
    ['a half-width comma before a full-width one', '特色产业体系,，大力发展', '特色产业体系，大力发展'],
    ['a run of semicolons with a space', '明年投产;; 华电燃气', '明年投产；华电燃气'],
  ])('%s', (_, text, fixed) => {
    const fs = findHalfwidth(text, 0);
    expect(fs).toHaveLength(1);
    expect(fixLine(text)).toBe(fixed);
  });
  it('keeps ?! and !! as separate marks (？！ is written in Chinese)', () => {
    expect(fixLine('真的吗?!太好了!!')).toBe('真的吗？！太好了！！');
  });
});

// ------------------------------------------------------------ rule tester
const P2 = PAGES['002'];
const full = (t: string) => t.replace(/,/g, '，').replace(/;/g, '；').replace('(', '（').replace(')', '）');
const L14 = lines(P2, 14, 14);
const L27_DOT = lines(P2, 27, 27).replace('希望尽快解决。”近日', '希望尽快解决.近日');
const MSG_COMMA = '中文中使用了半角标点“,”，应为“，”';

testRule(rule, {
  valid: [
    { name: 'a page set in full-width punctuation, decimals 363.5万 and 5.2万 in it (001 line 25)', text: lines(PAGES['001'], 25, 25) },
    { name: 'the masthead pinyin and the credits line (000 lines 1–9)', text: lines(PAGES['000'], 1, 9) },
    { name: 'a decimal point', text: '上证指数收于3092.13点。\n' },
    { name: 'a thousands separator, a time and a ratio', text: '共计10,000余人参加，会议于10:30开始，比分为3:1。\n' },
    { name: 'a URL and an e-mail address', text: '详见https://www.qingdaonews.com/content/2022-11/index.html?id=1,2，来信请寄news@qingdaonews.com。\n' },
    { name: 'an English phrase quoted in Chinese text', text: '标语写着“Hello, world”几个字。\n' },
    { name: 'a name dot misread as a full stop (马克.吐温) in a full-width paragraph', text: '记者采访了阿卜杜拉.买买提，他很满意。\n' },
    { name: "an apostrophe (Xi'an)", text: "西安（Xi'an）的古城墙。\n" },
  ],
  invalid: [
    {
      name: 'the half-width commas of a real caption (002 line 14 特色产业体系,大力发展)',
      text: L14,
      findings: [
        { line: 1, column: 17, text: ',', message: MSG_COMMA, severity: 'warning', fix: 'safe' },
        { line: 1, column: 31, text: ',', fix: 'safe' },
        { line: 1, column: 47, text: ',', fix: 'safe' },
      ],
      output: full(L14),
    },
    {
      name: 'a comma and a semicolon (002 line 50 出口基地;建设全国)',
      text: lines(P2, 50, 50),
      findings: [
        { column: 8, text: ',' },
        { column: 39, text: ';', message: '中文中使用了半角标点“;”，应为“；”' },
      ],
      output: full(lines(P2, 50, 50)),
    },
    {
      name: 'brackets around Chinese, one finding per bracket (002 line 56 快钢云(山东)数字科技)',
      text: lines(P2, 56, 58),
      findings: [
        { column: 8, text: ',' },
        { column: 12, text: '(', message: '中文中使用了半角标点“(”，应为“（”' },
        { column: 15, text: ')' },
        { column: 87, text: ',' },
        { column: 112, text: ',' },
        { column: 117, text: ';' },
        { column: 136, text: ',' },
      ],
      output: full(lines(P2, 56, 58)),
    },
    {
      name: 'OCR read a full stop as a dot in a paragraph set half-width (002 line 27 解决.近日)',
      text: L27_DOT,
      findings: [
        { column: 21, text: ',' },
        { column: 28, text: ',' },
        { column: 35, text: '.', message: '中文中使用了半角标点“.”，应为“。”' },
        { column: 38, text: ',' },
        { column: 84, text: ',' },
        { column: 96, text: ',' },
        { column: 104, text: ',' },
        { column: 112, text: ',' },
      ],
      output: full(L27_DOT).replace('解决.近日', '解决。近日'),
    },
    {
      name: 'a run of half-width commas leaves one full-width comma (001 line 25 今年,,市北区)',
      text: lines(PAGES['001'], 25, 25).replace('今年，市北区启动', '今年,,市北区启动'),
      findings: [{ line: 1, column: 31, text: ',,', message: MSG_COMMA }],
      output: lines(PAGES['001'], 25, 25),
    },
  ],
});

describe('punct/halfwidth: primes after digits are units, not quotes', () => {
  it.each([
    ['a position in degrees, minutes, seconds', '观测点位于东经116°23\'17"，北纬39°54\'27"。'],
    ['a screen size in inches', '这款27"显示器售价1999元。'],
    ['a race time', '他以2\'05"的成绩夺冠。'],
  ])('%s', (_, text) => {
    const marks = checkText(text).findings.filter((f) => f.rule === 'punct/halfwidth').map((f) => text.slice(f.start, f.end));
    expect(marks.filter((m) => m === '"' || m === "'")).toEqual([]);
  });
});

describe('halfMarksAt', () => {
  it('lists the candidate marks, and a block reads only its own', () => {
    const page = '产业,发展\n\n时间10:30(上午)';
    expect(halfMarksAt(page)).toEqual([2, 11, 14, 17]);
    expect(halfMarksAt('甲乙', 5)).toEqual([]);
    // The second block alone: its marks, at page offsets.
    const at = halfMarksAt(page);
    const fs = findHalfwidth(page.slice(7), 7, [], at);
    expect(fs.map((f) => page[f.start])).toEqual(['(', ')']);
  });
});

describe('the page read at once, block by block', () => {
  it('finds what each block finds on its own (URLs never cross a block edge)', () => {
    const text = '## 见www.qdsb.gov.cn/x,y的通知,好\n\n详见https://b.com/p?q=1,2，来信请寄news@qingdaonews.com。然后,好的\n第二行www.c.cn,再见,谢谢\n\n（完）结束,好';
    const page = checkText(text).page;
    const blockByBlock = page.blocks.flatMap((b) => findHalfwidth(b.text, b.textStart)).map((f) => f.start);
    const viaRule = checkText(text).findings.filter((f) => f.rule === RULE).map((f) => f.start);
    expect(blockByBlock.length).toBeGreaterThan(3);
    expect(viaRule.sort((x, y) => x - y)).toEqual(blockByBlock.sort((x, y) => x - y));
  });

  it("a block's upper-case WWW. is no URL because another block holds one (its marks are still read)", () => {
    const text = "WWW.A.CN/'B 说'好'\n\nhttp://a.cn";
    const viaRule = checkText(text).findings.filter((f) => f.rule === RULE).map((f) => f.start);
    expect(viaRule).toEqual([9, 13, 15]);
  });
});
