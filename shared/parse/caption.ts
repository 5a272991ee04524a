// The photographer credit at the end of a photo caption (图片说明):
//   …图为邮轮港区。修相科 摄      … 余瑞新 摄      …港区。修相科摄
//   …记者 张三 摄      张三/摄      （张三 摄）      …摄影：张三
//   (司徒志雄攝)      李小云摄（人民视觉）
// The name must stand apart from the sentence before it (start of text, a
// space, a full stop, a bracket or a role word), so "…，游客拍摄。" and
// "图为市民拍摄" are not credits.
import type { NameSpan } from '../types';
import { NAME_SOURCE } from './names';
import { isWhiteSpace } from '../text/han';

const ROLE = '(?:(?:本报|首席|特约|见习|新华社|中新社)?(?:摄影)?记者|通讯员)';
// Before the name: a separator (the caller's tail starts with a space at text start), or a role word (which may be glued).
const BEFORE = `(?:[\\s\\u3000。！？!?）)”」』】（(]|${ROLE}[:：]?)`;
/** An agency after the credit: 李小云摄（人民视觉）, X摄（新华社发）. */
const AGENCY = '(?:[（(][^（()）]{1,12}[）)])?';
/** A two-character name set apart to the width of three: 朱 刚. */
const SPACED = '\\p{Script=Han}[\\s\\u3000]\\p{Script=Han}';
const NAMES = `(?:${NAME_SOURCE}|${SPACED})(?:[\\s\\u3000、](?:${NAME_SOURCE}|${SPACED}))*`;
/** `NAME 摄` / `NAME/摄` at the end, optionally bracketed and full-stopped. */
const SHE_RE = new RegExp(`${BEFORE}[\\s\\u3000]*(${NAMES})[\\s\\u3000]*[/／]?[\\s\\u3000]*[摄攝][\\s\\u3000]*[）)]?${AGENCY}[\\s\\u3000。]*$`, 'u');
/** `摄影：NAME` at the end. */
const SHEYING_RE = new RegExp(`(?:[\\s\\u3000。（(])摄影[:：\\s\\u3000]+(${NAMES})[\\s\\u3000]*[）)]?[\\s\\u3000。]*$`, 'u');
const ROLE_LEAD_RE = new RegExp(`^(?:${ROLE}[:：]?[\\s\\u3000]*)+`, 'u');
/** Only the tail can hold the credit; bounds the regex work on long captions. */
const TAIL = 48;

/** Photographer credited at the end of `text`, or null. `offset` is where
 *  `text` starts in the page text; the span is a page range. Several names
 *  (张三 李四 摄) come back as one span. */
export function parseCaptionCredit(text: string, offset: number): NameSpan | null {
  let end = text.length;
  while (end > 0 && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  const last = text[end - 1];
  const useful = last === '摄' || last === '攝' || last === '）' || last === ')' || last === '。' || /\p{Script=Han}/u.test(last);
  if (!useful || !(text.includes('摄') || text.includes('攝'))) return null;
  const from = Math.max(0, end - TAIL);
  // A space stands for the start of the text; a cut-off tail starts with a
  // character no pattern accepts, so the name cannot begin mid-sentence.
  const tail = (from === 0 ? ' ' : '\u0000') + text.slice(from, end);
  const m = SHE_RE.exec(tail) ?? SHEYING_RE.exec(tail);
  if (!m) return null;
  // The leftmost match may have taken a role word as a name (记者 张三 摄).
  const name = m[1].replace(ROLE_LEAD_RE, '');
  if (!name) return null;
  // Only spaces, 摄 and closing marks follow the name inside the match.
  const at = from - 1 + m.index + m[0].lastIndexOf(name);
  return { name, start: offset + at, end: offset + at + name.length };
}

/** A short line that is only a photographer credit: `本报记者 王五 摄`, `王五/摄`. */
export function isPhotoCreditLine(text: string): boolean {
  // Asked of every line: the last character rules most out, cheaply.
  const last = text[text.length - 1];
  if (text.length > 40 || (last !== '摄' && last !== '攝' && last !== '）' && last !== ')')) return false;
  if (!/[摄攝][）)]?(?:[（(][^（()）]{1,12}[）)])?$/u.test(text)) return false;
  const credit = parseCaptionCredit(text, 0);
  // Nothing but role words and spaces before the name.
  return credit !== null && /^[\s\u3000□]*(?:(?:本报|首席|特约|见习)?(?:摄影)?记者|(?:新华社|中新社)?记者|通讯员|[\s\u3000])*$/.test(text.slice(0, credit.start));
}
