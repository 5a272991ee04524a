// The platform's Chinese word segmenter (ICU, through Intl.Segmenter), one
// per process, and the one question several checks ask of it: is this a
// word? The joins, the words pack and the repeated-character rule share
// both.

let segmenter: Intl.Segmenter | null | undefined;

/** One segmenter per process (construction is the expensive part); null
 *  where the runtime has no Intl.Segmenter (Node built with small-icu): the
 *  checks that need word evidence then stay silent rather than guess. */
export function zhWords(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

const wordCache = new Map<string, boolean>();

/** Does the segmenter read s (a few characters) as one word (智能, 就餐)?
 *  Remembered: a page re-checked after an edit asks the same. */
export function isWord(s: string): boolean {
  let v = wordCache.get(s);
  if (v === undefined) {
    const seg = zhWords();
    const first = seg ? seg.segment(s).containing(0) : undefined;
    v = !!first && first.isWordLike === true && first.segment.length === s.length;
    if (wordCache.size > 4096) wordCache.clear();
    wordCache.set(s, v);
  }
  return v;
}
