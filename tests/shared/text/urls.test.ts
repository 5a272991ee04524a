import { describe, expect, it } from 'vitest';
import { findUrls, inSpans, mayHoldUrl, pageMayHoldUrl } from '../../../shared/text/urls';
import { PAGES } from './samples';

const urls = (t: string) => findUrls(t).map((s) => t.slice(s.start, s.end));

describe('findUrls', () => {
  it('finds URLs with and without a scheme, and e-mail addresses, next to Chinese', () => {
    expect(urls('详见https://www.qingdaonews.com/a?id=1,2。')).toEqual(['https://www.qingdaonews.com/a?id=1,2']);
    expect(urls('登录www.qdsb.gov.cn:8080/ban查询')).toEqual(['www.qdsb.gov.cn:8080/ban']);
    expect(urls('来信请寄news@qingdaonews.com。')).toEqual(['news@qingdaonews.com']);
  });
  it('a sentence-final ASCII mark is not part of the address', () => {
    expect(urls('See http://example.com/x.')).toEqual(['http://example.com/x']);
  });
  it('plain Chinese text holds none and is not scanned', () => {
    expect(mayHoldUrl('市北区聚焦24条重点产业链振兴,构建“2+6”特色产业体系')).toBe(false);
    expect(urls('3092.13点，10:30开始')).toEqual([]);
  });
  it('pageMayHoldUrl answers as mayHoldUrl does, from the page scan', () => {
    const cases = [
      '详见https://x.cn。', '登录www.qdsb.gov.cn查询', '来信请寄news@qd.com。', '3092.13点，10:30开始，：//',
      'a:/b', 'ww.w', 'xww.cn', 'a://', 'www', ':', '', ...Object.values(PAGES),
    ];
    for (const t of cases) expect(pageMayHoldUrl(t)).toBe(mayHoldUrl(t));
    expect(pageMayHoldUrl('登录www.qdsb.gov.cn查询')).toBe(true);
    expect(pageMayHoldUrl('http://x')).toBe(true);
  });
  it('inSpans', () => {
    expect(inSpans([{ start: 2, end: 4 }], 3)).toBe(true);
    expect(inSpans([{ start: 2, end: 4 }], 4)).toBe(false);
  });
});
