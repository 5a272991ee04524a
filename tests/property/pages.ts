// Generated pages for property tests: real sample blocks and random Chinese
// paragraphs, in a random order, with random OCR/layout damage (split
// paragraphs, doubled marks, half-width punctuation, repeated sentences and
// characters, CRLF line ends).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';

const DIR = path.resolve(__dirname, '../../resources/samples');
const SAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(DIR, f), 'utf8'));

export const SAMPLE_BLOCKS: string[] = SAMPLES.flatMap((t) =>
  t
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean),
);

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研'.split('');

const sentence = fc
  .tuple(fc.array(fc.constantFrom(...HAN), { minLength: 4, maxLength: 24 }), fc.constantFrom('。', '！', '？', '，', ''), fc.boolean())
  .map(([cs, end, quoted]) => (quoted ? '“' + cs.join('') + '”' : cs.join('')) + end);

const randomParagraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(''));

type Damage = { kind: 'split' | 'double-mark' | 'halfwidth' | 'dup-sentence' | 'double-char'; a: number; b: number };

const damage: fc.Arbitrary<Damage> = fc.record({
  kind: fc.constantFrom('split', 'double-mark', 'halfwidth', 'dup-sentence', 'double-char'),
  a: fc.nat(),
  b: fc.nat(),
});

const HALF: Record<string, string> = { '，': ',', '；': ';', '：': ':', '（': '(', '）': ')', '！': '!', '？': '?' };

function positions(s: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(re)) out.push(m.index!);
  return out;
}

function applyDamage(blocks: string[], d: Damage): void {
  if (blocks.length === 0) return;
  const i = d.a % blocks.length;
  const b = blocks[i];
  switch (d.kind) {
    case 'split': {
      if (b.length < 6) return;
      const at = 2 + (d.b % (b.length - 4));
      blocks.splice(i, 1, b.slice(0, at), b.slice(at));
      return;
    }
    case 'double-mark': {
      const ps = positions(b, /[“”《》（）]/g);
      if (!ps.length) return;
      const p = ps[d.b % ps.length];
      blocks[i] = b.slice(0, p + 1) + b[p] + b.slice(p + 1);
      return;
    }
    case 'halfwidth': {
      const ps = positions(b, /[，；：（）！？]/g);
      if (!ps.length) return;
      const p = ps[d.b % ps.length];
      blocks[i] = b.slice(0, p) + HALF[b[p]] + b.slice(p + 1);
      return;
    }
    case 'dup-sentence': {
      const m = /^[^。！？]{4,}[。！？]/.exec(b);
      if (!m) return;
      blocks[i] = m[0] + b;
      return;
    }
    case 'double-char': {
      const ps = positions(b, /[\u4e00-\u9fff]/g);
      if (!ps.length) return;
      const p = ps[d.b % ps.length];
      blocks[i] = b.slice(0, p + 1) + b[p] + b.slice(p + 1);
      return;
    }
  }
}

export const pageArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...SAMPLE_BLOCKS), randomParagraph), { minLength: 1, maxLength: 30 }),
    fc.array(damage, { maxLength: 12 }),
    fc.boolean(),
    // How the layout system or OCR tool sets paragraphs: blank lines between
    // them, one per line, or hard-wrapped at a width (indented or not).
    fc.constantFrom('blank', 'lines', 'wrap', 'wrap-indent'),
    fc.integer({ min: 12, max: 40 }),
  )
  .map(([blocks, damages, crlf, layout, width]) => {
    let bs = [...blocks];
    for (const d of damages) applyDamage(bs, d);
    if (layout === 'wrap' || layout === 'wrap-indent') bs = bs.map((b) => hardWrap(b, width, layout === 'wrap-indent'));
    const text = bs.join(layout === 'blank' || layout === 'wrap' ? '\n\n' : '\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** A paragraph cut into lines of `width` characters, the first indented 　　. */
function hardWrap(block: string, width: number, indent: boolean): string {
  if (block.length <= width) return block;
  const lines: string[] = [];
  for (let i = 0; i < block.length; i += width) lines.push(block.slice(i, i + width));
  return (indent ? '\u3000\u3000' : '') + lines.join('\n');
}

/** Count of each Han character. */
export function hanCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

export function hanTotal(s: string): number {
  let n = 0;
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}

/** Whitespace a layout export or OCR tool may leave around marks: ideographic
 *  space, no-break space, tab, the U+2000–U+200B spaces, a stray BOM. */
export const PAD_CHARS = ['\u3000', '\u00a0', '\t', ' ', '\u2002', '\u2003', '\u2009', '\u200b', '\ufeff'];

const pad = fc.array(fc.constantFrom(...PAD_CHARS), { minLength: 0, maxLength: 3 }).map((cs) => cs.join(''));

/** Markdown heading marks, caption and list markers a block may start with. */
const MARKER = fc.constantFrom('', '', '# ', '## ', '#', '■', '□', '▲', '●', '- ', '1. ');

/** A sample block with whitespace and markers around its start and end. */
const paddedBlock = fc
  .tuple(fc.constantFrom(...SAMPLE_BLOCKS), MARKER, pad, pad, pad)
  .map(([b, marker, before, after, end]) => {
    // Pad inside the first line too (names spaced 张　羽, 记者　余瑞新).
    const first = b.split('\n')[0];
    const sp = first.indexOf(' ');
    const line = sp > 0 ? first.slice(0, sp) + after + first.slice(sp) : first;
    return before + marker + after + line + end + b.slice(first.length);
  });

/** Pages of padded blocks (blank lines or one per line, LF or CRLF). */
export const paddedPageArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(paddedBlock, { minLength: 1, maxLength: 20 }), fc.boolean(), fc.boolean())
  .map(([blocks, blank, crlf]) => {
    const text = blocks.join(blank ? '\n\n' : '\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
