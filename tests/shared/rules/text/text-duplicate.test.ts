import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { cleanText } from '../../../../shared/clean';
import { countHan } from '../../../../shared/text/han';
import { FirstCopies, findDuplicates } from '../../../../shared/rules/text/text-duplicate';
import type { Block, BlockKind } from '../../../../shared/types';
import { PAGES, covered, damage, findingsOf, fixAll, line } from '../../text/samples';
import { rule } from '../../../../shared/rules/text/text-duplicate';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const RULE = 'text/duplicate';

/** A page built from (kind, text) blocks separated by blank lines. */
function page(...parts: [BlockKind, string][]): { text: string; blocks: Block[] } {
  const blocks: Block[] = [];
  let text = '';
  parts.forEach(([kind, t], i) => {
    if (i) text += '\n\n';
    blocks.push({ kind, text: t, textStart: text.length, start: text.length, end: text.length + t.length, line: 2 * i + 1, article: 0 });
    text += t;
  });
  return { text, blocks };
}

// The samples hold no duplicates: each case repeats real text of a sample
// the way OCR does when it reads a region twice.
describe('text/duplicate: a paragraph read twice', () => {
  const p001 = PAGES['001'];
  const l27 = line(p001, 27);

  it('fires on the copy of 001 line 27 right after it; the fix removes it with its blank line', () => {
    const text = damage(p001, `${l27}\n\n`, `${l27}\n\n${l27}\n\n`);
    const fs = findingsOf(text, RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ line: 29, column: 1, severity: 'warning', fix: { safe: true } });
    expect(covered(text, fs[0])).toBe(l27);
    expect(fs[0].related).toMatchObject([{ line: 27, column: 1, role: 'first-copy' }]);
    expect(fs[0].message).toBe('段落与第 27 行重复：「老旧街区改造是指对建成年代较早、…」');
    expect(fixAll(text, RULE)).toBe(p001);
  });

  it('fires on a copy far away at the end of the page (scrambled reading order)', () => {
    const text = `${p001}\n\n${l27}`;
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => [f.line, f.related[0].line])).toEqual([[110, 27]]);
    expect(fixAll(text, RULE)).toBe(p001);
  });

  it('keeps CRLF line ends intact when deleting the copy', () => {
    const lf = damage(p001, `${l27}\n\n`, `${l27}\n\n${l27}\n\n`);
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(fixAll(crlf, RULE)).toBe(p001.replace(/\n/g, '\r\n'));
  });
});

describe('text/duplicate: a whole page read twice', () => {
  it('flags each paragraph and display line of the copy once, never a byline, credits or masthead', () => {
    const p001 = PAGES['001'];
    const text = `${p001}\n\n${p001}`;
    const { page, findings } = checkText(text);
    const fs = findings.filter((f) => f.rule === RULE);
    const half = p001.length;
    const copyBlocks = page.blocks.filter((b) => b.textStart > half);
    const compared = copyBlocks.filter(
      (b) => ['body', 'lead', 'caption', 'list-item', 'kicker', 'headline', 'subhead', 'heading'].includes(b.kind),
    );
    expect(fs.length).toBeGreaterThan(30);
    // Each finding is a compared block of the copy, pointing at the same block of the original.
    const starts = new Set(compared.map((b) => b.textStart));
    for (const f of fs) {
      expect(starts.has(f.start)).toBe(true);
      expect(f.related[0].start).toBe(f.start - half - 2);
      expect(f.message.startsWith('段落与第')).toBe(true);
    }
    // Every body paragraph of the copy that holds a full sentence is flagged,
    // except a short one (活场景，重塑有温度的城区。 has 10 Han: below the minimum).
    const body = compared.filter((b) => b.kind === 'body' && b.text.includes('。'));
    const unflagged = body.filter((b) => !fs.some((f) => f.start === b.textStart)).map((b) => b.text);
    expect(unflagged).toEqual(['活场景，重塑有温度的城区。']);
    expect(countHan(unflagged[0])).toBeLessThan(12);
    for (const b of copyBlocks.filter((b) => ['byline', 'credits', 'masthead', 'masthead-pinyin', 'column-label'].includes(b.kind)))
      expect(fs.some((f) => f.start === b.textStart)).toBe(false);
  });
});

