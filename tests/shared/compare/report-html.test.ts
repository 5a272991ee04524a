import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareDetailed, renderCompareReport } from '../../../shared/compare';
import { esc } from '../../../shared/compare/report-html';

const read = (n: string) => readFileSync(new URL(`../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');

describe('renderCompareReport', () => {
  const lines = S0.split('\n');
  // Line 43 moved up after line 27, and one edit on line 58.
  const revised = [...lines.slice(0, 28), lines[42], '', ...lines.slice(28, 42), ...lines.slice(44)]
    .join('\n')
    .replace('全国首家聚焦', '全省首家聚焦');
  const html = renderCompareReport(compareDetailed(S0, revised), { oldName: '000-a.txt', newName: '000-b.txt', generated: 'test run' });

  it('opens with a summary of the counts and both files', () => {
    const summary = html.slice(0, html.indexOf('<table class="sbs">'));
    expect(summary).toContain('000-a.txt');
    expect(summary).toContain('000-b.txt');
    expect(summary).toMatch(/改动 changes <b>2<\/b>/);
    expect(summary).toMatch(/移动 <b>1<\/b>/);
    expect(summary).toMatch(/修改 <b>1<\/b>/);
    expect(summary).toContain('2 changes: 1 replacement, 1 move');
  });

  it('shows both revisions side by side with insertions and deletions marked', () => {
    expect(html).toContain('<del>国</del>');
    expect(html).toContain('<ins>省</ins>');
    // Every line of both revisions is in the table (spot check: first and last body lines).
    expect(html).toContain('责编 余瑞新 张羽 美编 李晓萌');
    expect(html.split('党的二十大提出').length - 1).toBeGreaterThanOrEqual(2);
  });

  it('links a moved paragraph’s old and new places both ways', () => {
    expect(html).toMatch(/<tr class="moved-from" id="c1-from">[\s\S]*?href="#c1"/);
    expect(html).toMatch(/<tr class="moved-to" id="c1">[\s\S]*?href="#c1-from"/);
  });

  it('prints on A4 with page-break rules and colours that survive printing', () => {
    expect(html).toContain('@page { size: A4');
    expect(html).toMatch(/@media print[\s\S]*break-inside: avoid/);
    expect(html).toContain('print-color-adjust: exact');
    // Black-and-white printers still see the marks.
    expect(html).toMatch(/ins \{[^}]*underline/);
    expect(html).toMatch(/del \{[^}]*line-through/);
  });

  it('marks a repaired line break (a join) visibly', () => {
    const joined = renderCompareReport(compareDetailed(S1, S1.replace('融入生\n\n活场景', '融入生活场景')), { oldName: 'a', newName: 'b' });
    expect(joined).toMatch(/融入生<del><span class="brk">¶<\/span>/);
    expect(joined).toContain('合并');
  });

  it('escapes all page text and file names: hostile text stays text', () => {
    const evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
    const a = `标题\n\n正文第一段。\n\n${evil}\n`;
    const b = `标题\n\n正文第一段。\n\n${evil}改\n\n<b onmouseover='x'>新段</b>\n`;
    const out = renderCompareReport(compareDetailed(a, b), { oldName: '<i>old</i>.txt', newName: '"new".txt' });
    expect(out).not.toMatch(/<script|<img|<b |<i>/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('&lt;b onmouseover=&#39;x&#39;&gt;新段&lt;/b&gt;');
    expect(out).toContain('&lt;i&gt;old&lt;/i&gt;.txt');
    // No script and no remote resources at all, and a CSP that forbids them.
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(esc(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });

  it('says when the revisions are equal', () => {
    const out = renderCompareReport(compareDetailed(S1, S1), { oldName: 'a', newName: 'b' });
    expect(out).toContain('两稿相同');
    expect(out).not.toContain('<ol class="index">');
  });
});
