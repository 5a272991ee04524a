// The audit trail: every manual edit, credits-name change, decision and
// confirmation, with who and when (edits with the passage before and after).
// Recorded by comparing the review before and after a change, so every path
// that changes it (a click, a keystroke, undo, redo) is recorded alike, and
// the same comparison stamps what changed for merging (shared/review-merge.ts).
import { ruleTitle } from './rules/index';
import {
  roundLabel,
  type AuditEntry,
  type CreditConfirmation,
  type Decision,
  type ReviewState,
  type Stamp,
} from './review';
import { CREDIT_ROLES, type CreditRole, type Locale, type RuleId } from './types';

export type Credits = Partial<Record<CreditRole, CreditConfirmation>>;

export interface ReviewSnapshot {
  text: string;
  decisions: Record<string, Decision>;
  credits: Credits;
}

export type StampBook = Pick<ReviewState, 'decisionStamps' | 'withdrawn' | 'textStamp' | 'audit'>;

export interface ChangeContext {
  by: string;
  at: string;
  newId(): string;
  /** The rule of a finding key (the key alone does not say it reliably). */
  ruleOf(key: string): string | undefined;
  /** A name edit in the credits bar: recorded as such, names before and after. */
  names?: { role: CreditRole; before: string[]; after: string[] };
  /** A burst of typing: one entry, updated, from the text before the burst. */
  burst?: { id: string; baseText: string };
}

/** Edited passages are kept short on the 校对单; the line says where. */
export const EXCERPT_MAX = 120;

const clip = (s: string) => (s.length > EXCERPT_MAX ? s.slice(0, EXCERPT_MAX - 1) + '…' : s);

