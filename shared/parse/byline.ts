// Bylines (署名), one line at a time. Forms seen on the samples and from
// other papers and OCR tools (docs/design.md §2.3):
//   □青岛日报/观海新闻记者 余瑞新            □青岛日报/观海新闻记者 余瑞新 文/图
//   □青岛日报/观海新闻记者 余瑞新 通讯员 丁飞  通讯员 张予宁 王琳 (second line)
//   □ 本报记者 张三     本报通讯员 李四 王五     □ 记者 张三 通讯员 李四 报道
//   ### □ 本报记者 张三 (Markdown heading)      文/摄, 图/文
// A byline is short and made only of: an optional □, an outlet glued to the
// first role word (青岛日报/观海新闻, 本报), role words, names, a photo mark
// and a trailing 报道. Anything else — sentence punctuation, other words —
// makes it body text: 记者了解到，…  本报讯 记者自市北区获悉，…
import type { Byline, NameSpan } from '../types';
import { isName } from './names';
import { isWhiteSpace } from '../text/han';

/** Role words. 摄影记者 took the photos; 实习生 counts with the correspondents. */
const ROLE_RE = /((?:首席|特约|见习|摄影)?记者|通讯员|实习生)[ \t\u3000]*[:：]?/gu;
const PHOTO_RE = /^(?:文[/／]图|文[/／]摄|图[/／]文|摄影|摄)$/u;
const PHOTO_TAIL_RE = /(?:文[/／]图|文[/／]摄|图[/／]文)$/u;
/** `NAME/文`, `NAME/图`, `NAME/摄`: what this person did. */
const CREDIT_SUFFIX_RE = /[/／](文|图|摄)$/u;
const REPORT_RE = /^(?:报道|报导)$/u;
const OUTLET_RE = /^[\p{Script=Han}A-Za-z0-9/／·]{1,20}$/u;
const SENTENCE_RE = /[，。！？；“”‘’,!?;"（）()《》]/u;
const LEAD_IN_RE = /^[#\s\u3000]*(□[\s\u3000]*)?/u;
const SEP_RE = /[\s\u3000、]+/u;
const ONE_HAN_RE = /^\p{Script=Han}$/u;
const SPACES_RE = /^[ \t\u3000]+$/u;
/** Bylines are short; also bounds the work on long body lines. */
const MAX_LINE = 80;

/** A commentary signed by the paper, not a person: 本报评论员,
 *  本报特约评论员, 新华社评论员, 人民日报评论员, 本报编辑部. */
const INSTITUTION_RE = /^(?:本报|新华社|[\p{Script=Han}]{1,4}(?:日报|晚报|时报))(?:特约)?评论员$|^(?:本报)?编辑部$/u;
function institution(line: string, offset: number): Omit<Byline, 'block'> | null {
  if (!line.includes('评论员') && !line.includes('编辑部')) return null;
  const lead = LEAD_IN_RE.exec(line)!;
  const body = line.slice(lead[0].length).trim();
  const m = INSTITUTION_RE.exec(body);
  if (!m) return null;
  const start = offset + line.indexOf(body);
  return { start, end: start + body.length, outlet: body.replace(/(?:特约)?评论员$|编辑部$/u, '') || undefined, reporters: [], correspondents: [], photos: false };
}

/** Parse a byline line. `offset` is where `line` starts in the page text.
 *  A continuation line (`通讯员 丁飞`) comes back with correspondents only.
 *  Returns null for anything that is not a byline. */
export function parseByline(line: string, offset: number): Omit<Byline, 'block'> | null {
  if (line.length > MAX_LINE || SENTENCE_RE.test(line)) return null;
  const signed = institution(line, offset);
  if (signed) return signed;
  if (!/记者|通讯员|实习生/.test(line)) return null;
  const lead = LEAD_IN_RE.exec(line)!;
  const marked = lead[1] !== undefined;
  const s = lead[0].length;
  let e = line.length;
  while (e > s && isWhiteSpace(line.charCodeAt(e - 1))) e--;
  const body = line.slice(s, e);

  ROLE_RE.lastIndex = 0;
  const hits: { word: string; start: number; wordEnd: number; end: number }[] = [];
  for (let m = ROLE_RE.exec(body); m; m = ROLE_RE.exec(body)) {
    hits.push({ word: m[1], start: m.index, wordEnd: m.index + m[1].length, end: m.index + m[0].length });
  }
  if (hits.length === 0) return null;

  let photos = false;
  let outlet: string | undefined;
  // Before the first role: photo marks, then the outlet, glued to the role
  // word (青岛日报/观海新闻记者) or, after □, spaced from it.
  const pre = body.slice(0, hits[0].start);
  if (pre) {
    const parts = pre.split(SEP_RE).filter(Boolean);
    const glued = !isWhiteSpace(pre.charCodeAt(pre.length - 1));
    const last = parts[parts.length - 1];
    if (last === undefined) return null; // only separators before the role
    if ((glued || marked) && !PHOTO_RE.test(last)) {
      if (!OUTLET_RE.test(last)) return null;
      outlet = last;
      parts.pop();
    }
    for (const p of parts) {
      if (!PHOTO_RE.test(p)) return null;
      photos = true;
    }
  }

  const reporters: NameSpan[] = [];
  const correspondents: NameSpan[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    // Unmarked lines must space the role from the name, so a title such as
    // 记者走进社区 is not read as the byline of "走进社区".
    if (!marked && h.wordEnd < body.length && h.wordEnd === h.end) return null;
    if (h.word === '摄影记者') photos = true;
    const into = h.word.endsWith('记者') ? reporters : correspondents;
    const segEnd = i + 1 < hits.length ? hits[i + 1].start : body.length;
    const seg = body.slice(h.end, segEnd);
    let at = h.end;
    const parts = seg.split(SEP_RE);
    for (let j = 0; j < parts.length; j++) {
      // A credit mark glued after the name: 王晓冬/文, 刘 洋/图 (reporter wrote,
      // another took the photos).
      const credit = PHOTO_RE.test(parts[j]) || PHOTO_TAIL_RE.test(parts[j]) ? null : CREDIT_SUFFIX_RE.exec(parts[j]);
      if (credit) {
        parts[j] = parts[j].slice(0, credit.index);
        if (credit[1] !== '文') photos = true;
      }
      const p = parts[j];
      if (!p) continue;
      const pos = body.indexOf(p, at);
      at = pos + p.length;
      // A two-character name set to the width of three (张　三) is one name.
      const q = parts[j + 1] && !PHOTO_TAIL_RE.test(parts[j + 1]) ? parts[j + 1].replace(CREDIT_SUFFIX_RE, '') : parts[j + 1];
      if (q && ONE_HAN_RE.test(p) && ONE_HAN_RE.test(q)) {
        const qPos = body.indexOf(q, at);
        if (SPACES_RE.test(body.slice(at, qPos).replace(/\u00a0/g, ' '))) {
          into.push({ name: p + q, start: offset + s + pos, end: offset + s + qPos + 1 });
          at = qPos + 1;
          const qCredit = CREDIT_SUFFIX_RE.exec(parts[j + 1]);
          if (qCredit) {
            at += qCredit[0].length;
            if (qCredit[1] !== '文') photos = true;
          }
          j++;
          continue;
        }
      }
      if (REPORT_RE.test(p) && i === hits.length - 1 && j === parts.length - 1) {
        // trailing 报道
      } else if (isName(p)) {
        into.push(span(p, offset + s + pos));
      } else if (PHOTO_RE.test(p)) {
        photos = true;
      } else {
        // A photo mark glued to the name: 余瑞新文/图
        const tail = PHOTO_TAIL_RE.exec(p);
        const name = tail ? p.slice(0, tail.index) : '';
        if (!tail || !isName(name)) return null;
        into.push(span(name, offset + s + pos));
        photos = true;
      }
    }
  }
  if (reporters.length + correspondents.length === 0) return null;
  return { start: offset + s - (marked ? lead[1]!.length : 0), end: offset + e, outlet, reporters, correspondents, photos };
}

function span(name: string, start: number): NameSpan {
  return { name, start, end: start + name.length };
}
