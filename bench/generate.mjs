// Seeded inputs for the benchmark: every figure in bench/results.json is
// measured on text made here from resources/samples, the same bytes on every
// run and machine (no Math.random, no dates).

/** mulberry32: small, fast, and the same sequence everywhere. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (xs) => xs[Math.floor(next() * xs.length)];
  return next;
}

const CJK = /[\u4e00-\u9fff]/;
/** Full-width marks and the half-width spelling an OCR or a hurried typist gives them. */
const WIDTH_SWAP = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' };

/** Paragraphs = non-blank lines (the samples separate them with blank lines). */
export function paragraphs(text) {
  return text.split('\n').filter((l) => l.trim() !== '');
}

/** Code points, not UTF-16 units (all the same for these pages, but say what we count). */
export function charCount(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * `count` small, non-overlapping edits of the kinds a proofreader makes on an
 * OCR page: a character corrected, one inserted or deleted, a short phrase
 * inserted or deleted, a mark's width changed. Only inside paragraphs of
 * at least `minLine` characters (not the masthead or credits line).
 */
export function smallEdits(text, count, rnd, { minLine = 40 } = {}) {
  const cjk = [...text].filter((c) => CJK.test(c));
  // Candidate positions: CJK characters or swappable marks in long lines.
  const cand = [];
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i - lineStart >= minLine) {
        for (let j = lineStart + 2; j < i - 2; j++) {
          if (CJK.test(text[j]) || WIDTH_SWAP[text[j]]) cand.push(j);
        }
      }
      lineStart = i + 1;
    }
  }
  const chosen = new Set();
  const edits = [];
  let guard = 0;
  while (edits.length < count && guard++ < count * 50 && cand.length) {
    const at = cand[rnd.int(cand.length)];
    // Keep edits at least 6 code units apart so they stay separate changes.
    let near = false;
    for (let d = -6; d <= 6; d++) if (chosen.has(at + d)) near = true;
    if (near) continue;
    chosen.add(at);
    const c = text[at];
    let edit;
    if (WIDTH_SWAP[c]) edit = { start: at, end: at + 1, text: WIDTH_SWAP[c], kind: 'width' };
    else {
      const k = rnd.int(5);
      if (k === 0 || k === 1) edit = { start: at, end: at + 1, text: rnd.pick(cjk), kind: 'replace' };
      else if (k === 2) edit = { start: at, end: at, text: rnd.pick(cjk), kind: 'insert' };
      else if (k === 3) edit = { start: at, end: at + 1, text: '', kind: 'delete' };
      else {
        const len = 2 + rnd.int(3);
        let phrase = '';
        for (let i = 0; i < len; i++) phrase += rnd.pick(cjk);
        edit = rnd() < 0.5 ? { start: at, end: at, text: phrase, kind: 'insert-phrase' } : { start: at, end: Math.min(at + 2, text.length), text: '', kind: 'delete-phrase' };
      }
    }
    edits.push(edit);
  }
  return edits;
}

export function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * Move one long paragraph (≥ 100 characters) at least five paragraphs away,
 * keeping the blank-line layout. Returns the new text and what moved.
 */
export function moveParagraph(text, rnd) {
  const blocks = text.split(/\n\n+/);
  const long = blocks.map((b, i) => [b, i]).filter(([b, i]) => charCount(b) >= 100 && i > 2);
  if (long.length < 2) return { text, moved: null };
  const [, from] = rnd.pick(long);
  let to;
  do to = 2 + rnd.int(blocks.length - 2);
  while (Math.abs(to - from) < 5);
  const [block] = blocks.splice(from, 1);
  blocks.splice(to > from ? to - 1 : to, 0, block);
  return { text: blocks.join('\n\n'), moved: { from, to, chars: charCount(block) } };
}

/** A realistic revision: `edits` small edits, then one moved paragraph. */
export function realisticRevision(text, seed = 5, edits = 50) {
  const rnd = prng(seed);
  const e = smallEdits(text, edits, rnd);
  const edited = applyEdits(text, e);
  const { text: moved, moved: info } = moveParagraph(edited, rnd);
  return { text: moved, edits: e.length, moved: info };
}

/** Take exactly `n` code points from `text` repeated. */
function takeChars(text, n) {
  let out = '';
  let count = 0;
  while (count < n) {
    for (const c of text) {
      out += c;
      if (++count === n) break;
    }
  }
  return out;
}

/** A 20,000-character page: the samples one after another, repeated as needed. */
export function longPage(samples, n = 20000) {
  return takeChars(samples.join('\n\n'), n);
}

/**
 * A page unrelated to `text` but shaped like it: the same characters
 * (so the same common characters 的/是/， a real unrelated page shares),
 * shuffled, cut into paragraphs of the original's lengths in another order.
 */
export function unrelatedPage(text, seed = 7) {
  const rnd = prng(seed);
  const chars = [...text.replace(/\s+/g, '')];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  const lens = paragraphs(text).map(charCount);
  for (let i = lens.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [lens[i], lens[j]] = [lens[j], lens[i]];
  }
  const target = charCount(text);
  const paras = [];
  let at = 0;
  for (let k = 0; at < chars.length; k++) {
    const len = Math.max(8, lens[k % lens.length]);
    paras.push(chars.slice(at, at + len).join(''));
    at += len;
  }
  return takeChars(paras.join('\n\n'), target);
}

/**
 * One page of the 1,000-page batch: sample i mod 3 with ~12 small edits, a
 * doubled mark, sometimes a moved or a repeated paragraph (things the rules
 * look for), and the encodings and line ends a newsroom's exports come in.
 */
export function batchPage(samples, i) {
  const rnd = prng(1000 + i);
  let text = samples[i % samples.length];
  text = applyEdits(text, smallEdits(text, 8 + rnd.int(8), rnd));
  if (rnd() < 0.3) text = moveParagraph(text, rnd).text;
  if (rnd() < 0.2) {
    const ps = paragraphs(text).filter((p) => charCount(p) > 80);
    if (ps.length) text += '\n\n' + rnd.pick(ps) + '\n';
  }
  const at = text.indexOf('。', rnd.int(text.length));
  if (at > 0) text = text.slice(0, at) + '。' + text.slice(at);
  const crlf = i % 5 === 4;
  const encoding = i % 10 === 9 ? 'gb18030' : i % 25 === 3 ? 'utf8-bom' : 'utf8';
  if (crlf) text = text.replace(/\n/g, '\r\n');
  return { text, encoding };
}

/** One-character edits of a page for the re-check measurement: `n` variants. */
export function oneCharEdits(text, n, seed = 11) {
  const rnd = prng(seed);
  const edits = smallEdits(text, n, rnd, { minLine: 40 });
  return edits.map((e, k) => {
    // Always exactly one character: a replacement, or a mark's width swap.
    const one = e.kind === 'width' ? e : { start: e.start, end: e.start + 1, text: text[e.start] === '的' ? '是' : '的' };
    return applyEdits(text, [one]);
  });
}