/** The changed passage of an edit: what differs between the common start and end. */
export function editExcerpt(before: string, after: string): { line: number; before: string; after: string } {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let s = 0;
  while (s < max - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  let line = 1;
  for (let i = 0; i < p; i++) if (before.charCodeAt(i) === 10) line++;
  return { line, before: clip(before.slice(p, before.length - s)), after: clip(after.slice(p, after.length - s)) };
}

function recordDecisions(prev: ReviewSnapshot, next: ReviewSnapshot, ctx: ChangeContext, book: StampBook, out: AuditEntry[]) {
  const stamp: Stamp = { by: ctx.by, at: ctx.at };
  const decisionStamps = { ...book.decisionStamps };
  for (const k of new Set([...Object.keys(prev.decisions), ...Object.keys(next.decisions)])) {
    const before = prev.decisions[k] ?? 'left';
    const after = next.decisions[k] ?? 'left';
    if (before === after) continue;
    decisionStamps[k] = stamp;
    const rule = ctx.ruleOf(k);
    out.push({ id: ctx.newId(), kind: 'decision', by: ctx.by, at: ctx.at, key: k, ...(rule ? { rule } : {}), before, after });
  }
  return decisionStamps;
}

/** A confirmation that appears or comes back (undo) is made now, by whoever
 *  made it appear: its time must beat an earlier withdrawal in a merge. */
function recordCredits(prev: ReviewSnapshot, next: ReviewSnapshot, ctx: ChangeContext, book: StampBook, out: AuditEntry[]) {
  const credits: Credits = { ...next.credits };
  const withdrawn = { ...book.withdrawn };
  for (const role of CREDIT_ROLES) {
    const before = prev.credits[role];
    const after = next.credits[role];
    if (before === after) continue;
    const base = { id: ctx.newId(), by: ctx.by, at: ctx.at, role };
    if (after) {
      credits[role] = { ...after, confirmedBy: ctx.by || after.confirmedBy, confirmedAt: ctx.at };
      delete withdrawn[role];
      out.push({ ...base, kind: 'confirm', after: after.names.join(' ') });
    } else {
      withdrawn[role] = { by: ctx.by, at: ctx.at };
      out.push({ ...base, kind: 'unconfirm', before: before?.names.join(' ') ?? '' });
    }
  }
  return { credits, withdrawn };
}

function recordText(prev: ReviewSnapshot, next: ReviewSnapshot, ctx: ChangeContext, book: StampBook, out: AuditEntry[]) {
  if (prev.text === next.text) return book.textStamp;
  const base = ctx.burst?.baseText ?? prev.text;
  const id = ctx.burst?.id ?? ctx.newId();
  if (ctx.names) {
    const { role, before, after } = ctx.names;
    out.push({ id, kind: 'credit-name', by: ctx.by, at: ctx.at, role, before: before.join(' '), after: after.join(' ') });
  } else {
    out.push({ id, kind: 'edit', by: ctx.by, at: ctx.at, ...editExcerpt(base, next.text) });
  }
  return { by: ctx.by, at: ctx.at };
}

/** Stamps and audit entries for the change prev → next. Returns the new
 *  stamp book and the credits (with the times of confirmations made now). */
export function recordChanges(prev: ReviewSnapshot, next: ReviewSnapshot, book: StampBook, ctx: ChangeContext) {
  const added: AuditEntry[] = [];
  const decisionStamps = recordDecisions(prev, next, ctx, book, added);
  const { credits, withdrawn } = recordCredits(prev, next, ctx, book, added);
  const textStamp = recordText(prev, next, ctx, book, added);
  // A burst's entry replaces its earlier form (same id).
  const ids = new Set(added.map((e) => e.id));
  const audit = added.length ? [...book.audit.filter((e) => !ids.has(e.id)), ...added] : book.audit;
  return { decisionStamps, withdrawn, textStamp, audit, credits, added };
}

// ------------------------------------------------------------ wording

const DECISION_WORD: Record<Locale, Record<Decision, string>> = {
  // The app's own words (renderer/src/i18n.ts: accepted, rejected, open_).
  zh: { accepted: '已接受', rejected: '已忽略', left: '待处理' },
  en: { accepted: 'Accepted', rejected: 'Rejected', left: 'Open' },
};

export function decisionWord(d: Decision, locale: Locale): string {
  return DECISION_WORD[locale][d];
}

const isDecision = (s: string | undefined): s is Decision => s === 'accepted' || s === 'rejected' || s === 'left';

/** What an entry did, without who and when, in the interface language. */
export function describeAudit(e: AuditEntry, locale: Locale): string {
  const zh = locale === 'zh';
  const q = (s: string | undefined) => (zh ? `「${s ?? ''}」` : `“${s ?? ''}”`);
  switch (e.kind) {
    case 'confirm':
      return zh ? `确认了 ${e.role}（${e.after ?? ''}）` : `confirmed ${e.role} (${e.after ?? ''})`;
    case 'unconfirm':
      return zh ? `取消了 ${e.role} 的确认` : `withdrew the ${e.role} confirmation`;
    case 'decision': {
      const rule = e.rule ? ruleTitle(e.rule as RuleId, locale) : '';
      const word = isDecision(e.after) ? decisionWord(e.after, locale) : (e.after ?? '');
      return zh ? `将${rule ? `「${rule}」` : '一处问题'}标为${word}` : `marked ${rule || 'a finding'} ${word}`;
    }
    case 'credit-name':
      return zh ? `把 ${e.role} 署名由${q(e.before)}改为${q(e.after)}` : `changed the ${e.role} names from ${q(e.before)} to ${q(e.after)}`;
    case 'edit':
      return zh ? `修改第 ${e.line ?? '?'} 行：${q(e.before)} → ${q(e.after)}` : `edited line ${e.line ?? '?'}: ${q(e.before)} → ${q(e.after)}`;
    case 'round': {
      const label = roundLabel(Number(e.after) || 1, locale);
      return zh ? `结束了${label}` : `closed ${label}`;
    }
    case 'new-proof':
      return zh ? '载入了新校样' : 'took in a new proof';
  }
}

export function roundEntry(n: number, by: string, at: string, id: string): AuditEntry {
  return { id, kind: 'round', by, at, after: String(n) };
}
