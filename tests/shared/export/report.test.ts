import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { csvField, reportCsv, reportHtml } from '../../../shared/export/report';
import { emptyReview, type ReviewState } from '../../../shared/review';

const P2 = readFileSync('resources/samples/002_6323321094799b0d.txt', 'utf8');
const { page, findings } = checkText(P2);

// Late evening in Beijing: 16:06 UTC is 00:06 the next day there.
const LATE = '2026-11-29T16:06:12.722Z';

function review(): ReviewState {
  const r = emptyReview('002.txt', P2, new Date('2024-05-01T08:00:00Z'));
  r.credits['责编'] = { role: '责编', names: ['余瑞新'], confirmedBy: '余瑞新', confirmedAt: '2024-05-01T08:10:00Z' };
  r.decisions[findings[0].key] = 'accepted';
  r.decisionStamps[findings[0].key] = { by: '林校对', at: LATE };
  r.decisions[findings[1].key] = 'rejected';
  r.audit = [
    { id: 'a1', kind: 'credit-name', by: '林校对', at: LATE, role: '审读', before: '', after: '王五' },
    { id: 'a2', kind: 'edit', by: '张编辑', at: LATE, line: 12, before: '<旧>', after: '新' },
    { id: 'a3', kind: 'confirm', by: '余瑞新', at: '2024-05-01T08:10:00Z', role: '责编', after: '余瑞新' },
    { id: 'a4', kind: 'decision', by: '林校对', at: LATE, key: findings[0].key, rule: findings[0].rule, before: 'left', after: 'accepted' },
  ];
  r.rounds = [{ n: 1, closedBy: '林校对', closedAt: LATE, sourceHash: 'h', text: '一校文本', credits: { 责编: r.credits['责编']! }, decisions: { x: 'accepted' } }];
  return r;
}

