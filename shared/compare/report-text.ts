// Plain-text rendering of a comparison for terminals (`galley diff`): one
// hunk per change with its line numbers, inline [-deleted-]{+inserted+} marks,
// long unchanged stretches elided to a little context.

import type { Change, ChangeType, Comparison } from './types';

export interface TextReportOptions {
  oldName: string;
  newName: string;
  /** Characters of unchanged text kept on each side of an edit. */
  context?: number;
}

const TYPE_NAMES: Record<ChangeType, string> = {
  insert: 'insert',
  delete: 'delete',
  replace: 'replace',
  move: 'move',
  split: 'split',
  join: 'join',
};

const lines = (r: { line: number; endLine: number }) => (r.line === r.endLine ? `${r.line}` : `${r.line}-${r.endLine}`);

function header(c: Change): string {
  const where: string[] = [];
  if (c.old) where.push(`old ${lines(c.old)}`);
  if (c.new) where.push(`new ${lines(c.new)}`);
  return `@@ ${TYPE_NAMES[c.type]}: ${where.join(', ')} @@`;
}

/** Code-point-safe head and tail of a string. */
function head(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('');
}
function tail(s: string, n: number): string {
  const a = Array.from(s);
  return a.slice(Math.max(0, a.length - n)).join('');
}

function elide(text: string, first: boolean, last: boolean, ctx: number): string {
  const len = Array.from(text).length;
  if (first && last) return len > 2 * ctx ? `${head(text, ctx)}…` : text;
  if (first) return len > ctx ? `…${tail(text, ctx)}` : text;
  if (last) return len > ctx ? `${head(text, ctx)}…` : text;
  return len > 2 * ctx + 3 ? `${head(text, ctx)}…${tail(text, ctx)}` : text;
}

const marked = (s: string) => s.replace(/\n/g, '↵');

function body(c: Change, ctx: number): string {
  const hasEqual = c.parts.some((p) => p.type === 'equal');
  if (!hasEqual) {
    // Whole lines gone or come: unified-diff style, one line per line.
    const out: string[] = [];
    for (const p of c.parts) {
      const sign = p.type === 'delete' ? '-' : '+';
      for (const l of p.text.split('\n')) if (l.trim()) out.push(`${sign} ${l}`);
    }
    return out.join('\n');
  }
  if (c.type === 'move' && c.parts.every((p) => p.type === 'equal')) {
    const text = c.parts.map((p) => p.text).join('');
    return `  ${elide(text.replace(/\n+/g, ' '), false, true, 2 * ctx)}`;
  }
  let out = '';
  c.parts.forEach((p, k) => {
    if (p.type === 'equal') out += elide(p.text, k === 0, k === c.parts.length - 1, ctx);
    else if (p.type === 'delete') out += `[-${marked(p.text)}-]`;
    else out += `{+${marked(p.text)}+}`;
  });
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `  ${l}`)
    .join('\n');
}

export function summaryLine(r: Comparison): string {
  if (r.equal) return 'No differences.';
  const s = r.stats;
  const n = r.changes.length;
  const bits: string[] = [];
  const add = (count: number, one: string, many: string) => {
    if (count) bits.push(`${count} ${count === 1 ? one : many}`);
  };
  add(s.replacements, 'replacement', 'replacements');
  add(s.insertions, 'insertion', 'insertions');
  add(s.deletions, 'deletion', 'deletions');
  add(s.moves, 'move', 'moves');
  add(s.splits, 'split', 'splits');
  add(s.joins, 'join', 'joins');
  const chars = `${s.charsInserted} character${s.charsInserted === 1 ? '' : 's'} inserted, ${s.charsDeleted} deleted`;
  return `${n} ${n === 1 ? 'change' : 'changes'}: ${bits.join(', ')}; ${chars}.`;
}

export function formatCompareText(r: Comparison, options: TextReportOptions): string {
  const ctx = options.context ?? 20;
  const out: string[] = [`--- ${options.oldName}`, `+++ ${options.newName}`];
  for (const c of r.changes) {
    out.push(header(c));
    const b = body(c, ctx);
    if (b) out.push(b);
  }
  out.push(summaryLine(r));
  return out.join('\n') + '\n';
}
