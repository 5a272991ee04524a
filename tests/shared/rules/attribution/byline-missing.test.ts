import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { rule } from '../../../../shared/rules/attribution/byline-missing';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const read = (n: string) => readFileSync(new URL(`../../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');
const S2 = read('002_6323321094799b0d.txt');

const findings = (text: string) => checkText(text).findings.filter((f) => f.rule === 'byline/missing');
const found = (text: string) => findings(text).map((f) => [f.line, f.column, f.message]);

describe('byline/missing', () => {
  it('does not fire on the real pages: every article is signed', () => {
    expect(found(S0)).toEqual([]);
    expect(found(S1)).toEqual([]);
    expect(found(S2)).toEqual([]);
  });

  it('fires on the headline of a sample 000 article whose two-line byline was lost', () => {
    const page = S0.replace('□青岛日报/观海新闻记者 余瑞新\n通讯员 丁飞\n', '');
    const fs = findings(page);
    expect(fs.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [53, 1, 'warning', '稿件「让惠企政策尽知尽享 助力企业纾困…」没有署名'],
    ]);
    expect(page.slice(fs[0].start, fs[0].end)).toBe('让惠企政策尽知尽享 助力企业纾困增效');
  });

  it('fires on a 短讯 brief of sample 001 that lost its own byline (briefs are signed one by one)', () => {
    const page = S1.replace('□青岛日报/观海新闻记者 余瑞新\n本报讯 停车场', '本报讯 停车场');
    expect(found(page)).toEqual([[77, 1, '稿件「市北区加快推进停车场建设」没有署名']]);
  });

  it('accepts a lead that names the reporter: 本报讯（记者 余瑞新）', () => {
    const page = S1.replace('□青岛日报/观海新闻记者 余瑞新\n本报讯 停车场', '本报讯（记者 余瑞新）停车场');
    expect(found(page)).toEqual([]);
    // …but a bracket in the lead that names no reporter is not a byline.
    const other = S1.replace('□青岛日报/观海新闻记者 余瑞新\n本报讯 停车场', '本报讯（市北区）停车场');
    expect(found(other)).toEqual([[77, 1, '稿件「市北区加快推进停车场建设」没有署名']]);
  });

  it('leaves an article with no body to sign alone (sample 002: headline over a scrambled body)', () => {
    // Sample 002's first headline has its byline and no body paragraphs after it.
    const page = S2.replace('市北聚焦“2+6”特色产业“建圈强链”\n\n□青岛日报/观海新闻记者 余瑞新\n', '市北聚焦“2+6”特色产业“建圈强链”\n');
    expect(found(page)).toEqual([]);
  });

  it('does not double up with byline/misplaced: a byline before its headline still signs it', () => {
    const page = S1.replace('□青岛日报/观海新闻记者 余瑞新\n本报讯 停车场', '本报讯 停车场').replace(
      '市北区加快推进停车场建设',
      '□青岛日报/观海新闻记者 余瑞新\n\n市北区加快推进停车场建设',
    );
    expect(found(page)).toEqual([]);
    expect(checkText(page).findings.filter((f) => f.rule === 'byline/misplaced')).toHaveLength(1);
  });
});

// ------------------------------------------------------------ rule tester
const SIGNED = '□青岛日报/观海新闻记者 余瑞新\n本报讯 停车场';
/** Sample 001's 短讯 brief 市北区加快推进停车场建设: headline, subhead, byline, lead, body. */
const BRIEF = lines(S1, 77, 88);
/** Sample 000's article 让惠企政策尽知尽享…, signed on two lines (reporter, correspondent). */
const A53 = lines(S0, 51, 64);

testRule(rule, {
  valid: [
    { name: 'the brief as printed, signed under its subhead', text: BRIEF },
    { name: 'a byline on two lines (记者 … / 通讯员 …)', text: A53 },
    { name: 'a lead that names the reporter: 本报讯（记者 余瑞新）', text: BRIEF.replace(SIGNED, '本报讯（记者 余瑞新）停车场') },
    { name: 'a byline above its headline still signs it (byline/misplaced says so)', text: BRIEF.replace(SIGNED, '本报讯 停车场').replace('市北区加快推进停车场建设', '□青岛日报/观海新闻记者 余瑞新\n\n市北区加快推进停车场建设') },
    { name: 'a headline over photos: no body to sign (sample 000’s page lead)', text: lines(S0, 13, 23).replace(' 文/图', '').replace('□青岛日报/观海新闻记者 余瑞新\n', '') },
    { name: 'a body paragraph without a headline: not an article that can be judged', text: lines(S1, 96, 98) },
    {
      name: 'two 小标题 pairs (栏目 + 标题) inside one signed story are sections, not unsigned articles',
      text: '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳\n\n老厂房变身文创园\n\n□青岛日报/观海新闻记者 余瑞新\n\n本报讯 走进位于杭州路的老纺织厂，红砖厂房、高耸的烟囱依旧，厂房里却多了书店、咖啡馆和设计工作室。\n\n微改造\n留住工业记忆\n\n改造中，设计团队保留了厂房的锯齿形屋顶和老机器，只对内部空间进行分隔，让老建筑“修旧如旧”，厂房的历史风貌得以完整保留，成为市民打卡拍照的热门去处，周末客流量超过一万人次。\n\n新业态\n激活老城活力\n\n园区负责人介绍，园区将继续引进文化创意、数字设计等企业，预计明年入驻企业将超过60家，带动就业岗位2000个以上，老城区的发展活力进一步增强，成为城市更新的一张新名片。\n',
    },
    {
      name: 'another paper signs at the end: （本报记者 陆娅楠）',
      text: '中国高铁强劲奔跑\n\n　　截至2019年底，中国高铁运营里程突破3.5万公里，约占全球高铁网的七成。中国已编织成世界上最现代的铁路网和最发达的高铁网，让“流动的中国”生机勃勃！不仅是兴国，那些耳熟能详的革命老区和贫困地区都首次接入高铁网。\n　　（本报记者 陆娅楠）\n',
    },
    {
      name: 'a wire dateline is the credit: 新华社北京1月18日电',
      text: '联合发布“诚信之星”\n\n新华社北京1月18日电　中宣部、国家发展改革委18日向社会发布2019年“诚信之星”，这是深入贯彻落实诚信建设要求、弘扬诚信文化的重要举措。发布仪式上，介绍了10位“诚信之星”的先进事迹，他们来自各行各业，在平凡岗位上践行诚实守信的价值理念。\n',
    },
  ],
  invalid: [
    {
      name: 'on a paper whose house style is unknown, and no other article is signed: uncertain (hidden by default)',
      text: '市北区加快推进停车场建设\n\n　　今年以来，市北区聚焦群众停车难问题，新建改建停车场27处，新增泊位3200余个，有效缓解了老旧街区停车难题。下一步，市北区将继续挖掘闲置地块资源，推动共享停车，让更多市民停车不再难，让城市交通更顺畅、更有序。\n\n　　据了解，市北区还将在医院、学校、商圈周边试点错时共享停车，推动机关企事业单位停车场在夜间和节假日向周边居民开放，并同步完善智慧停车平台建设。\n',
      findings: [{ line: 1, column: 1, text: '市北区加快推进停车场建设', uncertain: true }],
    },
    {
      name: 'the brief lost its byline: the headline is pointed at',
      profile: 'layout-export',
      text: BRIEF.replace(SIGNED, '本报讯 停车场'),
      findings: [{ line: 1, column: 1, text: '市北区加快推进停车场建设', message: '稿件「市北区加快推进停车场建设」没有署名', severity: 'warning', fix: 'none' }],
    },
    {
      name: 'a bracket in the lead that names no reporter is no byline',
      profile: 'layout-export',
      text: BRIEF.replace(SIGNED, '本报讯（市北区）停车场'),
      findings: [{ line: 1, column: 1, message: '稿件「市北区加快推进停车场建设」没有署名' }],
    },
    {
      name: 'sample 000’s article whose two-line byline was lost',
      profile: 'layout-export',
      text: A53.replace('□青岛日报/观海新闻记者 余瑞新\n通讯员 丁飞\n', ''),
      findings: [{ line: 3, column: 1, text: '让惠企政策尽知尽享 助力企业纾困增效', message: '稿件「让惠企政策尽知尽享 助力企业纾困…」没有署名' }],
    },
  ],
});
