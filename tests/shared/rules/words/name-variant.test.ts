import { describe, expect, it } from 'vitest';
import { PAGES } from '../../text/samples';
import { covered, hitsOf, LEAD, page } from './page';

const RULE = 'name/variant';

describe('name/variant', () => {
  it('a byline name that sounds like a roster name (余瑞欣 / 余瑞新)', () => {
    const text = page('标题', LEAD).replace('记者 余瑞新', '记者 余瑞欣');
    const fs = hitsOf(text, RULE);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual(['余瑞欣']);
    expect(fs[0].message).toBe('「余瑞欣」与「余瑞新」同音不同字（人员名册），是否同一人？');
    expect(fs[0].fix?.edits[0]).toMatchObject({ text: '余瑞新', old: '余瑞欣' });
  });
  it('杜家毫 / 杜家豪 in one article: a byline name and its sound-alike in the text', () => {
    const text = page('标题', LEAD, '通讯员杜家豪也参与了采访。').replace('记者 余瑞新', '记者 余瑞新 通讯员 杜家毫');
    expect(covered(text, RULE)).toEqual(['杜家豪']);
  });
  it.each([
    ['a different name (余瑞明 does not sound like 余瑞新)', '记者 余瑞明'],
    ['a two-character name (张宇 / 张羽: too many real pairs)', '记者 张宇'],
    ['two characters changed (余锐欣 / 余瑞新: another person)', '记者 余锐欣'],
  ])('not %s', (_, byline) => {
    const body = `${byline.slice(3)}在现场采访。`;
    expect(covered(page('标题', LEAD, body).replace('记者 余瑞新', byline), RULE)).toEqual([]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE, { roster: { '*': ['余瑞新', '修相科'] } })).toEqual([]);
  });
});
