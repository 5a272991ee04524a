import { describe, expect, it } from 'vitest';
import { findCompoundSlips } from '../../../../shared/rules/words/compounds';

const slips = (s: string) => findCompoundSlips(s, 0, s.length).map((x) => `${x.wrong}→${x.right}`);

describe('findCompoundSlips: one character off a three-character word', () => {
  it.each([
    ['the first character read alike (汽/气)', '市汽象台昨日发布寒潮蓝色预警。', '汽象台→气象台'],
    ['the middle one (绩/积)', '住房公绩金贷款额度上调。', '公绩金→公积金'],
    ['the middle one (侧/测)', '新型探侧器完成在轨测试。', '探侧器→探测器'],
    ['the last one (管/馆)', '市博物管推出夜间开放。', '博物管→博物馆'],
    ['a character of more than three readings (参: can shen cen …; 岑 cen)', '美国岑议院通过法案。', '岑议院→参议院'],
  ])('%s', (_, line, want) => {
    expect(slips(line)).toEqual([want]);
  });
  it('says nothing of the words themselves', () => {
    expect(slips('市气象台、住房公积金、新型探测器、市博物馆。')).toEqual([]);
  });
  it.each([
    ['a function word put in or taken out (都是人 beside 都市人, 当的人 beside 当地人, 候车时 beside 候车室)', '出发点和落脚点都是人。做勇于担当的人。在站台候车时不要倚靠屏蔽门。'],
    ['a new last character beside two that are a common word (高峰|挤 beside 高峰期)', '早晚高峰挤地铁的人不少。'],
    ['the new character a word with its neighbour outside (工笔花|鸟 beside 工笔画; 中高技|能 beside 中高级)', '她擅长工笔花鸟，培养中高技能人才。'],
    ['a word of the dictionary itself, one character off another (保育员 beside 保育院, 侏罗系 beside 侏罗纪)', '幼儿园招聘保育员，地层属侏罗系。'],
  ])('no slip: %s', (_, line) => {
    expect(slips(line)).toEqual([]);
  });
  it('stays inside [from, to)', () => {
    const s = '市汽象台发布';
    expect(findCompoundSlips(s, 0, 3)).toEqual([]);
    expect(findCompoundSlips(s, 1, 4).map((x) => x.start)).toEqual([1]);
  });
});
