// The review of the page being worked on: its current text, the findings on
// it, decisions keyed by Finding.key, credit confirmations, and one undo/redo
// history for edits and decisions alike. Plain zustand (vanilla) so the logic
// is unit-tested without a DOM; components bind with `useStore`.
import { createStore } from 'zustand/vanilla';
import { checkText } from '../../../shared/check';
import { applyEdits, applyFindingFixes } from '../../../shared/fix';
import {
  hashText,
  roundLabel,
  type AuditEntry,
  type CreditConfirmation,
  type Decision,
  type ProofRound,
  type ReviewState,
  type Stamp,
  type TextVersion,
} from '../../../shared/review';
import { recordChanges, roundEntry, type ChangeContext, type StampBook } from '../../../shared/review-audit';
import { mergeReviews, sameReview } from '../../../shared/review-merge';
import type { ProfileChoice } from '../../../shared/profiles/detect';
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

export type ReviewNotice =
  | { kind: 'load-warning'; message: string }
  /** The page file is a new proof: decisions carried over; the text before it
   *  (last closed round, or the earlier edited text) to compare against. */
  | { kind: 'new-proof'; previous?: { label: string; round?: number; text: string } }
  /** Someone else saved: what they did (who, when). */
  | { kind: 'remote'; entries: AuditEntry[] };

/** The stamps and trail kept beside the decisions, credits and text. */
interface Ledger {
  textStamp: Stamp;
  textHistory: TextVersion[];
  decisionStamps: Record<string, Stamp>;
  withdrawn: Partial<Record<CreditRole, Stamp>>;
  audit: AuditEntry[];
  rounds: ProofRound[];
}

/** What a change is, beyond the snapshot difference (for the audit trail). */
type Hint = Partial<Pick<ChangeContext, 'names' | 'burst'>> & { by?: string; at?: string };

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

export interface ReviewData extends Ledger {
  /** Who is working (the reviewer's name): recorded with every change. */
  actor: string;
  pageId: string | null;
  pageName: string;
  /** Original page text, LF line ends (what the sidecar hash is over). */
  source: string;
  /** Current text, LF line ends: the source plus manual edits. */
  text: string;
  decisions: Record<string, Decision>;
  credits: Credits;
  page: Page | null;
  /** Every finding, uncertain ones too: the views choose what to show
   *  (lib/panel.ts `shownFindings`), so decisions on hidden ones are kept. */
  findings: Finding[];
  /** The house style the page was checked in, and why (status bar). */
  profile: ProfileChoice | null;
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
  load(pageId: string, name: string, original: string, saved: ReviewState | null, warning?: string, now?: Date): void;
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
  /** Accept every open finding whose fix is safe, among those `shown`
   *  picks (the ones the reviewer sees); returns how many. */
  acceptSafe(shown?: (findings: readonly Finding[]) => readonly Finding[]): number;
  confirmCredit(role: CreditRole, who: string, now?: Date): void;
  unconfirmCredit(role: CreditRole): void;
  /** Edit one name of a role in the page's credits line (empty = delete). */
  setCreditName(role: CreditRole, index: number, name: string): void;
  addCreditName(role: CreditRole, name: string): void;
  undo(): void;
  redo(): void;
  dismissNotice(index: number): void;
  reviewState(now?: Date): ReviewState | null;
  setActor(name: string): void;
  /** Merge a review someone else saved; true when it changed anything here. */
  applyRemote(state: ReviewState): boolean;
  /** Close the current proof round (一校, 二校…): keep its text and sign-offs. */
  closeRound(now?: Date): ProofRound | undefined;
  /** Current text with every accepted fix applied (LF line ends). */
  cleanedText(): string;
  creditRoles(): CreditRoleView[];
}

export type ReviewStore = ReviewData & ReviewActions;

const EMPTY_LEDGER: Ledger = {
  textStamp: { by: '', at: new Date(0).toISOString() },
  textHistory: [],
  decisionStamps: {},
  withdrawn: {},
  audit: [],
  rounds: [],
};

