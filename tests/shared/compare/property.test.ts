import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { compareDetailed, type ChangePart, type CompareOptions, type DetailedComparison } from '../../../shared/compare';
import { createSource } from '../../../shared/source';

const read = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
// Small real pieces, so each run is quick: the broken sentence of 001, a
// byline block of 000, half-width punctuation of 002.
const BASES = [
  read('001_090f44e9df0cafa1.txt').split('\n').slice(36, 50).join('\n'),
  read('000_9801057ab119ebec.txt').split('\n').slice(50, 66).join('\n'),
  read('002_6323321094799b0d.txt').split('\n').slice(0, 30).join('\n'),
];

const PIECES = ['市北', '，', ',', '。', '“', '”', '\n', '\n\n', ' ', '\u3000', '\r\n', '融入生', '活场景', 'abc', '■', '　', '的'];
const insertion = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));

interface Edit {
  at: number;
  del: number;
  ins: string;
}
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.nat({ max: 40 }),
  ins: fc.oneof(fc.constant(''), insertion),
});

function applyEdits(base: string, edits: Edit[]): string {
  let t = base;
  for (const e of edits) {
    const at = Math.floor(e.at * t.length);
    t = t.slice(0, at) + e.ins + t.slice(Math.min(t.length, at + e.del));
  }
  return t;
}

const nonBlank = (text: string) =>
  createSource(text.replace(/^\ufeff/, ''))
    .text.split('\n')
    .filter((l) => /[^\s\u3000\u200b\ufeff]/.test(l));

const spell = (parts: ChangePart[], keep: 'delete' | 'insert') =>
  parts
    .filter((p) => p.type === 'equal' || p.type === keep)
    .map((p) => p.text)
    .join('');

/** Both revisions, line by line, as the rows and changes spell them. */
function rebuild(d: DetailedComparison, which: 'old' | 'new'): string[] {
  const out: string[] = [];
  for (const r of d.rows) {
    if (r.kind === 'equal') out.push(...r[which].map((l) => l.text));
    else if (r.kind === 'moved-from') {
      if (which === 'old') out.push(...r.old.map((l) => l.text));
    } else if (r.kind === 'moved-to') {
      if (which === 'new') out.push(...r.new.map((l) => l.text));
    } else {
      const c = d.comparison.changes[r.change!];
      out.push(...spell(c.parts, which === 'old' ? 'delete' : 'insert').split('\n'));
    }
  }
  return out.filter((l) => /[^\s\u3000\u200b\ufeff]/.test(l));
}

function linesOf(text: string, from: number, to: number): string {
  return createSource(text).text.split('\n').slice(from - 1, to).join('\n');
}

describe('compare property: the reported changes spell both revisions', () => {
  it('equal + delete parts give the old text and equal + insert parts the new, for arbitrary edits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(editArb, { maxLength: 8 }), (base, edits) => {
        const next = applyEdits(base, edits);
        const d = compareDetailed(base, next);
        // Every change spells exactly its lines on both sides.
        for (const c of d.comparison.changes) {
          if (c.old) expect(spell(c.parts, 'delete')).toBe(linesOf(base, c.old.line, c.old.endLine));
          else expect(c.parts.every((p) => p.type === 'insert')).toBe(true);
          if (c.new) expect(spell(c.parts, 'insert')).toBe(linesOf(next, c.new.line, c.new.endLine));
          else expect(c.parts.every((p) => p.type === 'delete')).toBe(true);
        }
        // And the rows, in order, cover both revisions line for line.
        expect(rebuild(d, 'old')).toEqual(nonBlank(base));
        expect(rebuild(d, 'new')).toEqual(nonBlank(next));
        expect(d.comparison.equal).toBe(d.comparison.changes.length === 0);
        if (d.comparison.equal) expect(nonBlank(next)).toEqual(nonBlank(base));
      }),
      { numRuns: 150 },
    );
  });

  it('a paragraph moved elsewhere (and maybe edited) still spells both revisions', () => {
    const page = read('000_9801057ab119ebec.txt');
    const paras = page.split('\n\n');
    fc.assert(
      fc.property(fc.nat({ max: paras.length - 1 }), fc.nat({ max: paras.length - 1 }), fc.array(editArb, { maxLength: 2 }), (from, to, edits) => {
        const moved = [...paras];
        const [p] = moved.splice(from, 1);
        moved.splice(to, 0, applyEdits(p, edits));
        const next = moved.join('\n\n');
        const d = compareDetailed(page, next);
        expect(rebuild(d, 'old')).toEqual(nonBlank(page));
        expect(rebuild(d, 'new')).toEqual(nonBlank(next));
      }),
      { numRuns: 40 },
    );
  });

  it('under every ignore option, equal + insert parts still give the new text exactly', () => {
    const optionsArb: fc.Arbitrary<CompareOptions> = fc.record({
      ignoreWhitespace: fc.boolean(),
      ignorePunctuationWidth: fc.boolean(),
      ignoreLineBreaks: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.constantFrom(...BASES), fc.array(editArb, { maxLength: 6 }), optionsArb, (base, edits, options) => {
        const next = applyEdits(base, edits);
        const d = compareDetailed(base, next, options);
        for (const c of d.comparison.changes) {
          if (c.new) expect(spell(c.parts, 'insert')).toBe(linesOf(next, c.new.line, c.new.endLine));
        }
        expect(rebuild(d, 'new')).toEqual(nonBlank(next));
      }),
      { numRuns: 100 },
    );
  });
});