describe('text/duplicate: a sentence read twice', () => {
  const p001 = PAGES['001'];
  const s = '老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。';

  it('fires on a sentence of 001 line 25 repeated in place; the fix deletes exactly the copy', () => {
    expect(line(p001, 25).startsWith(s)).toBe(true);
    const text = damage(p001, s, s + s);
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => [f.line, f.column, covered(text, f)])).toEqual([[25, s.length + 1, s]]);
    expect(fs[0].message).toBe('句子与第 25 行重复：「老旧街区改造是提升群众幸福指数的…」');
    expect(fixAll(text, RULE)).toBe(p001);
  });

  it('fires on a lead’s first sentence read twice in place: the dateline is not part of it (000 line 73, 本报讯 …)', () => {
    const p000 = PAGES['000'];
    const first = line(p000, 73).slice('本报讯 '.length).split('。')[0] + '。';
    const text = damage(p000, first, first + first);
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => [f.line, covered(text, f)])).toEqual([[73, first]]);
    expect(fixAll(text, RULE)).toBe(p000);
  });

  it('fires on a sentence of 001 line 49 repeated at the head of line 61', () => {
    const s49 = '目前，全区老旧小区改造工程已接近尾声，将在10月底前全面完工。';
    expect(line(p001, 49)).toContain(s49);
    const text = damage(p001, '针对辖区老旧小区内', `${s49}针对辖区老旧小区内`);
    const fs = findingsOf(text, RULE);
    expect(fs.map((f) => [f.line, f.column, f.related[0].line, covered(text, f)])).toEqual([[61, 1, 49, s49]]);
    expect(fixAll(text, RULE)).toBe(p001);
  });

  it('a sentence ending in a closing quote is compared with its quote', () => {
    const q = '“有了这个挡风，不仅打球的时候能挡风，而且还能把球台和其他器械隔开，方便又安全。”';
    expect(line(p001, 55)).toContain(q);
    const text = damage(p001, '改造并未止步于此。', `改造并未止步于此。${q}`);
    expect(findingsOf(text, RULE).map((f) => covered(text, f))).toEqual([q]);
  });
});

