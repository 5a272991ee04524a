import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { nameDistance, namesFor, nearestName, parseRoster } from '../../shared/roster';
import { parseCredits } from '../../shared/parse/credits';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');

describe('parseRoster', () => {
  it('reads the JSON object form', () => {
    expect(parseRoster('{"责编": ["余瑞新", "张羽"], "*": ["林艳"]}')).toEqual({ 责编: ['余瑞新', '张羽'], '*': ['林艳'] });
  });

  it('reads the JSON array form and maps role variants', () => {
    expect(
      parseRoster('[{"role":"责编","name":"余瑞新"},{"role":"责任编辑","name":"张羽"},{"role":"校对","name":"王忠良"}]'),
    ).toEqual({ 责编: ['余瑞新', '张羽'], 审读: ['王忠良'] });
  });

  it('reads the line form with comments, blank lines, CRLF and several names', () => {
    const text = '\uFEFF# 幸福市北\r\n责编 余瑞新\r\n\r\n责编 张羽  # 周末版\r\n美编：李晓萌\r\n排版 林艳 韩婷\r\n* 修相科\r\n';
    expect(parseRoster(text)).toEqual({ 责编: ['余瑞新', '张羽'], 美编: ['李晓萌'], 排版: ['林艳', '韩婷'], '*': ['修相科'] });
  });

  it('reports malformed input in one line with where it is', () => {
    expect(() => parseRoster('责编 余瑞新\n美编\n')).toThrow('roster line 2: expected “role name”, got “美编”');
    expect(() => parseRoster('责编 余瑞新\n\n主编 张三\n')).toThrow(/^roster line 3: unknown role “主编”/);
    expect(() => parseRoster('{"责编": ["余瑞新",]}')).toThrow(/^roster: invalid JSON/);
    expect(() => parseRoster('{"责编": "余瑞新", "美编": 3}')).toThrow('roster “美编”: expected a list of names');
    expect(() => parseRoster('[{"role":"责编"}]')).toThrow(/^roster item 1:/);
    for (const bad of ['美编\n', '{"x": 1', '[1]']) {
      try {
        parseRoster(bad);
        expect.unreachable();
      } catch (e) {
        expect((e as Error).message).not.toMatch(/\n/);
      }
    }
  });

  it('the default roster holds every name on the sample pages’ credits lines', () => {
    const roster = parseRoster(read('resources/roster.json'));
    for (const n of ['000_9801057ab119ebec.txt', '001_090f44e9df0cafa1.txt', '002_6323321094799b0d.txt']) {
      const line = read(`resources/samples/${n}`).split('\n').find((l) => parseCredits(l, 0))!;
      for (const e of parseCredits(line, 0)!) {
        for (const name of e.names) expect(namesFor(roster, e.role), `${n} ${e.role}`).toContain(name.name);
      }
    }
  });
});

describe('nearestName', () => {
  const staff = ['余瑞新', '张羽', '李晓萌', '郑燕', '王忠良', '穆胜保', '林艳', '韩婷', '韩淑华'];

  it('suggests the roster name for a one-character misread', () => {
    expect(nearestName('王忠艮', staff)).toEqual({ name: '王忠良', distance: 0.5 });
    expect(nearestName('余端新', staff)).toEqual({ name: '余瑞新', distance: 1 });
    expect(nearestName('张雨', staff)).toEqual({ name: '张羽', distance: 1 });
    expect(nearestName('余瑞', staff)).toEqual({ name: '余瑞新', distance: 1 }); // a character lost
  });

  it('prefers an OCR-confusable substitution over a plain one', () => {
    expect(nearestName('王忠艮', ['王忠民', '王忠良'])).toEqual({ name: '王忠良', distance: 0.5 });
    expect(nearestName('玉忠良', ['王忠良', '宝忠良'])?.name).toBe('王忠良');
  });

  it('allows two edits only for names of four or more characters', () => {
    expect(nearestName('阿依古丽', ['阿伊古力'])).toEqual({ name: '阿伊古力', distance: 2 });
    expect(nearestName('王忠良', ['王中梁'])).toBeNull();
    expect(nearestName('张三', ['李四'])).toBeNull();
  });

  it('does not guess between equally near names', () => {
    expect(nearestName('韩艳', ['林艳', '韩婷'])).toBeNull();
  });

  it('measures distance in characters', () => {
    expect(nameDistance('韩婷', '韩淑华')).toBe(2);
    expect(nameDistance('己', '已')).toBe(0.5);
    expect(nameDistance('', '张羽')).toBe(2);
  });
});
