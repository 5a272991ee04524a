import { describe, expect, it } from 'vitest';
import { findIdiomSlips, withoutAmbiguous } from '../../../../shared/rules/words/idioms';

const slips = (s: string) => findIdiomSlips(s, 0, s.length).map((x) => `${x.wrong}→${x.right}`);

describe('findIdiomSlips: one character off an idiom', () => {
  it.each([
    ['a character read alike (泻/泄, xie)', '展馆门口被围得水泻不通。', '水泻不通→水泄不通'],
    ['read alike, tone aside (滂 pāng / 磅 páng)', '大合唱气势滂礴。', '气势滂礴→气势磅礴'],
    ['a listed look-alike (栗/粟)', '个人的力量不过是沧海一栗。', '沧海一栗→沧海一粟'],
    ['the slip in the first half (俱/具)', '真是“麻雀虽小，五脏具全”。', '五脏具全→五脏俱全'],
    ['the slip in the last character (壁/璧)', '筑起防控的铜墙铁璧。', '铜墙铁璧→铜墙铁壁'],
    ['a near reading (乘 cheng / 趁 chen)', '各地乘热打铁，推出新举措。', '乘热打铁→趁热打铁'],
    ['a near reading (甚 shen / 胜 sheng)', '类似案例不甚枚举。', '不甚枚举→不胜枚举'],
    ['the same shape, not the same reading (昧/味 on 未)', '孩子们听得津津有昧。', '津津有昧→津津有味'],
    ['a character of more than three readings (邪: xie ye yu xu …; 斜 xie)', '坚决刹住歪风斜气。', '歪风斜气→歪风邪气'],
  ])('%s', (_, line, want) => {
    expect(slips(line)).toEqual(want ? [want] : []);
  });
  it('takes the same shape for no evidence in a set phrase of words (这样的活 beside 这样的话)', () => {
    expect(slips('找到这样的活不容易。')).toEqual([]);
  });
  it('says nothing of the idioms themselves', () => {
    expect(slips('展馆门口被围得水泄不通，筑起铜墙铁壁，五脏俱全。')).toEqual([]);
  });
  it('takes no traditional form or rare character for a slip (爲 for 为)', () => {
    expect(slips('這本不足爲奇。')).toEqual([]);
  });
  it('takes a window near two idioms for evidence of neither (一声不巷: 一声不吭, 一声不响)', () => {
    expect(slips('他一声不巷地走了。')).toEqual([]);
  });
  it('takes a window near two variants for a slip of the commoner (惊皇失措: 惊慌失措, not 惊惶失措)', () => {
    expect(slips('他一时惊皇失措。')).toEqual(['惊皇失措→惊慌失措']);
  });
  it('takes a window near the rarer variant only for a slip of it (一股挠儿 → 一股脑儿, jieba’s rarer beside 一古脑儿)', () => {
    expect(slips('他把心里话一股挠儿都说了。')).toEqual(['一股挠儿→一股脑儿']);
  });
  it('knows real words one character off an idiom (攻城略地 beside 攻城掠地, 自作主张 beside 自做主张)', () => {
    expect(slips('部队攻城略地。他自作主张。')).toEqual([]);
  });
  it('reads a common word as a word, not as half an idiom with a slip (大师|已去, 史料|未及)', () => {
    expect(slips('大师已去，余音绕梁。一些史料未及整理。')).toEqual([]);
  });
  it('takes a different end character for no slip where the rest is a word (蛮|不在乎 beside 满不在乎)', () => {
    expect(slips('他对这些议论蛮不在乎。')).toEqual([]);
  });
  it('reads two words of the dictionary as two words (传家|至宝 beside 传家之宝, 生死|知交)', () => {
    expect(slips('铜印被他家视为传家至宝。两人是战场上结下的生死知交。')).toEqual([]);
  });
  it('knows forms the dictionaries also accept (一笔抹杀, 虎踞龙蟠)', () => {
    expect(slips('不能一笔抹杀。南京城虎踞龙蟠。')).toEqual([]);
  });
  it('takes a free-standing word at the start for no slip (要|在其中 beside 乐在其中)', () => {
    expect(slips('政府部门要在其中发挥作用。')).toEqual([]);
  });
  it('reads set phrases made of words as words (为|成年人 beside 未成年人, 在|进一步 beside 再进一步)', () => {
    expect(slips('医生正在为成年人接种疫苗，要在进一步扩大投放的同时')).toEqual([]);
  });
  it('finds slips in set phrases that are idioms in all but jieba\'s tag (有目共赌 → 有目共睹)', () => {
    expect(slips('成绩有目共赌。')).toEqual(['有目共赌→有目共睹']);
  });
  it('finds a slip at the very start and the very end of the range', () => {
    const s = '水泻不通，铜墙铁璧';
    expect(slips(s)).toEqual(['水泻不通→水泄不通', '铜墙铁璧→铜墙铁壁']);
    expect(findIdiomSlips(s, 1, s.length).map((x) => x.wrong)).toEqual(['铜墙铁璧']);
    expect(findIdiomSlips(s, 0, s.length - 1).map((x) => x.wrong)).toEqual(['水泻不通']);
  });
});

describe('withoutAmbiguous', () => {
  it('drops a window found near one idiom from its head pair and near another from its tail pair', () => {
    const f = (start: number, right: string) => ({ start, wrong: '', right });
    expect(withoutAmbiguous([f(0, '甲'), f(4, '乙'), f(4, '丙'), f(9, '丁')])).toEqual([f(0, '甲'), f(9, '丁')]);
  });
});
