// sentence/fragment: a paragraph starts mid-sentence (on punctuation, closing
// a quotation it never opened, or mid-word) and no open paragraph on the page
// leads into it: its beginning was lost. No fix.
// Sure when it starts on punctuation no sentence starts with, less when it
// closes a quotation it never opened, least when only the word segmenter
// says it starts mid-word (and then uncertain unless its first character
// mostly ends words, or the page has it inside a longer word); uncertain on
// OCR and hand-transcribed pages.
import { CONTINUATIONS, Opening, openingOf } from '../../analysis/continuations';
import { headQuote, startRange } from '../../analysis/excerpts';
import { startsInsidePageWord } from '../../analysis/words';
import { s } from '../../text/excerpt';
import { defineRule, type Draft } from '../rule';
import { isWordFinal } from '../words/chars';

export const rule = defineRule({
  id: 'sentence/fragment',
  severity: 'warning',
  title: { zh: '段首残句', en: 'Sentence fragment' },
  summary: { zh: '段落从句中开始，前面没有可接续的段落', en: 'starts mid-sentence, nothing leads into it' },
  message: {
    zh: (d) => `段落从句中开始（「${s(d.head)}」），前面没有可接续的段落，可能丢失文字`,
    en: (d) => `Paragraph starts mid-sentence (「${s(d.head)}」) with no open paragraph leading into it: text may be lost`,
  },
  fix: 'none',
  check(ctx) {
    const cont = ctx.get(CONTINUATIONS);
    const weak = ctx.profile.ocr || ctx.profile.bareEnds ? 0.5 : 1;
    return cont.fragments.map((i): Draft => {
      const p = cont.paragraphs[i];
      // Mid-word by the segmenter alone: sure only where the first
      // character mostly ends words (务|贸易); 分|产业看, 受|资助 open
      // sentences the segmenter splits oddly.
      // A particle first (的求职者…) says mid-sentence as surely as a
      // lone word-final character.
      // So is a start the page itself shows inside a longer word: 流园区…
      // where 物流园区 stands three times.
      // But not a start whose first clause has a subject and 是/也/还/都 of
      // its own (水电气等经营成本也在下降: the segmenter splits 水|电气).
      const inside = startsInsidePageWord(ctx.text, p.start, cont.bigrams);
      const byWords = inside || (isWordFinal(ctx.text.charCodeAt(p.start)) && openingOf(ctx.text, p) !== Opening.Subject);
      const midWord = p.shape.particle ? 0.55 : p.shape.punct ? 0.85 : p.shape.closerFirst ? 0.7 : byWords ? 0.55 : 0.45;
      const confidence = midWord * weak;
      const at = startRange(ctx.text, p);
      return { start: at.start, end: at.end, data: { head: headQuote(ctx.text, p) }, confidence };
    });
  },
});