describe('text/duplicate leaves legitimate repetition alone', () => {
  it('a headline or kicker that echoes the body', () => {
    const slogan = '“哪里任务险重，就把党组织建到哪里”';
    const p = page(['headline', slogan], ['body', slogan], ['kicker', '市北区加快推进停车场建设'], ['body', '市北区加快推进停车场建设']);
    expect(findDuplicates(p.text, p.blocks)).toEqual([]);
  });

  it('repeated bylines and column labels (000 has 余瑞新’s byline four times)', () => {
    const byline = '□青岛日报/观海新闻记者 余瑞新';
    expect(PAGES['000'].split(byline).length - 1).toBe(4);
    const p = page(['byline', byline], ['body', '正文第一段，内容足够长而且是完整的一句话。'], ['byline', byline], ['column-label', '城市更新更美'], ['column-label', '城市更新更美']);
    expect(findDuplicates(p.text, p.blocks)).toEqual([]);
    // Even as 'body' (whatever the parser calls it) a byline is not prose.
    const q = page(['body', byline], ['body', byline]);
    expect(findDuplicates(q.text, q.blocks)).toEqual([]);
  });

  it('a short sentence repeated (改造并未止步于此。, 8 Han characters)', () => {
    const text = damage(PAGES['001'], '针对辖区老旧小区内', '改造并未止步于此。针对辖区老旧小区内');
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('the same quoted slogan inside sentences of two paragraphs (000 line 93)', () => {
    expect(line(PAGES['000'], 93)).toContain('“哪里任务险重，就把党组织建到哪里；');
    const text = damage(PAGES['000'], '市北区委突出党建引领，', '市北区委突出党建引领，坚持“哪里任务险重，就把党组织建到哪里”，');
    expect(findingsOf(text, RULE)).toEqual([]);
  });

  it('fires on a headline read twice (display lines against display lines)', () => {
    const h = '让惠企政策尽知尽享 助力企业纾困增效';
    const p = page(['headline', h], ['body', '正文第一段，内容足够长而且是完整的一句话。'], ['headline', h]);
    const fs = findDuplicates(p.text, p.blocks);
    expect(fs.map((f) => [p.text.slice(f.start, f.end), f.data!.unit])).toEqual([[h, 'paragraph']]);
  });

  it('finds nothing on the three sample pages', () => {
    for (const pg of Object.values(PAGES)) expect(findingsOf(pg, RULE)).toEqual([]);
  });
});

// ------------------------------------------------------------ rule tester
const P1 = PAGES['001'];
const L27 = line(P1, 27);
const S25 = '老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。';
const BRIEF_HEAD = lines(P1, 77, 82);

testRule(rule, {
  valid: [
    { name: 'a kicker whose slogan the body quotes again (000 81 and 93 “哪里任务险重，就把党组织建到哪里”)', text: lines(PAGES['000'], 81, 93) },
    { name: 'the same byline over two articles (000 lines 51–73)', text: lines(PAGES['000'], 51, 73) },
    { name: 'a short sentence repeated (改造并未止步于此。, 8 Han)', text: lines(P1, 55, 55).replace('改造并未止步于此。', '改造并未止步于此。改造并未止步于此。') },
    { name: 'the same column label twice, a label is not prose', text: '短讯\n\n' + lines(P1, 67, 71) + '\n短讯\n\n' + BRIEF_HEAD },
  ],
  invalid: [
    {
      name: 'OCR read 001 line 27 twice: the copy goes with its blank line',
      text: lines(P1, 25, 29).replace(`${L27}\n\n`, `${L27}\n\n${L27}\n\n`),
      findings: [{ line: 5, column: 1, text: L27, message: '段落与第 3 行重复：「老旧街区改造是指对建成年代较早、…」', severity: 'warning', fix: 'safe' }],
      output: lines(P1, 25, 29),
    },
    {
      name: 'a sentence of 001 line 25 read twice in place',
      text: lines(P1, 25, 25).replace(S25, S25 + S25),
      findings: [{ line: 1, column: S25.length + 1, text: S25, message: '句子与第 1 行重复：「老旧街区改造是提升群众幸福指数的…」', fix: 'safe' }],
      output: lines(P1, 25, 25),
    },
    {
      name: 'a headline read twice (001 line 77)',
      text: BRIEF_HEAD.replace('市北区加快推进停车场建设', '市北区加快推进停车场建设\n\n市北区加快推进停车场建设'),
      findings: [{ line: 3, column: 1, text: '市北区加快推进停车场建设', message: '段落与第 1 行重复：「市北区加快推进停车场建设」' }],
      output: BRIEF_HEAD,
    },
    {
      name: 'a paragraph read twice on a CRLF page keeps its CRLF line ends',
      text: lines(P1, 25, 29).replace(`${L27}\n\n`, `${L27}\n\n${L27}\n\n`).replace(/\n/g, '\r\n'),
      findings: [{ line: 5, column: 1, text: L27 }],
      output: lines(P1, 25, 29).replace(/\n/g, '\r\n'),
    },
  ],
});

describe('text/duplicate: a copy far from the first is a person’s call', () => {
  const item = (title: string, body: string) => `${title}\n\n本报讯 ${body}市民如有疑问可拨打市民服务热线咨询。\n`;
  it('two stories that end with the same hotline sentence: the second is not deleted by clean', () => {
    const page = [
      item('市北区开展燃气安全检查', '近日，市北区组织燃气企业对辖区老旧小区开展安全检查，共排查隐患120处。'),
      item('市北区启动冬季供暖保障', '入冬以来，市北区供热企业加强管网巡检，确保居民室内温度达标。'),
    ].join('\n');
    const f = checkText(page).findings.find((x) => x.rule === 'text/duplicate')!;
    expect(f.fix?.safe).toBe(false);
    expect(cleanText(page).text).toBe(page);
  });
  it('look-alike: a sentence read twice in place is still deleted safely', () => {
    const sentence = '检查中，工作人员逐户查看燃气管道和阀门，共排查隐患120处。';
    const page = `市北区开展燃气安全检查\n\n本报讯 近日，市北区组织燃气企业对辖区老旧小区开展安全检查。\n\n${sentence}${sentence}\n`;
    const f = checkText(page).findings.find((x) => x.rule === 'text/duplicate')!;
    expect(f.fix?.safe).toBe(true);
  });
});

describe('FirstCopies', () => {
  const seen = (start: number, end: number) => ({ start, end, block: 0, article: 0, next: undefined });
  it('finds an earlier range with the same text, and only that', () => {
    //           0         1
    //           0123456789012345
    const text = '甲乙丙。丁甲乙丙。甲丁丙。甲乙丙';
    const c = new FirstCopies(text);
    c.add(seen(0, 4));
    expect(c.get(5, 9)).toEqual(seen(0, 4));
    // Same length, first, middle and last characters: compared in full.
    expect(c.get(9, 13)).toBeUndefined();
    c.add(seen(9, 13));
    expect(c.get(9, 13)).toEqual(seen(9, 13));
    expect(c.get(13, 16)).toBeUndefined();
  });
});
