// House styles (docs/design.md §4.2). A profile declares the conventions of a
// paper that the structural rules depend on; a rule whose convention the
// profile does not hold stays silent. Galley picks a profile per page from
// evidence (detect.ts); a newsroom names or defines its own in the config.
import type { Localized } from '../types';

export interface Profile {
  id: string;
  title: Localized;
  /** The paper prints a page credits line (责编 … 美编 … 审读 … 排版 …):
   *  a page without one is an error. */
  creditsLine: boolean;
  /** Articles carry their byline at the head (under the headline): an
   *  article without any credit is reported. When false, byline/missing
   *  speaks only where the page itself shows head bylines. */
  headBylines: boolean;
  /** Photo captions carry the photographer (`X 摄`): a caption without one
   *  is reported. When false, only where the page shows the convention. */
  captionCredits: boolean;
  /** Marks after which a paragraph is complete, beyond the modern ones
   *  (historical pages stop on 、). */
  extraParagraphEnds: string;
  /** A paragraph may end without any mark and be complete (historical
   *  pages end items on a bare word). */
  bareEnds: boolean;
  /** Text from OCR: line breaks inside paragraphs, look-alike marks, a
   *  reading order that may be scrambled. Structural findings are weaker. */
  ocr: boolean;
}

const base = {
  creditsLine: false,
  headBylines: false,
  captionCredits: false,
  extraParagraphEnds: '',
  bareEnds: false,
  ocr: false,
};

/** The built-in house styles, in the order detection tries them. */
export const PROFILES: readonly Profile[] = [
  {
    ...base,
    id: 'layout-export',
    title: { zh: '版面系统导出（署名行、□署名、摄影署名）', en: 'Layout-system export (credits line, □ bylines, photo credits)' },
    creditsLine: true,
    headBylines: true,
    captionCredits: true,
  },
  {
    ...base,
    id: 'mainland',
    title: { zh: '内地报纸（通用）', en: 'Mainland daily (general)' },
  },
  {
    ...base,
    id: 'ocr-markdown',
    title: { zh: 'OCR 输出（Markdown）', en: 'OCR output (Markdown)' },
    ocr: true,
  },
  {
    ...base,
    id: 'hk-tw',
    title: { zh: '港台报纸（繁体）', en: 'Hong Kong / Taiwan daily (traditional)' },
  },
  {
    ...base,
    id: 'historical',
    title: { zh: '旧报纸（以、断句）', en: 'Historical paper (、 as the stop)' },
    extraParagraphEnds: '、',
    bareEnds: true,
  },
  {
    ...base,
    id: 'general',
    title: { zh: '通用（谨慎）', en: 'General (cautious)' },
  },
];

export const PROFILE_BY_ID: ReadonlyMap<string, Profile> = new Map(PROFILES.map((p) => [p.id, p]));

export const GENERAL_PROFILE = PROFILE_BY_ID.get('general')!;

/** The keys a newsroom may set when it defines its own profile. */
export const PROFILE_KEYS = ['creditsLine', 'headBylines', 'captionCredits', 'extraParagraphEnds', 'bareEnds', 'ocr'] as const;
