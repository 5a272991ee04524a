// The review of the page being worked on: its current text, the findings on
// it, decisions keyed by Finding.key, credit confirmations, and one undo/redo
// history for edits and decisions alike. Plain zustand (vanilla) so the logic
// is unit-tested without a DOM; components bind with `useStore`.
import { createStore } from 'zustand/vanilla';
import { checkText } from '../../../shared/check';
import { applyEdits, applyFindingFixes } from '../../../shared/fix';
import { hashText, type CreditConfirmation, type Decision, type ReviewState } from '../../../shared/review';
import { createSource } from '../../../shared/source';
import {
  CREDIT_ROLES,
  type CheckOptions,
  type CheckResult,
  type CreditEntry,
  type CreditRole,
  type Finding,
  type NameSpan,
  type Page,
  type TextEdit,
} from '../../../shared/types';

export type Checker = (text: string, options: CheckOptions) => CheckResult;
/** The same check off the UI thread (a Web Worker): typing on a slow page
 *  then never waits for it. Resolves with the result and the time it took. */
export type BackgroundChecker = (text: string, options: CheckOptions) => Promise<{ result: CheckResult; ms: number }>;

export type Credits = Partial<Record<CreditRole, CreditConfirmation>>;

interface Snapshot {
  text: string;
  decisions: Record<string, Decision>;
  credits: Credits;
}

export type ReviewNotice = { kind: 'source-changed' } | { kind: 'load-warning'; message: string };

export interface CreditRoleView {
  role: CreditRole;
  entry?: CreditEntry;
  names: NameSpan[];
  confirmation?: CreditConfirmation;
  /** Confirmed, but the names on the page have changed since. */
  stale: boolean;
}

/** Typing within this many ms of the previous keystroke is one undo step. */
export const TYPING_COALESCE_MS = 1000;
/** While typing, a re-check slower than this is deferred until typing pauses
 *  (the keystroke itself never waits for the checker). */
export const DEFER_CHECK_ABOVE_MS = 4;
export const DEFERRED_CHECK_DELAY_MS = 60;
const UNDO_LIMIT = 500;

export interface ReviewData {
  pageId: string | null;
  pageName: string;
  /** Original page text, LF line ends (what the sidecar hash is over). */
  source: string;
  /** Current text, LF line ends: the source plus manual edits. */
  text: string;
  decisions: Record<string, Decision>;
  credits: Credits;
  page: Page | null;
  findings: Finding[];
  /** Time the last re-check took (ms), shown in the status bar. */
  checkMs: number;
  /** The findings are of an earlier text: a deferred re-check is due. */
  stale: boolean;
  /** The text the findings' offsets refer to (equals `text` unless stale). */
  checkedText: string;
  selectedKey: string | null;
  undoStack: Snapshot[];
  redoStack: Snapshot[];
  /** Bumped on every change that must be saved (autosave watches it). */
  revision: number;
  notices: ReviewNotice[];
  options: CheckOptions;
}

export interface ReviewActions {
  load(pageId: string, name: string, original: string, saved: ReviewState | null, warning?: string): void;
  clear(): void;
  /** Run a deferred re-check now, if one is due. */
  flush(): void;
  setOptions(options: CheckOptions): void;
  /** Replace the text (editor input). `typing` coalesces undo steps. */
  setText(text: string, typing?: boolean, now?: number): void;
  select(key: string | null): void;
  /** F8 / Shift+F8. */
  move(direction: 1 | -1): Finding | undefined;
  /** Decide the given (default: selected) finding; accept/reject advance. */
  decide(decision: Decision, key?: string): void;
  /** Decide several findings as one undo step; returns how many changed. */
  decideMany(keys: readonly string[], decision: Decision): number;
  /** Accept every open finding whose fix is safe; returns how many. */
  acceptSafe(): number;
  confirmCredit(role: CreditRole, who: string, now?: Date): void;
  unconfirmCredit(role: CreditRole): void;
  /** Edit one name of a role in the page's credits line (empty = delete). */
  setCreditName(role: CreditRole, index: number, name: string): void;
  addCreditName(role: CreditRole, name: string): void;
  undo(): void;
  redo(): void;
  dismissNotice(index: number): void;
  reviewState(now?: Date): ReviewState | null;
  /** Current text with every accepted fix applied (LF line ends). */
  cleanedText(): string;
  creditRoles(): CreditRoleView[];
}

