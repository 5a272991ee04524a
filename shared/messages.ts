// Every user-facing finding message, in Chinese (default) and English.
// Rules return a rule id plus data; the engine formats the message here.
import type { Locale, RuleId } from './types';

type Data = Record<string, string | number>;
type Template = (d: Data) => string;

const s = (v: unknown) => (v === undefined ? '' : String(v));
/** Shorten quoted page text so a message stays one line. */
export function excerpt(text: string, max = 16): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max) + '…' : t;
}

// Chinese messages quote page text in 「」: the quoted text itself often holds “”.
export const MESSAGES: Record<RuleId, { zh: Template; en: Template }> = {
  'credits/missing': {
    zh: () => '版面缺少署名行（责编、美编、审读、排版）',
    en: () => 'The page has no credits line (责编, 美编, 审读, 排版)',
  },
  'credits/incomplete': {
    zh: (d) => (d.problem === 'no-name' ? `署名行中「${s(d.role)}」没有姓名` : `署名行缺少「${s(d.role)}」`),
    en: (d) =>
      d.problem === 'no-name' ? `Credits: ${s(d.role)} has no name` : `Credits: role ${s(d.role)} is missing`,
  },
  'credits/unknown-name': {
    zh: (d) =>
      d.suggestion
        ? `「${s(d.role)}」的姓名「${s(d.name)}」不在人员名单中，是否为「${s(d.suggestion)}」？`
        : `「${s(d.role)}」的姓名「${s(d.name)}」不在人员名单中`,
    en: (d) =>
      d.suggestion
        ? `${s(d.role)} name “${s(d.name)}” is not on the roster; did you mean “${s(d.suggestion)}”?`
        : `${s(d.role)} name “${s(d.name)}” is not on the roster`,
  },
  'byline/missing': {
    zh: (d) => `稿件「${s(d.headline)}」没有署名`,
    en: (d) => `Article “${s(d.headline)}” has no byline`,
  },
  'byline/misplaced': {
    zh: (d) => `署名「${s(d.byline)}」不在稿件「${s(d.headline)}」的标题下`,
    en: (d) => `Byline “${s(d.byline)}” is away from the head of article “${s(d.headline)}”`,
  },
  'caption/missing-credit': {
    zh: (d) => `图片说明「${s(d.caption)}」没有摄影者署名（××× 摄）`,
    en: (d) => `Photo caption “${s(d.caption)}” has no photographer credit (NAME 摄)`,
  },
  'sentence/broken': {
    zh: (d) =>
      d.attribution
        ? `引语「${s(d.tail)}」与其后的说话人「${s(d.head)}」（第 ${s(d.line)} 行）被分段隔开`
        : `句子在「${s(d.tail)}」处断开，接续在第 ${s(d.line)} 行「${s(d.head)}」`,
    en: (d) =>
      d.attribution
        ? `Quotation “${s(d.tail)}” is separated from its attribution “${s(d.head)}” on line ${s(d.line)}`
        : `Sentence breaks after “${s(d.tail)}”; it continues on line ${s(d.line)} with “${s(d.head)}”`,
  },
  'sentence/truncated': {
    zh: (d) => `段落在句中结束（「${s(d.tail)}」），页面上找不到接续，可能丢失文字`,
    en: (d) => `Paragraph ends mid-sentence (“${s(d.tail)}”) and no continuation was found: text may be lost`,
  },
  'sentence/fragment': {
    zh: (d) => `段落从句中开始（「${s(d.head)}」），前面没有可接续的段落，可能丢失文字`,
    en: (d) => `Paragraph starts mid-sentence (“${s(d.head)}”) with no open paragraph leading into it: text may be lost`,
  },
  'quote/unbalanced': {
    zh: (d) => `「${s(d.mark)}」没有配对的「${s(d.pair)}」`,
    en: (d) => `Unpaired ${s(d.mark)}: no matching ${s(d.pair)}`,
  },
  'quote/doubled': {
    zh: (d) => `标点「${s(d.mark)}」重复`,
    en: (d) => `Doubled mark ${s(d.mark)}`,
  },
  'text/duplicate': {
    zh: (d) =>
      d.unit === 'paragraph'
        ? `段落与第 ${s(d.line)} 行重复：「${s(d.text)}」`
        : `句子与第 ${s(d.line)} 行重复：「${s(d.text)}」`,
    en: (d) =>
      d.unit === 'paragraph'
        ? `Paragraph repeats line ${s(d.line)}: “${s(d.text)}”`
        : `Sentence repeats line ${s(d.line)}: “${s(d.text)}”`,
  },
  'punct/halfwidth': {
    zh: (d) => `中文中使用了半角标点“${s(d.mark)}”，应为“${s(d.full)}”`,
    en: (d) => `Half-width “${s(d.mark)}” in Chinese text; use “${s(d.full)}”`,
  },
  'text/stray-latin': {
    zh: (d) => `中文中夹有孤立的外文词「${s(d.word)}」`,
    en: (d) => `Isolated Latin word “${s(d.word)}” inside Chinese text`,
  },
  'text/repeated-char': {
    zh: (d) => `「${s(d.char)}」重复出现（「${s(d.text)}」）`,
    en: (d) => `Doubled character “${s(d.char)}” (“${s(d.text)}”)`,
  },
};

export function formatMessage(rule: RuleId, data: Data | undefined, locale: Locale = 'zh'): string {
  return MESSAGES[rule][locale](data ?? {});
}