const EMPTY: ReviewData = {
  ...EMPTY_LEDGER,
  actor: '',
  pageId: null,
  pageName: '',
  source: '',
  text: '',
  decisions: {},
  credits: {},
  page: null,
  findings: [],
  profile: null,
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
let idCounter = 0;
/** Audit ids: unique across people and processes without coordination. */
const newId = () => `${Date.now().toString(36)}-${(++idCounter).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
const ledgerOf = (s: Ledger): Ledger => ({
  textStamp: s.textStamp,
  textHistory: s.textHistory,
  decisionStamps: s.decisionStamps,
  withdrawn: s.withdrawn,
  audit: s.audit,
  rounds: s.rounds,
});
const sameNames = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createReviewStore(checker: Checker = checkText, clock: () => number = () => Date.now(), background?: BackgroundChecker) {
  let lastTypingAt = -Infinity;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  /** The burst of typing under way: one audit entry, from the text before it. */
  let burst: { id: string; baseText: string } | undefined;

  return createStore<ReviewStore>()((set, get) => {
    const run = (text: string, options: CheckOptions) => {
      if (deferred) clearTimeout(deferred);
      deferred = undefined;
      const t0 = performance.now();
      const result = checker(text, options);
      return { ...keepSame(get(), fromResult(result)), checkMs: performance.now() - t0, stale: false, checkedText: text };
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
          set({ ...keepSame(s, fromResult(result)), checkMs: ms, stale: false, checkedText: text });
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

    /** Stamps and audit entries for the change from the current state to
     *  `next` (shared/review-audit.ts): who and when, for merging and the 校对单. */
    const recorded = (next: Snapshot, hint: Hint = {}): Partial<ReviewData> => {
      const s = get();
      const stampBook: StampBook = { decisionStamps: s.decisionStamps, withdrawn: s.withdrawn, textStamp: s.textStamp, audit: s.audit };
      const r = recordChanges(snapshot(), next, stampBook, {
        by: hint.by ?? s.actor,
        at: hint.at ?? new Date().toISOString(),
        newId,
        ruleOf: (key) => s.findings.find((f) => f.key === key)?.rule,
        names: hint.names,
        burst: hint.burst,
      });
      // The same objects when their entries are (a keystroke changes no
      // credit): views of the credits do not re-render for every key.
      return {
        decisionStamps: sameEntries(r.decisionStamps, s.decisionStamps) ? s.decisionStamps : r.decisionStamps,
        withdrawn: sameEntries(r.withdrawn, s.withdrawn) ? s.withdrawn : r.withdrawn,
        textStamp: r.textStamp,
        audit: r.audit,
        credits: sameEntries(r.credits, s.credits) ? s.credits : r.credits,
      };
    };

    /** Record an undoable change: push the state before it, clear redo. */
    const commit = (patch: Partial<Snapshot>, extra: Partial<ReviewData> = {}, hint: Hint = {}) => {
      const s = get();
      const undoStack = [...s.undoStack, snapshot()].slice(-UNDO_LIMIT);
      const after: Snapshot = { ...snapshot(), ...patch };
      const next: Partial<ReviewData> = { ...patch, ...extra, ...recorded(after, hint), undoStack, redoStack: [], revision: s.revision + 1 };
      if (patch.text !== undefined && patch.text !== s.text) Object.assign(next, run(patch.text, s.options));
      burst = undefined;
      set(next);
    };

    const restore = (snap: Snapshot, undoStack: Snapshot[], redoStack: Snapshot[]) => {
      const s = get();
      const next: Partial<ReviewData> = { ...snap, ...recorded(snap), undoStack, redoStack, revision: s.revision + 1 };
      if (snap.text !== s.text) Object.assign(next, run(snap.text, s.options));
      lastTypingAt = -Infinity;
      burst = undefined;
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
    const textEdit = (edit: Omit<TextEdit, 'old'>, role?: CreditRole) => {
      const s = get();
      lastTypingAt = -Infinity;
      const text = applyEdits(s.text, [{ ...edit, old: s.text.slice(edit.start, edit.end) }]);
      // A name changed in the credits bar is recorded as such: the role, the
      // names before and after (read back from the re-parsed page).
      const namesOf = (page: Page | null) => (page?.credits?.entries.find((e) => e.role === role)?.names ?? []).map((n) => n.name);
      const names = role ? { role, before: namesOf(s.page), after: namesOf(run(text, s.options).page) } : undefined;
      commit({ text }, {}, { names });
    };

    return {
      ...EMPTY,

      load(pageId, name, original, saved, warning, now = new Date()) {
        const source = createSource(original).text;
        const notices: ReviewNotice[] = [];
        if (warning) notices.push({ kind: 'load-warning', message: warning });
        const actor = get().actor;
        const ledger: Ledger = saved ? ledgerOf(saved) : { ...EMPTY_LEDGER };
        let text = saved?.text ?? source;
        let revision = 0;
        if (saved && saved.sourceHash !== hashText(source)) {
          // A new proof: its text replaces the old one (kept in the history);
          // decisions carry over by finding key, confirmations by name.
          const at = now.toISOString();
          const previous = previousProof(saved);
          ledger.textHistory = [...ledger.textHistory, { sourceHash: saved.sourceHash, ...(saved.text !== undefined ? { text: saved.text } : {}), ...saved.textStamp }];
          ledger.textStamp = { by: actor, at };
          ledger.audit = [...ledger.audit, { id: newId(), kind: 'new-proof', by: actor, at }];
          notices.push({ kind: 'new-proof', ...(previous ? { previous } : {}) });
          text = source;
          revision = 1; // to be saved: the review now belongs to this proof
        }
        lastTypingAt = -Infinity;
        burst = undefined;
        set({
          ...EMPTY,
          ...ledger,
          actor,
          options: get().options,
          pageId,
          pageName: name,
          source,
          text,
          decisions: { ...(saved?.decisions ?? {}) },
          credits: { ...(saved?.credits ?? {}) },
          notices,
          revision,
          ...run(text, get().options),
        });
      },

      flush() {
        fresh();
      },

      clear() {
        set({ ...EMPTY, actor: get().actor, options: get().options });
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
        // A burst of typing is one audit entry (updated), as it is one undo step.
        const thisBurst = coalesce && burst ? burst : { id: newId(), baseText: s.text };
        const stamps = recorded({ ...snapshot(), text }, { burst: thisBurst });
        // With a background checker every keystroke is re-checked off this
        // thread; without one, a slow page is re-checked when typing pauses.
        if (typing && (background || s.checkMs > DEFER_CHECK_ABOVE_MS)) {
          // Show the keystroke now; the findings follow.
          const undo = coalesce ? {} : { undoStack: [...s.undoStack, snapshot()].slice(-UNDO_LIMIT) };
          set({ text, stale: true, redoStack: [], revision: s.revision + 1, ...stamps, ...undo });
          burst = typing ? thisBurst : undefined;
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
          set({ text, redoStack: [], revision: s.revision + 1, ...stamps, ...run(text, s.options) });
        } else {
          const undoStack = [...s.undoStack, snapshot()].slice(-UNDO_LIMIT);
          set({ text, undoStack, redoStack: [], revision: s.revision + 1, ...stamps, ...run(text, s.options) });
        }
        burst = typing ? thisBurst : undefined;
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

      acceptSafe(shown = (all) => all) {
        fresh();
        const s = get();
        const safe = shown(s.findings).filter((f) => f.fix?.safe && f.fix.edits.length > 0 && isOpen(s.decisions[f.key]));
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
        const at = now.toISOString();
        commit({ credits: { ...get().credits, [role]: { role, names, confirmedBy: who, confirmedAt: at } } }, {}, { by: who, at });
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
          textEdit({ start: span.start, end: span.end, text: clean }, role);
          return;
        }
        // Delete the name with the space before it.
        const text = get().text;
        let start = span.start;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\u3000')) start--;
        textEdit({ start, end: span.end, text: '' }, role);
      },

      addCreditName(role, name) {
        fresh();
        const clean = name.replace(/\s+/g, '');
        if (!clean) return;
        const s = get();
        const view = s.creditRoles().find((r) => r.role === role);
        if (view?.entry) {
          const at = view.names.length ? view.names[view.names.length - 1].end : view.entry.end;
          textEdit({ start: at, end: at, text: ' ' + clean }, role);
        } else if (s.page?.credits) {
          const at = s.page.credits.end;
          textEdit({ start: at, end: at, text: ` ${role} ${clean}` }, role);
        } else {
          // No credits line yet: add one with all four roles, so the parser
          // sees a credits line and the other roles show as missing names.
          const line = CREDIT_ROLES.map((r) => (r === role ? `${r} ${clean}` : r)).join(' ');
          textEdit({ start: 0, end: 0, text: `${line}\n\n` }, role);
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
          version: 2,
          page: s.pageName,
          sourceHash: hashText(s.source),
          ...(s.text === s.source ? {} : { text: s.text }),
          ...ledgerOf(s),
          decisions: s.decisions,
          credits: s.credits,
          updatedAt: now.toISOString(),
        };
      },

      setActor(name) {
        if (name !== get().actor) set({ actor: name });
      },

      applyRemote(state) {
        const s = get();
        const local = s.reviewState();
        if (!local) return false;
        const merged = mergeReviews(state, local);
        if (sameReview(merged, local)) return false;
        const known = new Set(s.audit.map((e) => e.id));
        const news = merged.audit.filter((e) => !known.has(e.id));
        // Their text only while it belongs to the proof on screen (a new proof
        // they took in arrives here as a changed page file).
        const text = merged.sourceHash === hashText(s.source) ? (merged.text ?? s.source) : s.text;
        const earlier = s.notices.find((n): n is Extract<ReviewNotice, { kind: 'remote' }> => n.kind === 'remote');
        const notices = news.length
          ? [...s.notices.filter((n) => n !== earlier), { kind: 'remote' as const, entries: [...(earlier?.entries ?? []), ...news].slice(-20) }]
          : s.notices;
        lastTypingAt = -Infinity;
        burst = undefined;
        set({
          decisions: merged.decisions,
          credits: merged.credits,
          ...ledgerOf(merged),
          ...(text !== s.text ? { text, ...run(text, s.options) } : {}),
          // Someone else changed the review: undo must not take their work back.
          undoStack: [],
          redoStack: [],
          notices,
        });
        return true;
      },

      closeRound(now = new Date()) {
        const s = get();
        if (!s.pageId) return undefined;
        const at = now.toISOString();
        const n = s.rounds.reduce((m, r) => Math.max(m, r.n), 0) + 1;
        const round: ProofRound = { n, closedBy: s.actor, closedAt: at, sourceHash: hashText(s.source), text: s.text, credits: s.credits, decisions: s.decisions };
        set({ rounds: [...s.rounds, round], audit: [...s.audit, roundEntry(n, s.actor, at, newId())], revision: s.revision + 1 });
        return round;
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

/** What the store keeps of a check: the whole result, findings complete. */
const fromResult = (result: CheckResult) => ({ page: result.page, findings: result.findings, profile: result.profile ?? null });

/** Objects with the same keys holding the same values (by identity). */
function sameEntries(a: object, b: object): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Plain data (what a check returns) equal in every field. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  return true;
}

/**
 * A new check's result with the objects of the one before wherever they are
 * equal: a finding unchanged by an edit keeps its object, and the findings
 * array, page and house style stay the same objects when nothing in them
 * changed. Views and selectors that compare by identity (React.memo, zustand,
 * the page list's summary) then see only what really changed.
 */
function keepSame(
  prev: Pick<ReviewData, 'findings' | 'page' | 'profile'>,
  next: ReturnType<typeof fromResult>,
): Pick<ReviewData, 'findings' | 'page' | 'profile'> {
  const byKey = new Map<string, Finding>();
  for (const f of prev.findings) byKey.set(f.key, f);
  let all = next.findings.length === prev.findings.length;
  const findings = next.findings.map((f, i) => {
    const old = byKey.get(f.key);
    const kept = old && same(old, f) ? old : f;
    if (kept !== prev.findings[i]) all = false;
    return kept;
  });
  return {
    findings: all ? prev.findings : findings,
    page: same(prev.page, next.page) ? prev.page : next.page,
    profile: same(prev.profile, next.profile) ? prev.profile : next.profile,
  };
}

/** The text a new proof is compared against: the last closed round, or else
 *  the edited text of the proof before (an unedited one was not kept). */
function previousProof(saved: ReviewState): { label: string; round?: number; text: string } | undefined {
  const last = saved.rounds[saved.rounds.length - 1];
  if (last) return { label: roundLabel(last.n), round: last.n, text: last.text };
  return saved.text !== undefined ? { label: '', text: saved.text } : undefined;
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