describe('reportHtml (校对单)', () => {
  const html = reportHtml({ name: '002.txt', page, findings, review: review(), now: new Date('2024-05-01T09:00:00Z'), timeZone: 'Asia/Shanghai' });

  it('is a self-contained printable page: no scripts, no remote content', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:/i);
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
  });

  it('prints on A4: page size and margins, header rows repeated, rows not split', () => {
    expect(html).toMatch(/@page\{size:A4;margin:[^}]+\}/);
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toMatch(/tr[^{]*\{break-inside:avoid\}/);
    expect(html.match(/<thead>/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('shows local times with their offset, never a UTC ISO string', () => {
    expect(html).toContain('2024-05-01 17:00 +08:00'); // generated
    expect(html).toContain('2024-05-01 16:10 +08:00'); // confirmed
    expect(html).toContain('2026-11-30 00:06 +08:00'); // after 8 p.m. UTC: the next day in Beijing
    expect(html).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  it('takes the time zone from the runtime when none is given', () => {
    const runtime = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const h = reportHtml({ name: 'p', page, findings: [], now: new Date(LATE) });
    expect(h).toContain(reportHtml({ name: 'p', page, findings: [], now: new Date(LATE), timeZone: runtime }).match(/生成时间<\/td><td>([^<]+)/)![1]);
  });

  it('names rules as the app does, never by id', () => {
    for (const f of findings) expect(html).not.toContain(f.rule);
    expect(html).toContain('半角标点');
    const en = reportHtml({ name: 'p', page, findings, review: review(), locale: 'en', timeZone: 'UTC' });
    expect(en).toContain('Half-width punctuation');
    for (const f of findings) expect(en).not.toContain(f.rule);
  });

  it('words decisions as the app does, with who decided and when', () => {
    expect(html).toContain('已接受');
    expect(html).toContain('已忽略');
    expect(html).not.toContain('已采纳');
    expect(html).not.toContain('已驳回');
    expect(html).toMatch(/已接受<\/td><td>林校对<br><span class="time">2026-11-30 00:06 \+08:00/);
  });

  it('lists the manual edits and credit name changes with who, when, before and after (escaped)', () => {
    const edits = html.slice(html.indexOf('<h2>人工修改</h2>'), html.indexOf('<h2>审阅记录</h2>'));
    expect(edits).toContain('<td>林校对</td><td>署名·审读</td><td class="del"></td><td class="ins">王五</td>');
    expect(edits).toContain('<td>张编辑</td><td>第 12 行</td><td class="del">&lt;旧&gt;</td><td class="ins">新</td>');
  });

  it('keeps the audit trail and the closed rounds', () => {
    expect(html).toContain('<h2>审阅记录</h2>');
    expect(html).toContain('确认了 责编（余瑞新）');
    expect(html).toContain('将「半角标点」标为已接受');
    expect(html).toMatch(/<td class="num">一校<\/td><td>林校对<\/td><td class="time">2026-11-30 00:06 \+08:00<\/td><td>责编 余瑞新/);
    expect(html).toContain('<tr><td>当前校次</td><td>二校</td></tr>');
  });

  it('lists the page name, masthead and each role with its confirmation', () => {
    expect(html).toContain('<title>校对单 — 002.txt</title>');
    expect(html).toMatch(/<th>责编<\/th><td>[^<]+<\/td><td>余瑞新<\/td><td>余瑞新<\/td><td class="time">2024-05-01 16:10 \+08:00<\/td><td class="ok">✓ 已确认/);
    expect(html).toMatch(/<th>审读<\/th>.*<td class="no">未确认<\/td>/);
  });

  it('has one row per finding with its decision, and signature lines', () => {
    const rows = html.match(/<tr><td class="num">\d+<\/td><td class="num">\d+:\d+<\/td>/g) ?? [];
    expect(rows).toHaveLength(findings.length);
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
  const csv = reportCsv(findings, review(), 'zh', { page, timeZone: 'Asia/Shanghai' });
  const lines = csv.slice(1).split('\r\n');

  it('starts with a UTF-8 BOM so Excel reads Chinese, and ends rows with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('行,列,结束行,结束列,级别,规则,说明,处理,处理人,处理时间,键');
  });

  it('has one line per finding, levels, rules and decisions in the interface language', () => {
    const f = findings[0];
    expect(lines[1].startsWith(`${f.line},${f.column},${f.endLine},${f.endColumn},警告,半角标点,`)).toBe(true);
    expect(lines[1]).toContain(',已接受,林校对,2026-11-30 00:06 +08:00,');
    expect(lines[2]).toContain(',已忽略,,,');
    expect(lines[3]).toContain(',待处理,,,');
    const en = reportCsv(findings, review(), 'en', { page, timeZone: 'UTC' }).slice(1).split('\r\n');
    expect(en[1]).toContain(',Warning,Half-width punctuation,');
    expect(en[1]).toContain(',Accepted,林校对,2026-11-29 16:06 +00:00,');
  });

  it('keeps a finding on one line even when its key or message holds line breaks', () => {
    const broken = { ...findings[0], key: 'sentence/broken|前\n后|0', message: '甲\r\n乙', data: undefined };
    const out = reportCsv([broken], null, 'zh').slice(1).split('\r\n');
    expect(out[1]).toContain('前⏎后');
    expect(out[1]).toContain('甲⏎乙');
    expect(out[2]).toBe(''); // the blank line before the credits: nothing spilled over
  });

  it('ends with the credits and their confirmations', () => {
    const at = lines.indexOf('职责,版面署名,确认姓名,确认人,确认时间,状态');
    expect(at).toBe(findings.length + 2);
    expect(lines[at - 1]).toBe('');
    expect(lines[at + 1]).toMatch(/^责编,[^,]+,余瑞新,余瑞新,2024-05-01 16:10 \+08:00,已确认$/);
    expect(lines[at + 3]).toMatch(/^审读,.*,未确认$/);
  });

  it('quotes fields per RFC 4180 and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说“好”,"行"')).toBe('"他说“好”,""行"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(12)).toBe('12');
    expect(csvField(-3)).toBe('-3');
    const evil = { ...findings[0], key: '=cmd|x', message: '@SUM(1)', data: undefined };
    const row = reportCsv([evil], null).slice(1).split('\r\n')[1];
    expect(row).toContain(",'@SUM(1),");
    expect(row.endsWith(",'=cmd|x")).toBe(true);
  });
});
