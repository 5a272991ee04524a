// The one definition of the marks that end sentences and paragraphs, and of
// the closing marks that may follow them, for the whole core (parser,
// analyses, rules). docs/design.md §2.

/** End a sentence: the sentence splitter (duplicates, excerpts). */
export const SENTENCE_END_MARKS = '。！？';

/** A paragraph may end on these and be complete: a sentence end (half-width
 *  too: punct/halfwidth reports the width), an ellipsis, a semicolon (list
 *  items), a colon (an introduction). */
export const PARAGRAPH_END_MARKS = SENTENCE_END_MARKS + '!?…；;：:';

/** Clause marks: a paragraph ending on one is certainly mid-sentence. */
export const CLAUSE_MARKS = '，,、';

/** Closing quotes and brackets that may stand after an end mark (。”). */
export const CLOSING_MARKS = '”’」』）)》〉】]"\'';

const PARAGRAPH_END = new Set(PARAGRAPH_END_MARKS);
const CLOSING = new Set(CLOSING_MARKS);

export const isParagraphEnd = (ch: string): boolean => PARAGRAPH_END.has(ch);
export const isClosingMark = (ch: string): boolean => CLOSING.has(ch);

/** The mark text[start, end) ends on, trailing closing marks skipped ('' if none). */
export function lastMark(text: string, start = 0, end = text.length): string {
  let i = end - 1;
  while (i >= start && CLOSING.has(text[i])) i--;
  return i >= start ? text[i] : '';
}

/** Does text[start, end) end a sentence (。！？；：… before closing marks)? */
export function endsSentence(text: string, start = 0, end = text.length): boolean {
  return PARAGRAPH_END.has(lastMark(text, start, end));
}
