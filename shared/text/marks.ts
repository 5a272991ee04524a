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
// The same by character code: text[i] of a Han text makes a string each time.
const codes = (marks: string) => new Set([...marks].map((c) => c.charCodeAt(0)));
const PARAGRAPH_END_CODES = codes(PARAGRAPH_END_MARKS);
const CLOSING_CODES = codes(CLOSING_MARKS);

export const isParagraphEnd = (ch: string): boolean => PARAGRAPH_END.has(ch);
export const isClosingMark = (ch: string): boolean => CLOSING.has(ch);

/** Offset of the last character of text[start, end) that is not a closing
 *  mark, or -1. */
function lastMarkAt(text: string, start: number, end: number): number {
  let i = end - 1;
  while (i >= start && CLOSING_CODES.has(text.charCodeAt(i))) i--;
  return i >= start ? i : -1;
}

/** The mark text[start, end) ends on, trailing closing marks skipped ('' if none). */
export function lastMark(text: string, start = 0, end = text.length): string {
  const i = lastMarkAt(text, start, end);
  return i >= 0 ? text[i] : '';
}

/** Does text[start, end) end a sentence (。！？；：… before closing marks)? */
export function endsSentence(text: string, start = 0, end = text.length): boolean {
  const i = lastMarkAt(text, start, end);
  return i >= 0 && PARAGRAPH_END_CODES.has(text.charCodeAt(i));
}
