// Self-contained HTML report of a comparison for proofreaders (审读): a
// summary, then both revisions side by side with the changes marked, moved
// paragraphs linked both ways, and print CSS for A4. Page text is untrusted:
// every piece of it goes through `esc`. No script, no remote resources.

import { summaryLine } from './report-text';
import type { AlignedRow, Change, ChangePart, ChangeType, CompareOptions, DetailedComparison } from './types';

export interface ReportOptions {
  oldName: string;
  newName: string;
  /** The options the comparison ran with, listed in the summary. */
  compareOptions?: CompareOptions;
  /** Shown under the title, e.g. a timestamp; the caller decides. */
  generated?: string;
}

export function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

const TYPE_ZH: Record<ChangeType, string> = {
  insert: '插入',
  delete: '删除',
  replace: '修改',
  move: '移动',
  split: '拆分',
  join: '合并',
};

const CSS = `
:root { --ins: #d7f5dd; --ins-ink: #0a5a1f; --del: #fde0e0; --del-ink: #8a1010; --move: #e6eefc; --rule: #c9c9c9; }
* { box-sizing: border-box; }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  font-size: 10.5pt; line-height: 1.6; color: #111; margin: 0; padding: 16px; }
h1 { font-size: 15pt; margin: 0 0 4px; }
.generated { color: #555; font-size: 9pt; margin: 0 0 8px; }
table.files { border-collapse: collapse; margin: 6px 0; font-size: 9.5pt; }
table.files th, table.files td { text-align: left; padding: 2px 10px 2px 0; vertical-align: top; }
.summary { margin: 8px 0; padding: 6px 10px; border: 1px solid var(--rule); }
.summary .counts span { display: inline-block; margin-right: 14px; }
.summary .counts b { font-size: 12pt; }
.summary p { margin: 4px 0; }
ol.index { columns: 2; font-size: 9pt; margin: 6px 0 12px; padding-left: 2.2em; }
ol.index a { color: inherit; }
table.sbs { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.sbs col.ln { width: 3.2em; }
table.sbs th { text-align: left; font-size: 9.5pt; border-bottom: 2px solid #444; padding: 2px 4px; }
table.sbs td { vertical-align: top; padding: 3px 4px; border-bottom: 1px solid #eee; word-break: break-all; overflow-wrap: anywhere; white-space: pre-wrap; }
table.sbs td.ln { color: #777; font-size: 8.5pt; text-align: right; white-space: nowrap; font-family: monospace; }
tr.change td, tr.moved-to td, tr.moved-from td { border-bottom: 1px solid var(--rule); }
tr.change td.text, tr.moved-to td.text, tr.moved-from td.text { background: #fffbea; }
tr.moved-to td.text, tr.moved-from td.text { background: var(--move); }
td.empty { background: repeating-linear-gradient(135deg, #fafafa, #fafafa 4px, #f0f0f0 4px, #f0f0f0 8px); }
.tag { display: block; font-size: 8pt; color: #333; font-family: sans-serif; }
.tag a, .link { color: #1a4fa0; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
.brk { font-family: sans-serif; font-size: 8pt; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 14mm 11mm 14mm 11mm; }
@media print {
  body { padding: 0; font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .summary, ol.index { break-inside: avoid; }
  table.sbs { break-before: page; page-break-before: always; }
  a { text-decoration: none; }
}
`;

/** Text of one side of a change: equal parts plus that side's edits. */
function sideParts(parts: ChangePart[], side: 'old' | 'new'): string {
  const own = side === 'old' ? 'delete' : 'insert';
  const tag = side === 'old' ? 'del' : 'ins';
  let out = '';
  for (const p of parts) {
    if (p.type === 'equal') out += esc(p.text).replace(/\n+/g, '\n');
    else if (p.type === own) {
      // A line break that changed gets a visible mark, or a join would be invisible.
      const inner = esc(p.text).replace(/\n+/g, (m) => `<span class="brk">¶</span>${m.length > 1 ? '\n' : ''}\n`);
      out += `<${tag}>${inner}</${tag}>`;
    }
  }
  return out.replace(/\n\n+/g, '\n').replace(/^\n+|\n+$/g, '');
}

function lineNo(lines: { line: number }[]): string {
  if (!lines.length) return '';
  const a = lines[0].line;
  const b = lines[lines.length - 1].line;
  return a === b ? `${a}` : `${a}–${b}`;
}

function plain(lines: { text: string }[]): string {
  return lines.map((l) => esc(l.text)).join('\n');
}

