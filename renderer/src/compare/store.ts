// The compare view's state (对照, docs/design.md §7, issue 4): the two revisions,
// the ignore options, the comparison they give and the change the proofreader
// is on. Plain zustand (vanilla) so navigation and option toggles are
// unit-tested without a DOM; the comparison itself is the core's.
import { createStore } from 'zustand/vanilla';
import { compareDetailed, renderCompareReport, type Change, type CompareOptions, type DetailedComparison } from '../../../shared/compare';
import type { ExportRequest } from '../../../shared/ipc';

export interface Revision {
  name: string;
  /** Text as read (any line ends: the core treats CRLF and LF alike). */
  text: string;
}

/** Where the two revisions came from (shown in the bar, kept for a re-pick). */
export type CompareSource = 'files' | 'page-clean' | 'page-edits';

export type OptionKey = keyof CompareOptions;
export const OPTION_KEYS: OptionKey[] = ['ignoreWhitespace', 'ignorePunctuationWidth', 'ignoreLineBreaks'];

export interface CompareData {
  old: Revision | null;
  new: Revision | null;
  source: CompareSource | null;
  options: Required<CompareOptions>;
  detailed: DetailedComparison | null;
  /** Index into the comparison's changes; -1 before the first step. */
  current: number;
  /** Time the last comparison took (ms), shown beside the summary. */
  ms: number;
  /** One-line reason the comparison could not be made. */
  error: string | null;
}

export interface CompareActions {
  /** Both revisions at once (two files, or the page against its cleaned text). */
  setRevisions(old: Revision, next: Revision, source: CompareSource): void;
  /** One side; the comparison runs once both are there. */
  setRevision(side: 'old' | 'new', revision: Revision): void;
  swap(): void;
  setOption(key: OptionKey, on: boolean): void;
  toggleOption(key: OptionKey): void;
  /** F7 / N. Returns false at the last change (no wrap: the end is news). */
  next(): boolean;
  /** Shift+F7 / P. Returns false at the first change. */
  previous(): boolean;
  goTo(index: number): void;
  clear(): void;
  /** The HTML report of the comparison, ready for bridge.exportFile. */
  report(generated?: string): ExportRequest | null;
}

export type CompareStore = CompareData & CompareActions;

const NO_OPTIONS: Required<CompareOptions> = { ignoreWhitespace: false, ignorePunctuationWidth: false, ignoreLineBreaks: false };

const EMPTY: CompareData = {
  old: null,
  new: null,
  source: null,
  options: NO_OPTIONS,
  detailed: null,
  current: -1,
  ms: 0,
  error: null,
};

/** Where a change sits, for finding "the same place" after a recompute:
 *  its line in the new revision, or (a deletion) its old line, which in a
 *  revision is close to where it would stand. */
function anchorLine(c: Change): number {
  return c.new?.line ?? c.old?.line ?? 0;
}

/** The change of `changes` at or after `line`; the last one if none is. */
export function changeAtOrAfter(changes: readonly Change[], line: number): number {
  if (!changes.length) return -1;
  const i = changes.findIndex((c) => anchorLine(c) >= line);
  return i === -1 ? changes.length - 1 : i;
}

/** File name without its extension, safe in a download name. */
function stem(name: string): string {
  return (
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_')
      .slice(0, 60) || 'page'
  );
}

export function createCompareStore(compare: typeof compareDetailed = compareDetailed) {
  return createStore<CompareStore>()((set, get) => {
    /** Compare what is there; keep the proofreader near the change they were on. */
    const run = (patch: Partial<CompareData>) => {
      const s = { ...get(), ...patch };
      if (!s.old || !s.new) {
        set({ ...patch, detailed: null, current: -1, error: null });
        return;
      }
      const before = get().detailed;
      const anchor = before && get().current >= 0 ? anchorLine(before.comparison.changes[get().current]) : null;
      const t0 = performance.now();
      try {
        const detailed = compare(s.old.text, s.new.text, s.options);
        const ms = performance.now() - t0;
        const current = anchor === null ? -1 : changeAtOrAfter(detailed.comparison.changes, anchor);
        set({ ...patch, detailed, current, ms, error: null });
      } catch (e) {
        set({ ...patch, detailed: null, current: -1, error: e instanceof Error ? e.message : String(e) });
      }
    };

    return {
      ...EMPTY,

      setRevisions(old, next, source) {
        // New revisions: start before the first change.
        set({ current: -1, detailed: null });
        run({ old, new: next, source });
      },

      setRevision(side, revision) {
        set({ current: -1, detailed: null });
        run({ [side]: revision, source: 'files' });
      },

      swap() {
        const { old, new: next } = get();
        set({ current: -1, detailed: null });
        run({ old: next, new: old });
      },

      setOption(key, on) {
        if (get().options[key] === on) return;
        run({ options: { ...get().options, [key]: on } });
      },

      toggleOption(key) {
        get().setOption(key, !get().options[key]);
      },

      next() {
        const n = get().detailed?.comparison.changes.length ?? 0;
        const i = get().current;
        if (i + 1 >= n) return false;
        set({ current: i + 1 });
        return true;
      },

      previous() {
        const n = get().detailed?.comparison.changes.length ?? 0;
        const i = get().current;
        if (n === 0) return false;
        // From "before the first" a step back lands on the last change.
        if (i === -1) {
          set({ current: n - 1 });
          return true;
        }
        if (i <= 0) return false;
        set({ current: i - 1 });
        return true;
      },

      goTo(index) {
        const n = get().detailed?.comparison.changes.length ?? 0;
        if (index >= 0 && index < n) set({ current: index });
      },

      clear() {
        set({ ...EMPTY });
      },

      report(generated) {
        const { detailed, old, new: next, options } = get();
        if (!detailed || !old || !next) return null;
        const text = renderCompareReport(detailed, { oldName: old.name, newName: next.name, compareOptions: options, generated });
        return { kind: 'compare-html', suggestedName: `${stem(old.name)}__${stem(next.name)}.compare.html`, text };
      },
    };
  });
}

export const compareStore = createCompareStore();
