// Review state of one page: saved beside the page as a sidecar
// (`<page>.galley.json`) and autosaved (docs/design.md §6). Several people sign
// one page, so every change carries who and when (a Stamp): saves merge with
// what is on disk by those times (shared/review-merge.ts) instead of the last
// writer erasing the others. Version 1 sidecars (no stamps) still load.
import { CREDIT_ROLES, type CreditRole } from './types';

export type Decision = 'accepted' | 'rejected' | 'left';

/** Who did something and when (ISO 8601). `by` is '' when nobody was named. */
export interface Stamp {
  by: string;
  at: string;
}

export interface CreditConfirmation {
  role: CreditRole;
  /** Names as confirmed (may differ from the page after an edit). */
  names: string[];
  confirmedBy: string;
  /** ISO 8601 time. */
  confirmedAt: string;
}

/** A text the review once had: lost a merge to a later edit, or belonged to
 *  an earlier proof. Kept, never dropped. `text` undefined: the unedited source. */
export interface TextVersion {
  sourceHash: string;
  text?: string;
  by: string;
  at: string;
}

export type AuditKind = 'edit' | 'credit-name' | 'decision' | 'confirm' | 'unconfirm' | 'round' | 'new-proof';

/** One line of the audit trail. Edits carry the changed passage before and
 *  after; decisions the finding's key and rule; credits the role. */
export interface AuditEntry {
  id: string;
  kind: AuditKind;
  by: string;
  at: string;
  role?: CreditRole;
  key?: string;
  rule?: string;
  line?: number;
  before?: string;
  after?: string;
}

/** A closed proof round (一校, 二校, 三校…): the text and sign-offs as they
 *  stood when the reviewer closed it. */
export interface ProofRound {
  n: number;
  closedBy: string;
  closedAt: string;
  sourceHash: string;
  text: string;
  credits: Partial<Record<CreditRole, CreditConfirmation>>;
  decisions: Record<string, Decision>;
}

export interface ReviewState {
  version: 2;
  /** File name of the page (not a path: the sidecar sits beside it). */
  page: string;
  /** Hash of the page text (the proof) the current text belongs to. */
  sourceHash: string;
  /** The edited text (LF line ends), or undefined when unedited. */
  text?: string;
  /** Who set text + sourceHash last, and when: of two, the later wins. */
  textStamp: Stamp;
  textHistory: TextVersion[];
  /** Finding key → decision. Keys survive edits elsewhere on the page. */
  decisions: Record<string, Decision>;
  /** Finding key → when it was last decided (also for an undecided one). */
  decisionStamps: Record<string, Stamp>;
  credits: Partial<Record<CreditRole, CreditConfirmation>>;
  /** A withdrawn confirmation is a change too: it must win over an older one. */
  withdrawn: Partial<Record<CreditRole, Stamp>>;
  audit: AuditEntry[];
  rounds: ProofRound[];
  updatedAt: string;
}

export const SIDECAR_SUFFIX = '.galley.json';
export const REVIEW_VERSION = 2;

/** FNV-1a 32-bit over UTF-16 code units: cheap, stable, pure. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}

export function emptyReview(page: string, sourceText: string, now = new Date()): ReviewState {
  const at = now.toISOString();
  return {
    version: 2,
    page,
    sourceHash: hashText(sourceText),
    textStamp: { by: '', at },
    textHistory: [],
    decisions: {},
    decisionStamps: {},
    credits: {},
    withdrawn: {},
    audit: [],
    rounds: [],
    updatedAt: at,
  };
}

/** Round n's name: 一校, 二校, 三校… / proof 1, 2, 3… */
export function roundLabel(n: number, locale: 'zh' | 'en' = 'zh'): string {
  const digits = '零一二三四五六七八九十';
  if (locale === 'en') return `Proof ${n}`;
  return (n <= 10 ? digits[n] : n <= 19 ? '十' + digits[n - 10] : String(n)) + '校';
}

/** Time order of two ISO stamps; unparseable times sort first. */
export function timeOf(at: string | undefined): number {
  const t = at === undefined ? NaN : Date.parse(at);
  return Number.isNaN(t) ? -Infinity : t;
}

// ------------------------------------------------------------ validation
// Every field is checked: a sidecar edited by hand, written by another tool
// or by a future version must never reach the UI with a wrong type (issue 11).
// Errors name the field, e.g. `credits.责编: not a confirmation`.

