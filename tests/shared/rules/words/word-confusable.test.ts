import { describe, expect, it } from 'vitest';
import { applyFindingFixes } from '../../../../shared/fix';
import { PAGES, damage } from '../../text/samples';
import { covered, hitsOf, LEAD, page, ROSTER } from './page';

const RULE = 'word/confusable';

describe('word/confusable on real lines with a look-alike character', () => {
  it.each([
    ['坚决 → 坚绝 (000 line 79 坚决杜绝“飞线”充电)', '坚决杜绝', '坚绝杜绝', '坚绝', '坚决'],
    ['落实 → 洛实', '认真落实', '认真洛实', '洛实', '落实'],
  ])('%s', (_, real, damaged, wrong, right) => {
    const base = PAGES['000'].includes(real) ? PAGES['000'] : page('标题', LEAD, `各街道${real}落实各项要求。`);
    const text = damage(base, real, damaged);
    const fs = hitsOf(text, RULE);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual([wrong]);
    expect(fs[0].message).toBe(`「${wrong}」疑为「${right}」之误`);
    expect(applyFindingFixes(text, fs).text).toContain(damaged.replace(wrong, right));
  });
  it.each([
    ['苍白 → 沧白 (苍/沧: one phonetic part, one reading)', '他的脸色苍白。', '沧白', '苍白'],
    ['陶瓷 → 淘瓷 (陶/淘)', '首届陶瓷文化节昨日开幕。', '淘瓷', '陶瓷'],
    ['卫星 → 卫性 (星/性 on 生; jieba tags 卫星 a name, nr)', '我国成功发射一颗通信卫星。', '卫性', '卫星'],
  ])('a look-alike by shape and sound, no list needed: %s', (_, line, wrong, right) => {
    const text = page('标题', LEAD, line.replace(right, wrong));
    expect(hitsOf(text, RULE).map((f) => [text.slice(f.start, f.end), f.data?.right])).toEqual([[wrong, right]]);
  });
  const COMPOUNDS = { rules: { [RULE]: { options: { compounds: true } } } };
  it('a slip in a three-character word, no list needed, where the newsroom turns it on (救护车 → 救互车)', () => {
    const text = page('标题', LEAD, '这辆救互车停在小区门口。');
    expect(hitsOf(text, RULE, COMPOUNDS).map((f) => [text.slice(f.start, f.end), f.data?.right])).toEqual([['救互车', '救护车']]);
    expect(covered(page('标题', LEAD, '这辆救护车停在小区门口。'), RULE, COMPOUNDS)).toEqual([]);
    // Off by default: it costs a sixth of the check.
    expect(covered(text, RULE)).toEqual([]);
  });
  it('no three-character slip where a name stands (记者叶务员报道 beside 业务员)', () => {
    expect(covered(page('标题', LEAD, '本报记者叶务员报道，项目进展顺利。'), RULE, COMPOUNDS)).toEqual([]);
    expect(covered(page('标题', LEAD, '该行的叶务员正在办理。'), RULE, COMPOUNDS)).toEqual(['叶务员']);
  });
  it('no look-alike inside an idiom written right (畅所 of 畅所欲言 beside 场所; the segmenter splits the idiom)', () => {
    expect(covered(page('标题', LEAD, '会上，常委会组成人员畅所欲言、各抒己见。'), RULE)).toEqual([]);
    expect(covered(page('标题', LEAD, '新建的活动畅所对外开放。'), RULE)).toEqual(['畅所']);
  });
  it('付近 → 附近, a slip the platform segmenter knows as a word', () => {
    expect(covered(page('标题', LEAD, '工地付近的居民反映噪声问题。'), RULE)).toEqual(['付近']);
  });
  it('in a headline: an error that counts twice', () => {
    const fs = hitsOf(page('市北区坚绝杜绝“飞线”充电', LEAD), RULE);
    expect(fs.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('word/confusable on idioms with one character off', () => {
  it.each([
    ['铜墙铁壁 → 铜墙铁璧 (000 line 89)', '铜墙铁壁', '铜墙铁璧', '铜墙铁壁'],
    ['蓄势待发 → 蓄势待法 (002)', '蓄势待发', '蓄势待法', '蓄势待发'],
    ['五脏俱全 → 五脏具全 (000 line 25, inside quotation marks)', '五脏俱全', '五脏具全', '五脏俱全'],
  ])('%s', (_, real, wrong, right) => {
    const base = PAGES['000'].includes(real) ? PAGES['000'] : PAGES['002'];
    const text = damage(base, real, wrong);
    const fs = hitsOf(text, RULE);
    expect(fs.map((f) => text.slice(f.start, f.end))).toEqual([wrong]);
    expect(fs[0].message).toBe(`「${wrong}」疑为「${right}」之误`);
    expect(applyFindingFixes(text, fs).text).toBe(base);
  });
  it('leaves a slip a curated list holds to that list: reported once (色彩斑澜, 000 line 25)', () => {
    const text = damage(PAGES['000'], '色彩斑斓', '色彩斑澜');
    expect(covered(text, RULE)).toEqual([]);
    expect(covered(text, 'word/misspelling')).toEqual(['色彩斑澜']);
  });
  it('where the segmenter splits the slip oddly (高健一针见雪地指出: 健一, 雪地; 000 line 45)', () => {
    const text = damage(PAGES['000'], '一针见血', '一针见雪');
    expect(covered(text, RULE)).toEqual(['一针见雪']);
  });
  it('in a headline: an error that counts twice', () => {
    const fs = hitsOf(page('剧场内座无须席', LEAD), RULE);
    expect(fs.map((f) => [f.severity, f.data?.right])).toEqual([['error', '座无虚席']]);
  });
  it.each([
    ['a doubled character slipped as a pair (来势汹汹 → 来势凶凶)', '受强冷空气影响，本轮寒潮来势凶凶，气象部门提醒市民注意防寒保暖。', '来势凶凶', '来势汹汹'],
    ['an idiom jieba tags as a name, from the idiom lists (博大精深 → 搏大精深)', '这门技艺搏大精深，年轻人学起来并不容易。', '搏大精深', '博大精深'],
    ['an idiom jieba tags as a noun (群策群力 → 群策群利)', '全村群策群利，三天就修好了水渠。', '群策群利', '群策群力'],
    ['a slip near two variants is one of the commoner (无动于衷, 无动于中 → 无动于终)', '面对居民的投诉，物业公司至今仍无动于终。', '无动于终', '无动于衷'],
    ['a common word for half, beside no function word (感同|深受 beside 感同身受)', '看到灾区群众的困境，他感同深受。', '感同深受', '感同身受'],
  ])('%s', (_, line, wrong, right) => {
    const fs = hitsOf(page('标题', LEAD, line), RULE);
    expect(fs.map((f) => [f.data?.wrong, f.data?.right])).toEqual([[wrong, right]]);
  });
  it('not on the rarer of two variants, written as it is (无动于中)', () => {
    expect(covered(page('标题', LEAD, '面对居民的投诉，物业公司至今仍无动于中。'), RULE)).toEqual([]);
  });
  it('not on a doubled pair that is an accepted form (朗朗上口 beside 琅琅上口)', () => {
    expect(covered(page('标题', LEAD, '这首童谣朗朗上口，孩子们很快就学会了。'), RULE)).toEqual([]);
  });
  it.each([
    ['two correct words (不同|反响 beside 不同凡响)', '新政出台后，在社会上引起不同反响。'],
    ['two correct words (毫无|意义 beside 毫无疑义)', '这种形式主义的检查毫无意义。'],
    ['a common word for half of it (大师|已去 beside 大势已去)', '有人在留言簿上写道：“大师已去，余音绕梁。”'],
    ['a free-standing word before the rest of it (要|在其中 beside 乐在其中)', '政府部门要在其中发挥统筹协调作用。'],
    ['an end whose other three characters are a word (蛮|不在乎 beside 满不在乎)', '他对这些议论蛮不在乎。'],
    ['a set phrase made of words (为|成年人 beside 未成年人)', '社区医院的医生正在为成年人接种流感疫苗。'],
    ['a set phrase made of words (工程师和|科学家 beside 核科学家)', '工程师和科学家共同完成了论证。'],
  ])('not on %s', (_, line) => {
    expect(covered(page('标题', LEAD, line), RULE)).toEqual([]);
  });
  it('not in a name of the roster or a byline', () => {
    const text = page('标题', LEAD, '本报记者 沧海一栗 报道', '记者沧海一栗在现场看到，展馆内秩序井然。');
    expect(covered(text, RULE, { roster: { ...ROSTER, 摄影: ['沧海一栗'] } })).toEqual([]);
  });
});

describe('word/confusable leaves correct text and names alone', () => {
  it.each([
    ['以|经济 (以经 is a look-alike of 已经)', '坚持以经济建设为中心。'],
    ['在|说 (two free words, never generated)', '他在说明会上介绍了情况。'],
    ['现在|次要', '这些问题现在次要，先抓安全。'],
    ['a free character and a direction word (糊|上 beside 湖上)', '艺人用竹篾扎出骨架，再糊上彩纸、描上图案。'],
    ['two modern words jieba lacks (网购|防骗 beside 购房)', '老年人网购防骗课走进社区。'],
    ['a piece of a longer word (映山 of 映山红 beside 英山)', '漫山的映山红含苞待放。'],
    ['a negation before a character that stands alone (无|晴 beside 无情)', '“回首向来萧瑟处，归去，也无风雨也无晴。”'],
    ['X方, the party X (园方 beside 远方)', '园区的青蛙陆续出洞，园方提醒游客不要捕捉。'],
    ['a direction word after a verb, then a character that starts words (贴上|胶布 beside 上校)', '手指冻得裂了口子，贴上胶布接着刻。'],
    ['a place name jieba lacks before a word (李沧|老城区 beside 苍老)', '李沧老城区楼院密集、公共空间紧张。'],
  ])('%s', (_, line) => {
    expect(covered(page('标题', LEAD, line), RULE)).toEqual([]);
  });
  it('the allow list (option allow)', () => {
    const text = page('标题', LEAD, '各街道坚绝杜绝“飞线”充电。');
    expect(covered(text, RULE, { rules: { [RULE]: { options: { allow: ['坚绝'] } } } })).toEqual([]);
    expect(covered(text, RULE)).toEqual(['坚绝']);
  });
  it.each([
    ['a surname and a title before a verb of saying (付教授 beside 副教授)', '付教授介绍，这种病毒传播能力较强。', '他被聘为付教授。', '付教授'],
    ['a given name after a surname (张兰洲 beside 兰州)', '王润洲、张兰洲参加了会议。', '他在兰洲工作多年。', '兰洲'],
    ['a role, a surname, then the given name (负责人吴苍海说 beside 沧海)', '街区运营负责人吴苍海说，改造遵循修旧如旧。', '面对苍海，他久久无言。', '苍海'],
    ['a role and a surname, the form running past the name (检察官沈申|向 beside 伸向)', '检察官沈申向过往货车司机发放宣传单。', '他把手申向窗外。', '申向'],
    ['but not a surname that is an everyday word too (记者于|斤日 beside 近日)', '本报记者许文锋报道。', '记者于斤日走访发现问题。', '斤日'],
  ])('reads no look-alike where a name stands: %s', (_, name, slip, form) => {
    expect(covered(page('标题', LEAD, name), RULE)).toEqual([]);
    expect(covered(page('标题', LEAD, slip), RULE)).toEqual([form]);
  });
  it('reads a list, a stop on both sides, as no name (游泳、田胫、篮球), unless a surname is right before it (李锦洲、赵雷洲)', () => {
    expect(covered(page('标题', LEAD, '体育课包括游泳、田胫、篮球等项目。'), RULE)).toEqual(['田胫']);
    expect(covered(page('标题', LEAD, '李锦洲、赵雷洲两位老党员讲了话。'), RULE)).toEqual([]);
  });
  it('finds an idiom slip whose two-character look-alike reads across a word (另眼看侍: 眼看 runs into 看侍)', () => {
    expect(covered(page('标题', LEAD, '他对这位新同事另眼看侍。'), RULE)).toEqual(['另眼看侍']);
  });
  it('a look-alike right before a place suffix is a place name (大鲍岛 is no slip of 大炮), elsewhere it is still read', () => {
    expect(covered(page('标题', LEAD, '游客漫步大鲍岛历史街区，老里院焕发新生。'), 'word/confusable')).toEqual([]);
    expect(covered(page('标题', LEAD, '在胶北街道，设施蔬菜大棚连成一片。'), 'word/confusable')).toEqual([]);
    expect(covered(page('标题', LEAD, '在胶莱街道的数字农业基地里，菜苗长势喜人。'), 'word/confusable')).toEqual([]);
    // 路, 街 start words (路灯, 路口, 街巷): no place there.
    expect(covered(page('标题', LEAD, '工人们正在安壮路灯，重点对交捅路口进行改造，老旧小区唯修街巷。'), 'word/confusable')).toEqual(['安壮', '交捅', '唯修']);
    expect(covered(page('标题', LEAD, '节日里燃放大鲍的行为被明令禁止。'), 'word/confusable')).toEqual(['大鲍']);
  });
  it('a look-alike of two free characters is read between words (游客|拥济|，), not beside single characters (多云|转|中雨 holds 云转)', () => {
    expect(covered(page('标题', LEAD, '节假日景区游客拥济，请市民错峰出行。'), 'word/confusable')).toEqual(['拥济']);
    expect(covered(page('标题', LEAD, '今天：多云转中雨，东南风三到四级。'), 'word/confusable')).toEqual([]);
  });
  it('a foreign name written with · is not read', () => {
    expect(covered(page('标题', LEAD, '据坚绝·阿里介绍，项目进展顺利。'), RULE)).toEqual([]);
  });
  it('finds nothing on the three sample pages', () => {
    for (const p of Object.values(PAGES)) expect(hitsOf(p, RULE)).toEqual([]);
  });
});
