// The one vocabulary every part of Galley speaks: page model, findings, fixes.
// Pure types only; no Node or DOM APIs anywhere under shared/.

export type Severity = 'error' | 'warning' | 'info';
export type Locale = 'zh' | 'en';
/** A user-facing text in both languages. */
export type Localized = Readonly<Record<Locale, string>>;

// Rule ids come from the rules themselves (shared/rules/index.ts).
import type { RuleId } from './rules';
import type { Profile } from './profiles';
import type { ProfileChoice } from './profiles/detect';
export type { RuleId };

/** Offsets are UTF-16 code-unit offsets. Inside the core (parser, rules) they
 *  index the LF-normalised text (`Page.text`); the engine maps them back to
 *  the original decoded text before they leave `checkText`. */
export interface Range {
  start: number;
  end: number;
}

/** Replace text[start, end) by `text`. An insertion has start === end.
 *  `old` is the text the edit expects to replace: an edit whose `old` no
 *  longer matches the text is never applied (shared/fix.ts). */
export interface TextEdit extends Range {
  text: string;
  old: string;
}

export interface Fix {
  /** Edits on the same text the finding's offsets refer to. */
  edits: TextEdit[];
  /** Safe: applying it cannot lose or change wording (docs/design.md §3). */
  safe: boolean;
  /** Set by the one kind of fix allowed to remove words: deleting a verbatim
   *  copy whose original stays on the page (text/duplicate). */
  removesCopy?: boolean;
}

export interface Related extends Range {
  line: number;
  column: number;
  /** What this place is, e.g. 'continuation', 'first-copy'. */
  role: string;
}

/** What a rule returns: ranges on the normalised text, message by id. */
export interface RawFinding extends Range {
  rule: RuleId;
  /** Parameters for the message template in shared/messages.ts. */
  data?: Record<string, string | number>;
  related?: (Range & { role: string })[];
  fix?: Fix;
  /** How strong the evidence is, 0–1 (default 1). Below UNCERTAIN_BELOW the
   *  finding is uncertain: hidden by default, its fix never safe. */
  confidence?: number;
  /** Overrides the registry severity (rarely needed). */
  severity?: Severity;
}

/** A finding as the outside world sees it (docs/design.md §3, §5). Offsets, lines
 *  and columns refer to the original decoded text (1-based lines/columns),
 *  whatever its line ends. */
export interface Finding extends Range {
  rule: RuleId;
  severity: Severity;
  /** In the locale the check ran in; `data` re-formats it in another. */
  message: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  related: Related[];
  fix?: Fix;
  /** Weak evidence: hidden unless the user asks for uncertain findings. */
  uncertain?: boolean;
  /** Stable identity for review decisions: survives edits elsewhere. */
  key: string;
}

// ---------------------------------------------------------------- page model

export type BlockKind =
  | 'masthead' // 幸福市北
  | 'masthead-pinyin' // XING FU SHI BEI
  | 'folio' // 版次、日期: A3, 2022年11月24日 星期四
  | 'credits' // 责编 … 美编 … 审读 … 排版 …
  | 'column-label' // 栏目: 作风能力提升, 短讯
  | 'kicker' // 引题
  | 'headline' // 主题
  | 'subhead' // 副题
  | 'byline' // □青岛日报/观海新闻记者 余瑞新 / 通讯员 丁飞
  | 'lead' // 本报讯 … (first body paragraph)
  | 'heading' // 小标题 inside an article
  | 'caption' // ■… photo caption, standalone
  | 'list-item' // ■ line immediately followed by its text line
  | 'footer' // ◆ promotional footer
  | 'body'; // everything else

/** One or more consecutive lines of one kind. Blank lines separate groups in
 *  the source; a group may hold several blocks (byline line + lead line). */
export interface Block extends Range {
  kind: BlockKind;
  /** The block's text, trimmed, without Markdown heading marks. */
  text: string;
  /** Offset of `text` inside the page text (start of trimmed content). */
  textStart: number;
  /** 1-based line of the block's first line. */
  line: number;
  /** Index into Page.articles, or -1 when outside any article. */
  article: number;
  /** Markdown heading level (1–6) when the source used `#` marks. */
  mdLevel?: number;
}

export type CreditRole = '责编' | '美编' | '审读' | '排版';
export const CREDIT_ROLES: readonly CreditRole[] = ['责编', '美编', '审读', '排版'];

export interface NameSpan extends Range {
  name: string;
}

export interface CreditEntry extends Range {
  role: CreditRole;
  /** The role as printed (责编, 责任编辑, 编辑, 视觉, 版式设计…). */
  word: string;
  names: NameSpan[];
}

export interface Credits extends Range {
  /** Block index of the credits line. */
  block: number;
  /** In order of appearance; a role absent from the line is absent here. */
  entries: CreditEntry[];
}

export interface Byline extends Range {
  /** Block index. */
  block: number;
  /** e.g. 青岛日报/观海新闻, 本报 */
  outlet?: string;
  reporters: NameSpan[];
  correspondents: NameSpan[];
  /** 文/图: the reporter also took the article's photos. */
  photos: boolean;
}

export interface Caption extends Range {
  block: number;
  /** Photographer from a trailing `NAME 摄`, if any. */
  photographer?: NameSpan;
}

export interface Article extends Range {
  index: number;
  columnLabel?: number; // block indices
  kicker?: number;
  headline?: number;
  subheads: number[];
  bylines: Byline[];
  /** Body, lead and heading blocks in reading order. */
  paragraphs: number[];
  captions: number[];
}

export interface Page {
  /** LF-normalised text the offsets refer to. */
  text: string;
  blocks: Block[];
  masthead?: { name: string; pinyin?: string; blocks: number[] };
  credits?: Credits;
  articles: Article[];
  /** All captions on the page, inside articles or not. */
  captions: Caption[];
  /** Read as raw OCR column lines (narrow lines joined into paragraphs). */
  ocrColumns?: boolean;
}

// --------------------------------------------------------------- roster

/** Staff roster: role → known names. Role '*' holds names valid for any role. */
export interface Roster {
  [role: string]: string[];
}

/** How a newsroom set one rule (galley.config.json, shared/config.ts). */
export interface RuleSetting {
  /** 'off' turns the rule off; a severity replaces the rule's default. */
  severity?: Severity | 'off';
  /** Validated against the rule's own option specs. */
  options?: Record<string, unknown>;
}

export interface CheckOptions {
  locale?: Locale;
  roster?: Roster;
  /** Per rule: off, another severity, options. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Phrases never reported: a finding lying inside one is dropped. */
  allow?: readonly string[];
  /** The house style chosen by the newsroom; detected from the page when absent. */
  profile?: Profile;
  /** The house style of the page's folder (shared/profiles/detect.ts
   *  folderProfile), used where the page alone shows less. */
  folderProfile?: Profile;
}

export interface CheckResult {
  page: Page;
  /** Every finding, uncertain ones marked (`visibleFindings` hides them). */
  findings: Finding[];
  /** The house style the page was checked in, and why. */
  profile: ProfileChoice;
}
