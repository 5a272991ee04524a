// Which house style a page is set in, from evidence on the page (docs/design.md
// §4.2). The evidence is conventions, not files: a page credits line of the
// four roles, a masthead with its pinyin line (the layout export Galley was
// shaped on); 、 standing for every stop (pre-1950s pages);
// traditional characters (Hong Kong, Taiwan); Markdown headings (OCR tools).
// Where nothing speaks clearly the cautious general profile is used, whose
// structural rules speak only where the page itself shows the convention.
import { FOUR_ROLE_WORDS } from '../parse/credits';
import { OCR_LINE_MAX, OCR_LINE_MIN } from '../parse';
import { scriptCounts } from '../text/script';
import type { Localized } from '../types';
import type { Page } from '../types';
import { GENERAL_PROFILE, PROFILE_BY_ID, type Profile } from './index';

export interface ProfileChoice {
  profile: Profile;
  /** Why, in a few words each; 'config' when the newsroom chose it. */
  reasons: Localized[];
  /** Chosen by the config or the command line, not detected. */
  chosen: boolean;
}

const why = (zh: string, en: string): Localized => ({ zh, en });

const CANONICAL_ROLES = 3;

/** OCR leaves its marks: a page hard-wrapped in narrow column lines, and
 *  brackets or bars read into Han text (「 as [, a rule as |). */
function looksLikeOcr(text: string): Localized | undefined {
  // Line lengths without making a string per line (this runs on every check).
  let lines = 0;
  let narrow = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && text.charCodeAt(a) <= 0x20) a++;
    while (b > a && text.charCodeAt(b - 1) <= 0x20) b--;
    if (b > a) {
      lines++;
      if (b - a >= OCR_LINE_MIN && b - a <= OCR_LINE_MAX) narrow++;
    }
    start = end + 1;
  }
  if (lines >= 8 && narrow >= 0.6 * lines) return why('按栏宽断行（OCR）', 'hard-wrapped column lines (OCR)');
  // Most pages hold none of these marks: no regular expression then.
  if (text.indexOf('|') < 0 && text.indexOf('[') < 0 && text.indexOf(']') < 0) return undefined;
  // A credits line may use | between roles (编辑：张三|校对：李四).
  const junk = text.replace(/^.*(?:编辑|校对|设计|美编|责编).*$/gmu, '').match(/[\p{Script=Han}][|\[\]]|[|\[\]][\p{Script=Han}]/gu)?.length ?? 0;
  if (junk >= 2) return why('OCR 误识的符号', 'marks misread by OCR');
  return undefined;
}

export function detectProfile(page: Page): ProfileChoice {
  const choice = detectStyle(page);
  if (choice.profile.ocr || choice.profile.creditsLine) return choice;
  const ocr = page.ocrColumns ? why('按栏宽断行（OCR）', 'hard-wrapped column lines (OCR)') : looksLikeOcr(page.text);
  return ocr ? { ...choice, profile: { ...choice.profile, ocr: true }, reasons: [...choice.reasons, ocr] } : choice;
}

function detectStyle(page: Page): ProfileChoice {
  const pick = (id: string, ...reasons: Localized[]): ProfileChoice => ({
    profile: PROFILE_BY_ID.get(id) ?? GENERAL_PROFILE,
    reasons,
    chosen: false,
  });
  const roles = new Set(page.credits?.entries.filter((e) => FOUR_ROLE_WORDS.has(e.word)).map((e) => e.role) ?? []);
  if (roles.size >= CANONICAL_ROLES) return pick('layout-export', why('版面署名行（责编、美编、审读、排版）', 'a page credits line (责编 美编 审读 排版)'));
  if (page.masthead?.pinyin) return pick('layout-export', why('报头带拼音行', 'a masthead with its pinyin line'));
  const c = scriptCounts(page.text);
  if (c.dun >= 4 && c.dun > 2 * c.stops) return pick('historical', why('以「、」断句', '、 stands for every stop'));
  if (c.traditional >= 5 && c.traditional > 2 * c.simplified) {
    return pick('hk-tw', why('繁体字', 'traditional characters'));
  }
  if (page.blocks.some((b) => b.mdLevel !== undefined)) return pick('ocr-markdown', why('Markdown 标题（OCR 输出）', 'Markdown headings (OCR output)'));
  if (c.simplified >= 5 && c.stops >= 3) return pick('mainland', why('简体字、现代标点', 'simplified characters, modern punctuation'));
  return pick('general', why('证据不足，谨慎检查', 'too little evidence: cautious'));
}

/** The newsroom's choice (config or --profile) over detection; then the
 *  folder's house style where the page alone says less (a page of a paper
 *  that prints a credits line, with that line lost). */
export function chooseProfile(page: Page, chosen?: Profile, folder?: Profile): ProfileChoice {
  if (chosen) return { profile: chosen, reasons: [why('由配置指定', 'set in the config')], chosen: true };
  const own = detectProfile(page);
  if (!folder || folder.id === own.profile.id || !folder.creditsLine || own.profile.creditsLine) return own;
  return {
    profile: { ...folder, ocr: own.profile.ocr },
    reasons: [why('同一文件夹的版面大多是这一版式', 'most pages of its folder are set in this style')],
    chosen: false,
  };
}

/** Pages fewer than this say nothing about their folder. */
const FOLDER_MIN_PAGES = 3;

/** One paper's pages share one house style (issue 10): the style most pages
 *  of a folder show, when it is the layout export's (a credits line). Other
 *  styles add nothing a page cannot see for itself. */
export function folderProfile(pages: readonly ProfileChoice[]): Profile | undefined {
  if (pages.length < FOLDER_MIN_PAGES) return undefined;
  const layout = pages.filter((c) => c.profile.id === 'layout-export');
  return layout.length >= 0.6 * pages.length ? PROFILE_BY_ID.get('layout-export') : undefined;
}