function where(c: Change): string {
  const bits: string[] = [];
  if (c.old) bits.push(`旧 ${c.old.line === c.old.endLine ? c.old.line : `${c.old.line}–${c.old.endLine}`}`);
  if (c.new) bits.push(`新 ${c.new.line === c.new.endLine ? c.new.line : `${c.new.line}–${c.new.endLine}`}`);
  return bits.join(' → ');
}

function row(r: AlignedRow, changes: Change[]): string {
  if (r.kind === 'equal') {
    return `<tr class="equal"><td class="ln">${lineNo(r.old)}</td><td class="text">${plain(r.old)}</td><td class="ln">${lineNo(r.new)}</td><td class="text">${plain(r.new)}</td></tr>`;
  }
  const n = r.change ?? 0;
  const c = changes[n];
  const id = n + 1;
  if (r.kind === 'moved-from') {
    const to = c.new ? `新稿第 ${c.new.line} 行` : '';
    return `<tr class="moved-from" id="c${id}-from"><td class="ln">${lineNo(r.old)}</td><td class="text"><span class="tag">#${id} 移出 → <a href="#c${id}">${to}</a></span>${sideParts(c.parts, 'old')}</td><td class="ln"></td><td class="empty"></td></tr>`;
  }
  if (r.kind === 'moved-to') {
    const from = c.old ? `旧稿第 ${c.old.line} 行` : '';
    return `<tr class="moved-to" id="c${id}"><td class="ln"></td><td class="empty"><span class="tag">#${id} 移入 ← <a href="#c${id}-from">${from}</a></span></td><td class="ln">${lineNo(r.new)}</td><td class="text">${sideParts(c.parts, 'new')}</td></tr>`;
  }
  const oldCell = r.old.length
    ? `<td class="text"><span class="tag">#${id} ${TYPE_ZH[c.type]}</span>${sideParts(c.parts, 'old')}</td>`
    : `<td class="empty"><span class="tag">#${id} ${TYPE_ZH[c.type]}</span></td>`;
  const newCell = r.new.length ? `<td class="text">${sideParts(c.parts, 'new')}</td>` : '<td class="empty"></td>';
  return `<tr class="change ${c.type}" id="c${id}"><td class="ln">${lineNo(r.old)}</td>${oldCell}<td class="ln">${lineNo(r.new)}</td>${newCell}</tr>`;
}

export function renderCompareReport(d: DetailedComparison, options: ReportOptions): string {
  const r = d.comparison;
  const s = r.stats;
  const opts = options.compareOptions ?? {};
  const ignored = [
    opts.ignoreWhitespace ? '空白 whitespace' : '',
    opts.ignorePunctuationWidth ? '标点全半角 punctuation width' : '',
    opts.ignoreLineBreaks ? '换行 line breaks' : '',
  ].filter(Boolean);
  const count = (label: string, v: number) => `<span>${label} <b>${v}</b></span>`;
  const file = (label: string, name: string, m: { lines: number; paragraphs: number; chars: number }) =>
    `<tr><th>${label}</th><td>${esc(name)}</td><td>${m.lines} 行 · ${m.paragraphs} 段 · ${m.chars} 字</td></tr>`;
  const index = r.changes
    .map((c, k) => `<li><a href="#c${k + 1}">${TYPE_ZH[c.type]}</a> ${where(c)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>修订对照 — ${esc(options.oldName)} / ${esc(options.newName)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>修订对照 Revision compare</h1>
${options.generated ? `<p class="generated">${esc(options.generated)}</p>` : ''}
<table class="files">
${file('旧稿 Old', options.oldName, r.old)}
${file('新稿 New', options.newName, r.new)}
</table>
<div class="summary">
<p class="counts">${count('改动 changes', r.changes.length)}${count('修改', s.replacements)}${count('插入', s.insertions)}${count('删除', s.deletions)}${count('移动', s.moves)}${count('拆分', s.splits)}${count('合并', s.joins)}${count('增字', s.charsInserted)}${count('删字', s.charsDeleted)}</p>
<p>${esc(r.equal ? '两稿相同。' : '')}${esc(summaryLine(r))}</p>
${ignored.length ? `<p>忽略 Ignoring: ${ignored.map(esc).join('、')}</p>` : ''}
</div>
${index ? `<ol class="index">${index}</ol>` : ''}
<table class="sbs">
<colgroup><col class="ln"><col><col class="ln"><col></colgroup>
<thead><tr><th></th><th>旧稿 ${esc(options.oldName)}</th><th></th><th>新稿 ${esc(options.newName)}</th></tr></thead>
<tbody>
${d.rows.map((x) => row(x, r.changes)).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
