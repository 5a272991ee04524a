import { describe, expect, it } from 'vitest';
import { checkText } from '../../../../shared/check';
import { PAGES } from '../../text/samples';
import { covered, hitsOf, LEAD, page } from './page';

const RULE = 'usage/discouraged';

describe('usage/discouraged', () => {
  it('says why and what to write instead', () => {
    const fs = hitsOf(page('标题', LEAD, '活动邀请了多位影帝到场。'), RULE);
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toBe('「影帝」：通稿不用娱乐圈捧称，写“著名演员”“著名艺术家”，宜写「著名演员」');
    expect(fs[0].fix?.edits[0]).toMatchObject({ text: '著名演员', old: '影帝' });
  });
  it('a non-standard short form of a state organ is info (published papers differ)', () => {
    const fs = hitsOf(page('标题', LEAD, '中央宣传部、国家发改委近日向社会发布了2019年“诚信之星”。'), RULE);
    expect(fs.map((f) => [f.severity, f.data?.instead])).toEqual([['info', '国家发展改革委']]);
  });
  it('leaves look-alikes alone: 自由女神像, 村长 in 渔村长廊', () => {
    expect(covered(page('标题', LEAD, '游客在自由女神像前合影，漫步渔村长廊。'), RULE)).toEqual([]);
  });
  it("the newsroom's own two-character phrases are not read across words (no word table was made for them)", () => {
    const opts = { rules: { [RULE]: { options: { extra: { 村长: '村委会主任' } } } } };
    expect(covered(page('标题', LEAD, '新村长大会上，大家畅所欲言。'), RULE, opts)).toEqual(['村长']);
  });
  it('reads two characters across two common words as neither (摄影|后期 holds 影后)', () => {
    expect(covered(page('标题', LEAD, '社区开设了短视频剪辑和摄影后期课程。'), RULE)).toEqual([]);
    expect(covered(page('标题', LEAD, '她三次获封影后。'), RULE)).toEqual(['影后']);
  });
  it("the newsroom's own rules (option extra)", () => {
    const options = { rules: { [RULE]: { options: { extra: { 一把手: '主要负责人' } } } } };
    expect(covered(page('标题', LEAD, '街道一把手带队检查。'), RULE, options)).toEqual(['一把手']);
  });
  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE)).toEqual([]);
  });
});

describe('usage/discouraged: words that hold a listed phrase', () => {
  it.each([
    ['妈妈的', '孩子们围着妈妈的身边唱歌。'],
    ['回教室', '下课铃响后，学生们回教室自习。'],
    ['红超巨星', '天文学家观测到一颗红超巨星。'],
  ])('%s is no finding', (_, text) => {
    expect(checkText(text).findings.filter((f) => f.rule === 'usage/discouraged')).toEqual([]);
  });
});

describe('usage/discouraged under a misspelling', () => {
  it('簿弱智: the misspelling 簿弱 speaks for its characters, 弱智 is not read', () => {
    const text = page('标题', LEAD, '该校学生的数学能力簿弱智力测验成绩偏低。');
    expect(covered(text, 'word/misspelling')).toEqual(['簿弱']);
    expect(covered(text, 'usage/discouraged')).toEqual([]);
  });
});