export type ReviewStore = ReviewData & ReviewActions;

const EMPTY: ReviewData = {
  pageId: null,
  pageName: '',
  source: '',
  text: '',
  decisions: {},
  credits: {},
  page: null,
  findings: [],
  checkMs: 0,
  stale: false,
  checkedText: '',
  selectedKey: null,
  undoStack: [],
  redoStack: [],
  revision: 0,
  notices: [],
  options: { locale: 'zh' },
};

const isOpen = (d: Decision | undefined) => d === undefined || d === 'left';
const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createReviewStore(checker: Checker = checkText, clock: () => number = () => Date.now(), background?: BackgroundChecker) {
  let lastTypingAt = -Infinity;
  let deferred: ReturnType<typeof setTimeout> | undefined;

  return createStore<ReviewStore>()((set, get) => {
    const run = (text: string, options: CheckOptions) => {
      if (deferred) clearTimeout(deferred);
      deferred = undefined;
      const t0 = performance.now();
      const result = checker(text, options);
      return { page: result.page, findings: result.findings, checkMs: performance.now() - t0, stale: false, checkedText: text };
    };

    /** Everything that reads findings against the text first brings them up
     *  to date, so offsets and text never come from two different versions. */
    const fresh = () => {
      const s = get();
      if (s.stale) set(run(s.text, s.options));
    };

    /** Findings of `text` from the background checker, taken only if the
     *  text is still the one typed (a later keystroke sent its own) and no
     *  synchronous re-check got there first. */
    const checkInBackground = (text: string, options: CheckOptions) => {
      background!(text, options).then(
        ({ result, ms }) => {
          const s = get();
          if (!s.stale || s.text !== text || s.options !== options) return;
          set({ page: result.page, findings: result.findings, checkMs: ms, stale: false, checkedText: text });
        },
        // A failed background check leaves the page stale: the next action
        // that needs findings re-checks on this thread.
        () => undefined,
      );
    };

    const snapshot = (): Snapshot => {
      const s = get();
      return { text: s.text, decisions: s.decisions, credits: s.credits };
    };

    /** Record an undoable change: push the state before it, clear redo. */
    const commit = (patch: Partial<Snapshot>, extra: Partial<ReviewData> = {}) => {
      const s = get();
      const undoStack = [...s.undoStack, snapshot()].slice(-UNDO_LIMIT);
      const next: Partial<ReviewData> = { ...patch, ...extra, undoStack, redoStack: [], revision: s.revision + 1 };
      if (patch.text !== undefined && patch.text !== s.text) Object.assign(next, run(patch.text, s.options));
      set(next);
    };

    const restore = (snap: Snapshot, undoStack: Snapshot[], redoStack: Snapshot[]) => {
      const s = get();
      const next: Partial<ReviewData> = { ...snap, undoStack, redoStack, revision: s.revision + 1 };
      if (snap.text !== s.text) Object.assign(next, run(snap.text, s.options));
      lastTypingAt = -Infinity;
      set(next);
    };

    const nextOpenAfter = (findings: Finding[], decisions: Record<string, Decision>, from: Finding): string | null => {
      const i = findings.indexOf(from);
      for (let k = 1; k <= findings.length; k++) {
        const f = findings[(i + k) % findings.length];
        if (f !== from && isOpen(decisions[f.key])) return f.key;
      }
      return from.key;
    };

    /** An edit made on the text as it is now (it expects what is there). */
    const textEdit = (edit: Omit<TextEdit, 'old'>) => {
      const s = get();
      lastTypingAt = -Infinity;
      commit({ text: applyEdits(s.text, [{ ...edit, old: s.text.slice(edit.start, edit.end) }]) });
    };

    return {
      ...EMPTY,

      load(pageId, name, original, saved, warning) {
        const source = createSource(original).text;
        const notices: ReviewNotice[] = [];
        if (warning) notices.push({ kind: 'load-warning', message: warning });
        if (saved && saved.sourceHash !== hashText(source)) notices.push({ kind: 'source-changed' });
        const text = saved?.text ?? source;
        lastTypingAt = -Infinity;
        set({
          ...EMPTY,
          options: get().options,
          pageId,
          pageName: name,
          source,
          text,
          decisions: { ...(saved?.decisions ?? {}) },
          credits: { ...(saved?.credits ?? {}) },
          notices,
          revision: 0,
          ...run(text, get().options),
        });
      },

      flush() {
        fresh();
      },

      clear() {
        set({ ...EMPTY, options: get().options });
      },

      setOptions(options) {
        const s = get();
        set({ options, ...(s.pageId ? run(s.text, options) : {}) });
      },

      setText(text, typing = true, now = clock()) {
        const s = get();
        if (text === s.text || !s.pageId) return;
        const coalesce = typing && now - lastTypingAt < TYPING_COALESCE_MS && s.undoStack.length > 0;
        lastTypingAt = typing ? now : -Infinity;
        // With a background checker every keystroke is re-checked off this
        // thread; without one, a slow page is re-checked when typing pauses.
        if (typing && (background || s.checkMs > DEFER_CHECK_ABOVE_MS)) {
          // Show the keystroke now; the findings follow.
          const undo = coalesce ? {} : { undoStack: [...s.undoStack, snapshot()].slice(-UNDO_LIMIT) };
          set({ text, stale: true, redoStack: [], revision: s.revision + 1, ...undo });
          if (deferred) clearTimeout(deferred);
          if (background) {
            checkInBackground(text, s.options);
            return;
          }
          deferred = setTimeout(() => {
            deferred = undefined;
            fresh();
          }, DEFERRED_CHECK_DELAY_MS);
          return;
        }
        if (coalesce) {
          // Same burst of typing: extend the last undo step instead of adding one.
          set({ text, redoStack: [], revision: s.revision + 1, ...run(text, s.options) });
        } else {
          commit({ text });
        }
      },

      select(key) {
        set({ selectedKey: key });
      },

      move(direction) {
        fresh();
        const { findings, selectedKey } = get();
        if (findings.length === 0) return undefined;
        const i = findings.findIndex((f) => f.key === selectedKey);
        const next =
          i === -1
            ? direction === 1
              ? findings[0]
              : findings[findings.length - 1]
            : findings[(i + direction + findings.length) % findings.length];
        set({ selectedKey: next.key });
        return next;
      },

      decide(decision, key) {
        fresh();
        const s = get();
        const k = key ?? s.selectedKey;
        const finding = s.findings.find((f) => f.key === k);
        if (!finding) return;
        if ((s.decisions[finding.key] ?? 'left') === decision) return;
        const decisions = { ...s.decisions };
        if (decision === 'left') delete decisions[finding.key];
        else decisions[finding.key] = decision;
        lastTypingAt = -Infinity;
        const selectedKey =
          decision === 'left' || finding.key !== s.selectedKey
            ? s.selectedKey
            : nextOpenAfter(s.findings, decisions, finding);
        commit({ decisions }, { selectedKey });
      },

      decideMany(keys, decision) {
        fresh();
        const s = get();
        const known = new Set(s.findings.map((f) => f.key));
        const decisions = { ...s.decisions };
        let n = 0;
        for (const key of keys) {
          if (!known.has(key) || (decisions[key] ?? 'left') === decision) continue;
          if (decision === 'left') delete decisions[key];
          else decisions[key] = decision;
          n++;
        }
        if (n === 0) return 0;
        lastTypingAt = -Infinity;
        commit({ decisions });
        return n;
      },

      acceptSafe() {
        fresh();
        const s = get();
        const safe = s.findings.filter((f) => f.fix?.safe && f.fix.edits.length > 0 && isOpen(s.decisions[f.key]));
        if (safe.length === 0) return 0;
        const decisions = { ...s.decisions };
        for (const f of safe) decisions[f.key] = 'accepted';
        lastTypingAt = -Infinity;
        commit({ decisions });
        return safe.length;
      },

      confirmCredit(role, who, now = new Date()) {
        fresh();
        const view = get()
          .creditRoles()
          .find((r) => r.role === role);
        const names = view ? view.names.map((n) => n.name) : [];
        lastTypingAt = -Infinity;
        commit({
          credits: { ...get().credits, [role]: { role, names, confirmedBy: who, confirmedAt: now.toISOString() } },
        });
      },

      unconfirmCredit(role) {
        const credits = { ...get().credits };
        if (!credits[role]) return;
        delete credits[role];
        lastTypingAt = -Infinity;
        commit({ credits });
      },

      setCreditName(role, index, name) {
        fresh();
        const view = get()
          .creditRoles()
          .find((r) => r.role === role);
        const span = view?.names[index];
        if (!span) return;
        const clean = name.replace(/\s+/g, '');
        if (clean === span.name) return;
        if (clean) {
          textEdit({ start: span.start, end: span.end, text: clean });
          return;
        }
        // Delete the name with the space before it.
        const text = get().text;
        let start = span.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
        textEdit({ start, end: span.end, text: '' });
      },

      addCreditName(role, name) {
        fresh();
        const clean = name.replace(/\s+/g, '');
        if (!clean) return;
        const s = get();
        const view = s.creditRoles().find((r) => r.role === role);
        if (view?.entry) {
          const at = view.names.length ? view.names[view.names.length - 1].end : view.entry.end;
          textEdit({ start: at, end: at, text: ' ' + clean });
        } else if (s.page?.credits) {
          const at = s.page.credits.end;
          textEdit({ start: at, end: at, text: ` ${role} ${clean}` });
        } else {
          // No credits line yet: add one with all four roles, so the parser
          // sees a credits line and the other roles show as missing names.
          const line = CREDIT_ROLES.map((r) => (r === role ? `${r} ${clean}` : r)).join(' ');
          textEdit({ start: 0, end: 0, text: `${line}\n\n` });
        }
      },

      undo() {
        fresh();
        const s = get();
        const prev = s.undoStack[s.undoStack.length - 1];
        if (!prev) return;
        restore(prev, s.undoStack.slice(0, -1), [...s.redoStack, snapshot()]);
      },

      redo() {
        fresh();
        const s = get();
        const next = s.redoStack[s.redoStack.length - 1];
        if (!next) return;
        restore(next, [...s.undoStack, snapshot()], s.redoStack.slice(0, -1));
      },

      dismissNotice(index) {
        set({ notices: get().notices.filter((_, i) => i !== index) });
      },

      reviewState(now = new Date()) {
        const s = get();
        if (!s.pageId) return null;
        return {
          version: 1,
          page: s.pageName,
          sourceHash: hashText(s.source),
          text: s.text === s.source ? undefined : s.text,
          decisions: s.decisions,
          credits: s.credits,
          updatedAt: now.toISOString(),
        };
      },

      cleanedText() {
        fresh();
        const s = get();
        const accepted = s.findings.filter((f) => s.decisions[f.key] === 'accepted' && f.fix);
        return applyFindingFixes(s.text, accepted).text;
      },

      creditRoles() {
        // Pure read (called while rendering); writers call fresh() first.
        const s = get();
        const entries = s.page?.credits?.entries ?? [];
        return CREDIT_ROLES.map((role) => {
          const entry = entries.find((e) => e.role === role);
          const names = entry?.names ?? [];
          const confirmation = s.credits[role];
          const stale = !!confirmation && !sameNames(confirmation.names, names.map((n) => n.name));
          return { role, entry, names, confirmation, stale };
        });
      },
    };
  });
}

/** Counts of open findings by severity, for the page list and folder view. */
export function summarize(findings: readonly Finding[], decisions: Record<string, Decision>, credits: Credits) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (!isOpen(decisions[f.key])) continue;
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  const confirmed = CREDIT_ROLES.filter((r) => credits[r]).length;
  return { errors, warnings, infos, confirmed };
}
export type PageSummary = ReturnType<typeof summarize>;