type Errs = string[];
const DECISIONS: readonly Decision[] = ['accepted', 'rejected', 'left'];
const AUDIT_KINDS: readonly AuditKind[] = ['edit', 'credit-name', 'decision', 'confirm', 'unconfirm', 'round', 'new-proof'];
/** Keys that would reach an object's prototype if ever assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ERRORS_SHOWN = 3;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is string => isStr(v) && !Number.isNaN(Date.parse(v));
const isRole = (k: string): k is CreditRole => (CREDIT_ROLES as readonly string[]).includes(k);

function need(ok: boolean, errs: Errs, path: string, what: string): boolean {
  if (!ok) errs.push(`${path}: ${what}`);
  return ok;
}

/** A record with only safe keys; returns its entries or undefined. */
function entriesOf(v: unknown, path: string, errs: Errs): [string, unknown][] | undefined {
  if (!need(isObj(v), errs, path, 'not an object')) return undefined;
  const entries = Object.entries(v as Record<string, unknown>);
  for (const [k] of entries) need(!FORBIDDEN_KEYS.has(k), errs, `${path}.${k}`, 'reserved key');
  return entries;
}

function checkStamp(v: unknown, path: string, errs: Errs): void {
  if (!need(isObj(v), errs, path, 'not a {by, at} stamp')) return;
  const s = v as Record<string, unknown>;
  need(isStr(s.by), errs, path + '.by', 'not a string');
  need(isTime(s.at), errs, path + '.at', 'not a time');
}

function checkConfirmation(v: unknown, role: string, path: string, errs: Errs): void {
  if (!need(isObj(v), errs, path, 'not a confirmation')) return;
  const c = v as Record<string, unknown>;
  need(c.role === role, errs, path + '.role', `not ${role}`);
  need(Array.isArray(c.names) && c.names.every(isStr), errs, path + '.names', 'not a list of names');
  need(isStr(c.confirmedBy), errs, path + '.confirmedBy', 'not a string');
  need(isTime(c.confirmedAt), errs, path + '.confirmedAt', 'not a time');
}

function checkCredits(v: unknown, path: string, errs: Errs): void {
  for (const [role, c] of entriesOf(v, path, errs) ?? []) {
    if (need(isRole(role), errs, `${path}.${role}`, 'not a credit role')) checkConfirmation(c, role, `${path}.${role}`, errs);
  }
}

function checkDecisions(v: unknown, path: string, errs: Errs): void {
  for (const [k, d] of entriesOf(v, path, errs) ?? []) {
    need(DECISIONS.includes(d as Decision), errs, `${path}.${k}`, 'not accepted, rejected or left');
  }
}

function checkStamps(v: unknown, path: string, errs: Errs, roles = false): void {
  for (const [k, s] of entriesOf(v, path, errs) ?? []) {
    if (!roles || need(isRole(k), errs, `${path}.${k}`, 'not a credit role')) checkStamp(s, `${path}.${k}`, errs);
  }
}

function checkList(v: unknown, path: string, errs: Errs, item: (x: unknown, p: string) => void): void {
  if (!need(Array.isArray(v), errs, path, 'not a list')) return;
  (v as unknown[]).forEach((x, i) => item(x, `${path}[${i}]`));
}

const optStr = (o: Record<string, unknown>, k: string, path: string, errs: Errs) =>
  need(o[k] === undefined || isStr(o[k]), errs, `${path}.${k}`, 'not a string');

function checkVersion(v: unknown, path: string, errs: Errs): void {
  if (!need(isObj(v), errs, path, 'not a text version')) return;
  const o = v as Record<string, unknown>;
  need(isStr(o.sourceHash), errs, path + '.sourceHash', 'not a string');
  optStr(o, 'text', path, errs);
  need(isStr(o.by), errs, path + '.by', 'not a string');
  need(isTime(o.at), errs, path + '.at', 'not a time');
}

function checkAudit(v: unknown, path: string, errs: Errs): void {
  if (!need(isObj(v), errs, path, 'not an audit entry')) return;
  const o = v as Record<string, unknown>;
  need(isStr(o.id) && o.id.length > 0, errs, path + '.id', 'not an id');
  need(AUDIT_KINDS.includes(o.kind as AuditKind), errs, path + '.kind', 'not a known kind');
  need(isStr(o.by), errs, path + '.by', 'not a string');
  need(isTime(o.at), errs, path + '.at', 'not a time');
  need(o.role === undefined || (isStr(o.role) && isRole(o.role)), errs, path + '.role', 'not a credit role');
  for (const k of ['key', 'rule', 'before', 'after']) optStr(o, k, path, errs);
  need(o.line === undefined || (Number.isInteger(o.line) && (o.line as number) > 0), errs, path + '.line', 'not a line number');
}

