import { describe, expect, it } from 'vitest';
import { excerpt, fixPreviews, visible } from '../../../renderer/src/lib/preview';

describe('fix previews', () => {
  it('shows a join as the line breaks it removes, inside the text around them (not 们⏎⏎们)', () => {
    const text = '老旧小区改造，我们\n\n不仅解决了问题';
    const at = text.indexOf('们');
    const [p] = fixPreviews(text, { safe: true, edits: [{ start: at, end: at + 3, text: '们', old: '们\n\n' }] });
    expect(p).toEqual({ kind: 'edit', before: '…旧小区改造，我们', del: '⏎⏎', ins: '', after: '不仅解决了问题' });
  });

  it('shows a passage taken out here and put in there as one move with its line', () => {
    const text = '组织优势和\n\n其他段落。\n\n密切联系群众优势。';
    const and = text.indexOf('和');
    const from = text.indexOf('\n\n密切');
    const moved = '密切联系群众优势。';
    const previews = fixPreviews(text, {
      safe: false,
      edits: [
        { start: and, end: and + 1, text: '和' + moved, old: '和' },
        { start: from, end: text.length, text: '', old: text.slice(from) },
      ],
    });
    expect(previews).toEqual([{ kind: 'move', moved, before: '组织优势和', after: '⏎⏎其他段落。⏎…', line: 1 }]);
  });

  it('keeps a plain replacement as it is, with its context', () => {
    const text = '记者了解到,今年以来';
    const at = text.indexOf(',');
    expect(fixPreviews(text, { safe: true, edits: [{ start: at, end: at + 1, text: '，', old: ',' }] })).toEqual([
      { kind: 'edit', before: '记者了解到', del: ',', ins: '，', after: '今年以来' },
    ]);
  });

  it('has nothing to show without a fix', () => {
    expect(fixPreviews('abc', undefined)).toEqual([]);
    expect(fixPreviews('abc', { safe: true, edits: [] })).toEqual([]);
  });
});

describe('excerpts', () => {
  it('shows the finding with the text around it, whitespace made visible', () => {
    expect(excerpt('前面的一段文字,后面\n还有', { start: 7, end: 8 }, 4)).toEqual({ before: '…一段文字', hit: ',', after: '后面⏎还…' });
    expect(visible('a b\u3000c\td')).toBe('a·b□c⇥d');
  });
});
