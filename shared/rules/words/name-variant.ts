// name/variant: a person's name written two ways — a byline or photo
// credit name that sounds like a roster name but is written differently
// (杜家毫 / 杜家豪), or, inside one article, a known name (roster, byline,
// photo credit) and a sound-alike of it.
//
// Precision: three-character names only (two-character names sound alike
// too often: 张伟 / 张薇 are two people), the same surname character, one
// character different, every character read alike (readings from
// pinyin-pro, any reading of a polyphone). Credits-line names are left to
// credits/unknown-name, which already suggests the nearest roster name.
import { s } from '../../text/excerpt';
import type { NameSpan, Page, Roster } from '../../types';
import { defineRule, type Draft } from '../rule';
import { noneIfTraditional } from './lexicon';
import { namesSoundAlike } from './readings';

const NAME_LEN = 3;

function rosterNames(roster?: Roster): Set<string> {
  const out = new Set<string>();
  if (roster) for (const list of Object.values(roster)) for (const n of list) if (n.length === NAME_LEN) out.add(n);
  return out;
}

/** Byline and photographer names of the page, with their article. */
function pageNames(page: Page): { span: NameSpan; article: number }[] {
  const out: { span: NameSpan; article: number }[] = [];
  for (const a of page.articles)
    for (const b of a.bylines) {
      for (const n of b.reporters) out.push({ span: n, article: a.index });
      for (const n of b.correspondents) out.push({ span: n, article: a.index });
    }
  for (const c of page.captions) if (c.photographer) out.push({ span: c.photographer, article: page.blocks[c.block]?.article ?? -1 });
  return out.filter((n) => n.span.name.length === NAME_LEN);
}

function differsInOne(a: string, b: string): boolean {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) d++;
  return d === 1 && a[0] === b[0];
}

/** Does text at i differ from name in exactly one character (the
 *  surname, read at i already, the same)? Read in place: most places
 *  holding a surname character hold no name. */
function oneOffAt(text: string, i: number, name: string): boolean {
  let d = 0;
  for (let k = 1; k < name.length; k++) if (text.charCodeAt(i + k) !== name.charCodeAt(k)) d++;
  return d === 1;
}

/** Sound-alikes of `known` in the article text (text[lo, ...) as
 *  `article`): same surname, one character off. */
function soundAlikesIn(text: string, article: string, lo: number, known: string, out: [number, string][]): void {
  // Searched in the article's own text: on the page, a surname the article
  // lacks would be looked for to the page's end.
  const surname = known[0];
  for (let j = article.indexOf(surname); j >= 0 && j + NAME_LEN <= article.length; j = article.indexOf(surname, j + 1)) {
    const i = lo + j;
    if (!oneOffAt(text, i, known)) continue;
    const cand = text.slice(i, i + NAME_LEN);
    if (namesSoundAlike(cand, known)) out.push([i, cand]);
  }
}

export const rule = defineRule({
  id: 'name/variant',
  severity: 'warning',
  title: { zh: '人名写法不一', en: 'Name written two ways' },
  summary: {
    zh: '同音不同字的人名：署名与名册不符，或同一篇中写法不一（杜家毫/杜家豪）',
    en: 'a name that sounds like a roster or byline name but is written differently (杜家毫 / 杜家豪)',
  },
  message: {
    zh: (d) => `「${s(d.name)}」与「${s(d.known)}」同音不同字${d.roster ? '（人员名册）' : ''}，是否同一人？`,
    en: (d) => `「${s(d.name)}」 sounds like “${s(d.known)}”${d.roster ? ' (roster)' : ''} but is written differently: the same person?`,
  },
  fix: 'person',
  check(ctx) {
    const out: Draft[] = [];
    const roster = rosterNames(ctx.roster);
    const names = pageNames(ctx.page);
    const seen = new Set<number>();
    const push = (start: number, name: string, known: string, isRoster: boolean, related?: NameSpan) => {
      if (seen.has(start)) return;
      seen.add(start);
      out.push({
        start,
        end: start + name.length,
        data: { name, known, ...(isRoster ? { roster: 1 } : {}) },
        ...(related ? { related: [{ start: related.start, end: related.end, role: 'known-name' }] } : {}),
        fix: { safe: false, edits: [{ start, end: start + name.length, text: known, old: name }] },
      });
    };
    // A byline or photo credit name off the roster but sounding like a roster name.
    for (const { span } of names) {
      if (roster.has(span.name)) continue;
      for (const r of roster) if (differsInOne(span.name, r) && namesSoundAlike(span.name, r)) push(span.start, span.name, r, true);
    }
    // Inside one article: a sound-alike of a known name in the article's text.
    const text = ctx.text;
    for (const a of ctx.page.articles) {
      const known = new Set(roster);
      for (const n of names) if (n.article === a.index) known.add(n.span.name);
      if (known.size === 0) continue;
      const article = text.slice(a.start, a.end);
      for (const k of known) {
        const found: [number, string][] = [];
        soundAlikesIn(text, article, a.start, k, found);
        for (const [i, cand] of found) if (!names.some((n) => n.span.start === i && roster.has(n.span.name))) push(i, cand, k, roster.has(k) && !names.some((n) => n.span.name === k));
      }
    }
    return noneIfTraditional(ctx, out);
  },
});
