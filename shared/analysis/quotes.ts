// Unpaired quotation marks and brackets, found on logical paragraphs: a
// sentence broken across blocks is read joined (`…“引导农工商公司` +
// `参与改造”的方式` pairs), and a paragraph break alone never unbalances a
// quotation (GB/T 15834: each paragraph of a multi-paragraph quotation opens
// with “ and only the last one closes).
//
// A mark explained by lost text is not reported again: the leading closer of
// a fragment (its opening went with the lost beginning) and the open marks of
// a truncated paragraph (their closers went with the lost end).
import { defineAnalysis } from './context';
import type { BlockKind, Page } from '../types';
import { CONTINUATIONS, type Continuations } from './continuations';
import { pairMarks, pairOf, PAIR_OF, trimEnd, type Mark } from './marks';

export interface UnpairedMark extends Mark {
  /** The mark it lacks. */
  pair: string;
}

/** Display lines read together (a kicker may open what the headline closes). */
const TITLE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['kicker', 'headline', 'subhead']);
/** Checked one block at a time. */
const SINGLE_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['heading', 'caption', 'list-item']);

export const UNPAIRED_MARKS = defineAnalysis('unpaired-marks', (ctx) =>
  findUnpairedMarks(ctx.page, ctx.get(CONTINUATIONS)),
);

export function findUnpairedMarks(page: Page, cont: Continuations): UnpairedMark[] {
  const text = page.text;
  const out: Mark[] = [];
  const fragments = new Set(cont.fragments);
  const truncated = new Set(cont.truncated);

  for (const chain of cont.chains) {
    let stack: readonly Mark[];
    let unmatched: readonly Mark[];
    if (chain.length === 1) {
      // Read on its own already.
      ({ open: stack, unmatched } = cont.paragraphs[chain[0]].marks);
    } else {
      const s: Mark[] = [];
      const u: Mark[] = [];
      for (const i of chain) {
        const p = cont.paragraphs[i];
        pairMarks(text, p.start, p.end, s, u);
      }
      stack = s;
      unmatched = u;
    }
    const head = cont.paragraphs[chain[0]];
    // Lost text explains one mark of each kind: the lost beginning of a
    // fragment held the opening of its first unpaired closer of each kind,
    // the lost end of a truncated paragraph the closing of its last open
    // mark of each kind. Any more than that is a pairing error of its own.
    // Made only where lost text explains something (most chains: nothing).
    let explained: Set<Mark> | undefined;
    if (fragments.has(head.index) && unmatched.length > 0) {
      explained = new Set<Mark>();
      const kinds = new Set<string>();
      for (const m of unmatched) {
        if (m.at < head.start || m.at >= head.end || PAIR_OF[m.mark] !== undefined || kinds.has(m.mark)) continue;
        kinds.add(m.mark);
        explained.add(m);
      }
    }
    for (const m of unmatched) if (!explained?.has(m)) out.push(m);
    const last = cont.paragraphs[chain[chain.length - 1]];
    const lostEnd = truncated.has(last.index);
    if (lostEnd && stack.length > 0) {
      explained ??= new Set<Mark>();
      const kinds = new Set<string>();
      for (let k = stack.length - 1; k >= 0; k--) {
        if (kinds.has(stack[k].mark)) continue;
        kinds.add(stack[k].mark);
        explained.add(stack[k]);
      }
    }
    // A quotation running on into a next paragraph that opens with “: a
    // quoted passage, opening the paragraph or a sentence (`…第一批入驻。“刚
    // 来的时候…`) or introduced by ：or ，(`他说：“…`), not a mark lost in
    // the middle of a sentence (`打造“时光轨迹…`).
    const following = last.following >= 0 ? cont.paragraphs[last.following] : undefined;
    const runsOn = !lostEnd && following !== undefined && text[following.start] === '“';
    for (const m of stack) {
      if (explained?.has(m)) continue;
      const introduced = m.at === head.start || '：:，,。！？'.includes(text[m.at - 1]);
      if (!(runsOn && m.mark === '“' && introduced)) out.push(m);
    }
  }

  // Display lines, captions, 小标题: each on its own (titles in a run).
  const blocks = page.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const kind = blocks[b].kind;
    if (!TITLE_KINDS.has(kind) && !SINGLE_KINDS.has(kind)) continue;
    let e = b;
    if (TITLE_KINDS.has(kind)) {
      while (e + 1 < blocks.length && TITLE_KINDS.has(blocks[e + 1].kind) && blocks[e + 1].article === blocks[b].article) e++;
    }
    const stack: Mark[] = [];
    for (let k = b; k <= e; k++) {
      const blk = blocks[k];
      pairMarks(text, blk.textStart, trimEnd(text, blk.textStart, blk.end), stack, out);
    }
    out.push(...stack);
    b = e;
  }

  out.sort((x, y) => x.at - y.at);
  return out.map((m) => ({ at: m.at, mark: m.mark, pair: pairOf(m.mark) }));
}