function checkRound(v: unknown, path: string, errs: Errs): void {
  if (!need(isObj(v), errs, path, 'not a proof round')) return;
  const o = v as Record<string, unknown>;
  need(Number.isInteger(o.n) && (o.n as number) > 0, errs, path + '.n', 'not a round number');
  need(isStr(o.closedBy), errs, path + '.closedBy', 'not a string');
  need(isTime(o.closedAt), errs, path + '.closedAt', 'not a time');
  need(isStr(o.sourceHash), errs, path + '.sourceHash', 'not a string');
  need(isStr(o.text), errs, path + '.text', 'not a string');
  checkCredits(o.credits, path + '.credits', errs);
  checkDecisions(o.decisions, path + '.decisions', errs);
}

/** Fields both versions share. */
function checkCommon(o: Record<string, unknown>, errs: Errs): void {
  need(isStr(o.page), errs, 'page', 'not a string');
  need(isStr(o.sourceHash), errs, 'sourceHash', 'not a string');
  need(o.text === undefined || isStr(o.text), errs, 'text', 'not a string');
  need(isTime(o.updatedAt), errs, 'updatedAt', 'not a time');
  checkDecisions(o.decisions, 'decisions', errs);
  checkCredits(o.credits, 'credits', errs);
}

function checkV2(o: Record<string, unknown>, errs: Errs): void {
  checkStamp(o.textStamp, 'textStamp', errs);
  checkList(o.textHistory, 'textHistory', errs, (x, p) => checkVersion(x, p, errs));
  checkStamps(o.decisionStamps, 'decisionStamps', errs);
  checkStamps(o.withdrawn, 'withdrawn', errs, true);
  checkList(o.audit, 'audit', errs, (x, p) => checkAudit(x, p, errs));
  checkList(o.rounds, 'rounds', errs, (x, p) => checkRound(x, p, errs));
}

/** Version 1 had no stamps: everything in it counts as done when it was saved. */
export function migrateV1(o: Record<string, unknown>): ReviewState {
  const at = o.updatedAt as string;
  const decisions = o.decisions as Record<string, Decision>;
  const decisionStamps: Record<string, Stamp> = {};
  for (const k of Object.keys(decisions)) decisionStamps[k] = { by: '', at };
  return {
    version: 2,
    page: o.page as string,
    sourceHash: o.sourceHash as string,
    ...(o.text !== undefined ? { text: o.text as string } : {}),
    textStamp: { by: '', at },
    textHistory: [],
    decisions,
    decisionStamps,
    credits: o.credits as ReviewState['credits'],
    withdrawn: {},
    audit: [],
    rounds: [],
    updatedAt: at,
  };
}

/** Every problem of a parsed sidecar, by field; [] when it is a review. */
export function reviewErrors(v: unknown): string[] {
  const errs: Errs = [];
  if (!isObj(v)) return ['not a Galley review'];
  if (v.version !== 1 && v.version !== 2) return [`version: not a Galley review version (1 or ${REVIEW_VERSION})`];
  checkCommon(v, errs);
  if (v.version === 2) checkV2(v, errs);
  return errs;
}

/** Validate a sidecar (JSON text) and bring it to the current version;
 *  returns an error message instead of throwing, whatever the input. */
export function parseReview(json: string): { state?: ReviewState; error?: string } {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { error: 'sidecar is not valid JSON' };
  }
  return checkReview(v);
}

/** The same on a value already parsed (what the renderer sends). */
export function checkReview(v: unknown): { state?: ReviewState; error?: string } {
  let errs: string[];
  try {
    errs = reviewErrors(v);
  } catch {
    // A getter or a proxy cannot come out of JSON, but a caller may pass one.
    return { error: 'not a Galley review' };
  }
  if (errs.length) {
    const more = errs.length > ERRORS_SHOWN ? ` (+${errs.length - ERRORS_SHOWN})` : '';
    return { error: 'sidecar has wrong fields: ' + errs.slice(0, ERRORS_SHOWN).join('; ') + more };
  }
  const o = v as Record<string, unknown>;
  return { state: o.version === 1 ? migrateV1(o) : (o as unknown as ReviewState) };
}
