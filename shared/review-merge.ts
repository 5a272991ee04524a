// Merging two copies of one page's review — what is on disk and what this
// app (or this process) is about to save. Several people sign one page from
// different desks; nobody's work may be erased by someone else's save:
// - a decision per finding and a confirmation per role: the later one wins
//   (an undecided finding and a withdrawn confirmation are stamped too);
// - the text: the later edit wins, the other goes into the history;
// - the audit trail and the closed rounds: the union.
// Pure and deterministic, so the main process, the browser bridge, the CLI
// and the tests all merge alike. On equal times, `mine` wins.
import {
  timeOf,
  type AuditEntry,
  type CreditConfirmation,
  type Decision,
  type ProofRound,
  type ReviewState,
  type Stamp,
  type TextVersion,
} from './review';
import { CREDIT_ROLES, type CreditRole } from './types';

const NO_STAMP: Stamp = { by: '', at: '' };
/** mine wins unless theirs is strictly later. */
const laterIsTheirs = (theirs: string | undefined, mine: string | undefined) => timeOf(theirs) > timeOf(mine);

function mergeDecisions(disk: ReviewState, mine: ReviewState) {
  const decisions: Record<string, Decision> = {};
  const decisionStamps: Record<string, Stamp> = {};
  const keys = new Set([
    ...Object.keys(disk.decisions),
    ...Object.keys(disk.decisionStamps),
    ...Object.keys(mine.decisions),
    ...Object.keys(mine.decisionStamps),
  ]);
  for (const k of keys) {
    const theirs = laterIsTheirs(disk.decisionStamps[k]?.at, mine.decisionStamps[k]?.at);
    const side = theirs ? disk : mine;
    const d = side.decisions[k];
    if (d !== undefined && d !== 'left') decisions[k] = d;
    decisionStamps[k] = side.decisionStamps[k] ?? NO_STAMP;
  }
  return { decisions, decisionStamps };
}

type RoleEvent = { at: string; confirm?: CreditConfirmation; withdraw?: Stamp; mine: boolean };

/** The latest of the four things that can have happened to a role. */
function latestFor(role: CreditRole, disk: ReviewState, mine: ReviewState): RoleEvent | undefined {
  const events: RoleEvent[] = [];
  const add = (s: ReviewState, isMine: boolean) => {
    const c = s.credits[role];
    const w = s.withdrawn[role];
    if (c) events.push({ at: c.confirmedAt, confirm: c, mine: isMine });
    if (w) events.push({ at: w.at, withdraw: w, mine: isMine });
  };
  add(disk, false);
  add(mine, true);
  let best: RoleEvent | undefined;
  for (const e of events) {
    const t = timeOf(e.at);
    const b = best ? timeOf(best.at) : -Infinity;
    // Later wins; at the same time, mine, and a withdrawal over a confirmation of the same side.
    if (!best || t > b || (t === b && (e.mine && !best.mine || (e.mine === best.mine && e.withdraw)))) best = e;
  }
  return best;
}

function mergeCredits(disk: ReviewState, mine: ReviewState) {
  const credits: ReviewState['credits'] = {};
  const withdrawn: ReviewState['withdrawn'] = {};
  for (const role of CREDIT_ROLES) {
    const e = latestFor(role, disk, mine);
    if (e?.confirm) credits[role] = e.confirm;
    else if (e?.withdraw) withdrawn[role] = e.withdraw;
  }
  return { credits, withdrawn };
}

const versionOf = (s: ReviewState): TextVersion => ({
  sourceHash: s.sourceHash,
  ...(s.text !== undefined ? { text: s.text } : {}),
  by: s.textStamp.by,
  at: s.textStamp.at,
});
const versionId = (v: TextVersion) => `${v.at}\u0000${v.by}\u0000${v.sourceHash}\u0000${v.text ?? ''}`;
const sameText = (a: TextVersion, b: TextVersion) => a.sourceHash === b.sourceHash && a.text === b.text;

function mergeText(disk: ReviewState, mine: ReviewState) {
  const theirs = laterIsTheirs(disk.textStamp.at, mine.textStamp.at);
  const winner = theirs ? disk : mine;
  const loser = versionOf(theirs ? mine : disk);
  const history = new Map<string, TextVersion>();
  for (const v of [...disk.textHistory, ...mine.textHistory]) history.set(versionId(v), v);
  // The text that lost is kept (unless it is the very text that won).
  if (!sameText(loser, versionOf(winner))) history.set(versionId(loser), loser);
  const textHistory = [...history.values()].sort((a, b) => timeOf(a.at) - timeOf(b.at));
  return {
    sourceHash: winner.sourceHash,
    ...(winner.text !== undefined ? { text: winner.text } : {}),
    textStamp: winner.textStamp,
    textHistory,
  };
}

/** Union by id; one entry updated (a burst of typing) keeps its later form. */
export function mergeAudit(a: readonly AuditEntry[], b: readonly AuditEntry[]): AuditEntry[] {
  const byId = new Map<string, AuditEntry>();
  for (const e of [...a, ...b]) {
    const had = byId.get(e.id);
    if (!had || timeOf(e.at) >= timeOf(had.at)) byId.set(e.id, e);
  }
  return [...byId.values()].sort((x, y) => timeOf(x.at) - timeOf(y.at) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** One round per number: the first to close it (a second closing is in the audit). */
function mergeRounds(a: readonly ProofRound[], b: readonly ProofRound[]): ProofRound[] {
  const byN = new Map<number, ProofRound>();
  for (const r of [...a, ...b]) {
    const had = byN.get(r.n);
    if (!had || timeOf(r.closedAt) < timeOf(had.closedAt)) byN.set(r.n, r);
  }
  return [...byN.values()].sort((x, y) => x.n - y.n);
}

export function mergeReviews(disk: ReviewState | null | undefined, mine: ReviewState): ReviewState {
  if (!disk) return mine;
  return {
    version: 2,
    page: mine.page,
    ...mergeText(disk, mine),
    ...mergeDecisions(disk, mine),
    ...mergeCredits(disk, mine),
    audit: mergeAudit(disk.audit, mine.audit),
    rounds: mergeRounds(disk.rounds, mine.rounds),
    updatedAt: laterIsTheirs(disk.updatedAt, mine.updatedAt) ? disk.updatedAt : mine.updatedAt,
  };
}

/** Same content, ignoring when it was saved (a save that changed nothing). */
export function sameReview(a: ReviewState, b: ReviewState): boolean {
  return canonical({ ...a, updatedAt: '' }) === canonical({ ...b, updatedAt: '' });
}

/** JSON with object keys sorted, so two equal reviews built in different
 *  orders compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
    return '{' + keys.map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'null';
}
