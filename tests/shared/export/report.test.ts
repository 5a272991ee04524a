import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { csvField, reportCsv, reportHtml } from '../../../shared/export/report';
import { emptyReview, type ReviewState } from '../../../shared/review';

const P2 = readFileSync('resources/samples/002_6323321094799b0d.txt', 'utf8');
const { page, findings } = checkText(P2);

function review(): ReviewState {
  const r = emptyReview('002.txt', P2, new Date('2024-05-01T08:00:00Z'));
  r.credits['责编'] = { role: '责编', names: ['余瑞新'], confirmedBy: '余瑞新', confirmedAt: '2024-05-01T08:10:00Z' };
  r.decisions[findings[0].key] = 'accepted';
  r.decisions[findings[1].key] = 'rejected';
  return r;
}

describe('reportHtml (校对单)', () => {
  const html = reportHtml({ name: '002.txt', page, findings, review: review(), now: new Date('2024-05-01T09:00:00Z') });

  it('is a self-contained printable page: no scripts, no remote content', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:/i);
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
  });

  it('lists the page name, masthead and each role with its confirmation', () => {
    expect(html).toContain('<title>校对单 — 002.txt</title>');
    expect(html).toContain('2024-05-01T09:00:00.000Z');
    expect(html).toMatch(/<th>责编<\/th><td>[^<]+<\/td><td>余瑞新<\/td><td>余瑞新<\/td><td>2024-05-01T08:10:00Z<\/td><td class="ok">✓ 已确认/);
    expect(html).toMatch(/<th>审读<\/th>.*<td class="no">未确认<\/td>/);
  });

  it('has one row per finding with its decision, and signature lines', () => {
    const rows = html.match(/<tr><td>\d+<\/td><td>\d+:\d+<\/td>/g) ?? [];
    expect(rows).toHaveLength(findings.length);
    expect(html).toContain('已采纳');
    expect(html).toContain('已驳回');
    expect(html).toContain(`待处理 ${findings.length - 2}`);
    expect(html.match(/签字/g)).toHaveLength(4);
  });

  it('escapes page text: a hostile headline shows as text', () => {
    const hostile = checkText(
      '责编 张三 美编 李四 审读 王五 排版 赵六\n\n<img src=x onerror=alert(1)>\n\n□本报记者 张三\n\n正文<script>alert(1)</script>。\n',
    );
    const h = reportHtml({ name: '<b>x</b>.txt', page: hostile.page, findings: hostile.findings });
    expect(h).not.toContain('<img src=x');
    expect(h).not.toContain('<script>alert');
    expect(h).not.toContain('<b>x</b>');
    expect(h).toContain('&lt;b&gt;x&lt;/b&gt;.txt');
  });

  it('has English labels when asked', () => {
    const en = reportHtml({ name: 'p.txt', page, findings: [], locale: 'en' });
    expect(en).toContain('Proofing sheet');
    expect(en).toContain('No findings.');
    expect(en).toContain('not confirmed');
  });
});

describe('reportCsv', () => {
  const csv = reportCsv(findings, review());

  it('starts with a UTF-8 BOM so Excel reads Chinese, and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    expect(rows[0]).toBe('行,列,结束行,结束列,级别,规则,说明,处理,键');
    expect(rows.length - 2).toBe(findings.length);
  });

  it('carries position, rule, message and decision of each finding', () => {
    const f = findings[0];
    const first = csv.slice(1).split('\r\n')[1];
    expect(first.startsWith(`${f.line},${f.column},${f.endLine},${f.endColumn},${f.severity},${f.rule},`)).toBe(true);
    expect(first).toContain(',accepted,');
  });

  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说“好”,"行"')).toBe('"他说“好”,""行"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(12)).toBe('12');
    expect(csvField(-3)).toBe('-3');
  });
});
