// The 校对单's error rate: an estimate of the page's 编校差错率 per 10,000
// characters under the weighting of the 报纸期刊质量管理规定 (2020): each
// wrong character one error, errors in headlines and in names double.
//
// Which findings count (ERROR_RATE_NOTE says the same on the sheet):
// - the wording errors: word/misspelling, word/confusable, usage/discouraged,
//   number/style, number/mismatch, name/variant, text/repeated-char (多字)
//   and text/duplicate (a repeated copy, one place);
// - credits/unknown-name only when it names the roster name the credit most
//   likely misspells (without one, a name missing from the roster is no
//   evidence of a wrong character);
// - not punctuation, layout or attribution findings: they are no wrong
//   characters;
// - only findings a person did not reject (已忽略) and that are not uncertain.
// A finding whose fix replaces characters one for one counts each character
// it changes (截止目前 → 截至目前: 1); any other counts one. A finding in a
// title (kicker, headline, subhead, 小标题, column label), or in a name (name/variant,
// credits/unknown-name), counts double (both: still double).
// Characters: the page's Han characters (shared/text/han.ts countHan).
import type { Decision, ReviewState } from '../review';
import type { RuleId } from '../rules';
import { countHan } from '../text/han';
import { HEADING_KINDS } from '../text/kinds';
import type { BlockKind, Finding, Locale, Page } from '../types';

export const ERROR_RATE_RULES: readonly RuleId[] = [
  'word/misspelling',
  'word/confusable',
  'usage/discouraged',
  'number/style',
  'number/mismatch',
  'name/variant',
  'text/repeated-char',
  'text/duplicate',
  'credits/unknown-name',
];

const NAME_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['name/variant', 'credits/unknown-name']);
/** Titles, as the words pack's messages call them (shared/rules/words/lexicon.ts
 *  isHeading): kicker, headline, subhead, 小标题 and column label. */
const TITLE_BLOCKS: ReadonlySet<BlockKind> = new Set<BlockKind>([...HEADING_KINDS, 'column-label']);

export interface ErrorRate {
  /** Han characters on the page. */
  chars: number;
  /** Weighted errors (headline and name errors double). */
  errors: number;
  /** Errors per 10,000 characters, 2 decimals; null on a page without Han. */
  perTenThousand: number | null;
  /** Findings counted. */
  findings: number;
  /** Of those, how many lie in a title (kicker, headline, subhead, 小标题, column label). */
  inHeadlines: number;
  /** Of those, how many are in a name. */
  inNames: number;
  /** Weighted errors per rule. */
  byRule: Partial<Record<RuleId, number>>;
  /** Findings of the counted rules left out: rejected by a person, uncertain. */
  rejected: number;
  uncertain: number;
}

/** Wrong characters a finding stands for: the characters its fix changes
 *  when it replaces them one for one, else one. */
function wrongChars(f: Finding): number {
  const edits = f.fix?.edits;
  if (!edits || edits.length !== 1) return 1;
  const { old, text } = edits[0];
  if ([...old].length !== [...text].length) return 1;
  const a = [...old];
  const b = [...text];
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return Math.max(1, n);
}

/** The kinds of block each 1-based line of the page lies in. */
function lineKinds(page: Page): Map<number, BlockKind> {
  const out = new Map<number, BlockKind>();
  for (const b of page.blocks) {
    let lines = 1;
    for (let i = b.start; i < b.end; i++) if (page.text.charCodeAt(i) === 10) lines++;
    for (let l = b.line; l < b.line + lines; l++) if (!out.has(l)) out.set(l, b.kind);
  }
  return out;
}

export function errorRate(page: Page, findings: readonly Finding[], review?: ReviewState | null): ErrorRate {
  const decision = (f: Finding): Decision => review?.decisions?.[f.key] ?? 'left';
  const counted = new Set<RuleId>(ERROR_RATE_RULES);
  const kinds = lineKinds(page);
  const out: ErrorRate = { chars: countHan(page.text), errors: 0, perTenThousand: null, findings: 0, inHeadlines: 0, inNames: 0, byRule: {}, rejected: 0, uncertain: 0 };
  for (const f of findings) {
    if (!counted.has(f.rule)) continue;
    if (f.rule === 'credits/unknown-name' && !f.data?.suggestion) continue;
    if (decision(f) === 'rejected') {
      out.rejected++;
      continue;
    }
    if (f.uncertain) {
      out.uncertain++;
      continue;
    }
    const kind = kinds.get(f.line);
    const inHeadline = kind !== undefined && TITLE_BLOCKS.has(kind);
    const inName = NAME_RULES.has(f.rule);
    const weight = wrongChars(f) * (inHeadline || inName ? 2 : 1);
    out.findings++;
    if (inHeadline) out.inHeadlines++;
    if (inName) out.inNames++;
    out.errors += weight;
    out.byRule[f.rule] = (out.byRule[f.rule] ?? 0) + weight;
  }
  if (out.chars > 0) out.perTenThousand = Math.round((out.errors / out.chars) * 10000 * 100) / 100;
  return out;
}

/** The note the 校对单 prints under the figure: what was counted. */
export const ERROR_RATE_NOTE: Readonly<Record<Locale, string>> = {
  zh: '估算，按《报纸期刊质量管理规定》（2020）计：每个错字计 1 个差错，标题（引题、主题、副题、小标题、栏目名）和人名中的差错加倍。计入错别字、易混字、不规范用语、数字用法、数字前后不符、人名不一致、重复字、重复内容，以及名册中有相近姓名的署名姓名；标点、版式和署名缺项不计入。已忽略和存疑的结果不计入。字数为版面汉字数。',
  en: 'An estimate under the 2020 rules for newspaper quality (报纸期刊质量管理规定): each wrong character one error, errors in headlines (kicker, headline, subhead, section heading, column label) and in names double. Counted: misspellings, confusable characters, discouraged usage, number style, numbers the body contradicts, name variants, repeated characters, duplicated text, and credits names with a near roster name; punctuation, layout and missing-credit findings are not. Rejected and uncertain findings are not counted. Characters: the Han characters on the page.',
};
