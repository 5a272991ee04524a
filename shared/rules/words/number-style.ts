// number/style: the mechanical rules of GB/T 15835-2011 (出版物上数字用法):
//  - a year is written in full: 08年 → 2008年 (only forms that cannot be a
//    duration: a leading 0, or a month right after, 98年3月);
//  - a year in Chinese digits writes 〇, a quantity writes 零: 二零二二年 →
//    二〇二二年, 三百〇五 → 三百零五;
//  - Arabic digits take 万 and 亿 as units but not 千 百 十: 3千 → 3000
//    (千米 千克 千瓦 … are units of measure, not numbers);
//  - a range repeats 万, 亿 and %: 9～16亿 → 9亿～16亿, 15～30% → 15%～30%;
//  - a decimal keeps its leading 0: .5 → 0.5.
// Every pattern needs a digit context no date, time, phone number, id,
// version or URL has (a URL is skipped anyway). Low severity: house styles
// differ, and the fix (a person's) is shown.
import { s } from '../../text/excerpt';
import { findUrls, inSpans, mayHoldUrl } from '../../text/urls';
import { defineRule, type Draft } from '../rule';
import { noneIfTraditional, wordBlocks } from './lexicon';

type Kind = 'year' | 'ling' | 'mixed' | 'range' | 'decimal';

interface Pattern {
  kind: Kind;
  /** What the block must hold for the pattern to find anything to fix. */
  needs: RegExp;
  re: RegExp;
  /** The replacement for the match, or null to let it be. */
  fix(m: RegExpExecArray, text: string): string | null;
}

const CN_DIGITS = '〇零一二三四五六七八九';
const PATTERNS: Pattern[] = [
  {
    kind: 'year',
    needs: /\d年/,
    // 08年, or 98年3月; not 2008年, not 1.08年, not v08年. The character
    // before the two digits is looked back at after them: led by a digit,
    // the search skips the page's Chinese text at native speed.
    re: /(\d{2})(?<![\dA-Za-z.\-/:]\d\d)年(?=(\d{1,2}月)?)/g,
    fix: (m) => (m[1][0] === '0' || m[2] ? `${m[1][0] === '0' || Number(m[1]) < 30 ? '20' : '19'}${m[1]}年` : null),
  },
  {
    kind: 'ling',
    // A year of four Chinese digits holding 零 (what the fix needs: the
    // pattern, led by a look-behind, is slow to try on every block).
    needs: /零[〇零一二三四五六七八九]{0,3}年/,
    re: /(?<![〇零一二三四五六七八九十百千万亿])[〇零一二三四五六七八九]{4}年/g,
    fix: (m) => (m[0].includes('零') ? m[0].replaceAll('零', '〇') : null),
  },
  {
    kind: 'ling',
    needs: /〇/,
    // 〇 inside a quantity: after 十 百 千 万 亿 and before a digit.
    re: /[十百千万亿]〇(?=[一二三四五六七八九])/g,
    fix: (m) => m[0][0] + '零',
  },
  {
    kind: 'mixed',
    needs: /\d[千百]/,
    re: /(?<![\dA-Za-z.])(\d+)([千百])(?![米克瓦帕焦卡伏赫兆字])/g,
    fix: mixedFix,
  },
  {
    kind: 'range',
    needs: /[～~〜]/,
    re: /(?<![\d.])(\d+(?:\.\d+)?)([～~〜])(\d+(?:\.\d+)?)(万|亿|%|％)/g,
    fix: (m) => `${m[1]}${m[4]}${m[2]}${m[3]}${m[4]}`,
  },
  {
    kind: 'decimal',
    needs: /\.\d/,
    // Only after a word that takes a number and before a unit: a half-width
    // full stop before a figure (用.0表示, 中.1993 年) or a file suffix (.1)
    // is not a decimal. Led by the full stop (the word before it is looked
    // back at from there): the search then skips to each '.' at once.
    re: /\.(?<=[为约达是仅只至到和或、（]\.)(\d+)(?=[%％倍万亿元米秒克吨度升个])/g,
    fix: (m) => `0.${m[1]}`,
  },
];

function mixedFix(m: RegExpExecArray): string | null {
  const n = Number(m[1]) * (m[2] === '千' ? 1000 : 100);
  return Number.isSafeInteger(n) ? String(n) : null;
}

/** What every pattern needs, in one test: most blocks hold none of it. */
const ANY_NEED = /\d年|零[〇零一二三四五六七八九]{0,3}年|〇|\d[千百]|[～~〜]|\.\d/;

function findStyle(text: string, lo: number, hi: number, out: Draft[]): void {
  const block = text.slice(lo, hi);
  if (!ANY_NEED.test(block)) return;
  // The block's URLs, found at the first match only: most blocks have none.
  let urls: ReturnType<typeof findUrls> | undefined;
  for (const p of PATTERNS) {
    if (!p.needs.test(block)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(block); m; m = p.re.exec(block)) {
      urls ??= mayHoldUrl(block) ? findUrls(block) : [];
      if (urls.length && inSpans(urls, m.index)) continue;
      const to = p.fix(m, block);
      if (to === null) continue;
      const start = lo + m.index;
      const end = start + m[0].length;
      out.push({
        start,
        end,
        data: { kind: p.kind, found: m[0], suggestion: to },
        fix: { safe: false, edits: [{ start, end, text: to, old: m[0] }] },
      });
    }
  }
}

const WHY_ZH: Record<Kind, string> = {
  year: '年份不能简写',
  ling: '年份中的“0”写作“〇”，数量中写作“零”',
  mixed: '阿拉伯数字只与“万”“亿”连用',
  range: '表示数值范围时，“万”“亿”“%”前后都要写',
  decimal: '小数点前的“0”不能省',
};
const WHY_EN: Record<Kind, string> = {
  year: 'years are not abbreviated',
  ling: '〇 in years, 零 in quantities',
  mixed: 'Arabic digits combine with 万 and 亿 only',
  range: 'a range repeats 万, 亿 and % on both ends',
  decimal: 'a decimal keeps its leading 0',
};

export const rule = defineRule({
  id: 'number/style',
  severity: 'info',
  title: { zh: '数字用法', en: 'Number style' },
  summary: {
    zh: 'GB/T 15835 的数字用法：年份简写、〇与零、3千、范围单位、小数前的0',
    en: 'GB/T 15835 number style: abbreviated years, 〇/零, 3千, units in ranges, leading 0',
  },
  message: {
    zh: (d) => `「${s(d.found)}」宜写「${s(d.suggestion)}」：${WHY_ZH[d.kind as Kind] ?? ''}（GB/T 15835）`,
    en: (d) => `“${s(d.found)}” should be 「${s(d.suggestion)}」: ${WHY_EN[d.kind as Kind] ?? ''} (GB/T 15835)`,
  },
  fix: 'person',
  check(ctx) {
    const out: Draft[] = [];
    for (const b of wordBlocks(ctx)) {
      findStyle(ctx.text, b.textStart, b.textStart + b.text.length, out);
    }
    return noneIfTraditional(ctx, out);
  },
});
