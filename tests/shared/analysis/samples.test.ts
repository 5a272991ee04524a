// The four sentence/quotation rules on each full sample page via checkText,
// as data decided by reading the pages (see the report in each rule's test
// for the line-by-line reasons).
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { hanOf, joinAll, PAGES, summary } from './pages';

describe('sentence and quotation findings on the full sample pages', () => {
  it('000', () => {
    expect(summary(PAGES['000'])).toEqual([
      'sentence/fragment 25', // 小，五脏俱全”的合肥路街角公园… (its start was lost)
      'sentence/broken 29→31', // …“引导农工商公司 / 参与改造”的方式
      'sentence/broken 39→41', // …项目化推进 / 工作落实。
      'quote/unbalanced 47 ”', // …既有形也有神”。 (never opened)
      'sentence/broken 62→64', // …的总量。” / 青岛依美…冯志伟说。 (attribution split off)
      'quote/unbalanced 77 ”', // …一桩心事！”十五大街… (opening lost)
      'quote/unbalanced 91 ”', // …作用发挥。”市北区委组织部… (opening lost)
      'sentence/broken 91→93', // …机关下沉干部、 / 志愿者等多方力量
      'sentence/broken 95→97', // …支援市北工作 / 队队长担任副书记
      'sentence/broken 103→89', // …组织优势和 / 密切联系群众优势… (earlier in the file)
    ]);
  });

  it('001', () => {
    expect(summary(PAGES['001'])).toEqual([
      'sentence/broken 37→39', // “…我们 / 不仅解决了
      'sentence/broken 43→45', // 融入生 / 活场景
      'sentence/broken 51→53', // “家门 / 口”的活动
      'sentence/broken 98→100', // ，推 / 动基层
      'sentence/broken 102→104', // 现场提供 / “一站式一条龙”服务
    ]);
  });

  it('002 (half-width punctuation page)', () => {
    expect(summary(PAGES['002'])).toEqual([
      'sentence/fragment 50', // 务贸易取得实效,… (its start was lost)
      'sentence/broken 56→58', // …推动 / 而丰智能产业园
      'quote/unbalanced 62 “', // 通过“圈层覆盖、…平台拓展构筑… (closing lost)
      'sentence/truncated 68', // “…从全区 (no continuation; its open “ is explained by the loss)
      'sentence/broken 74→76', // 文件早 / 已变更
      'sentence/broken 78→80', // 项目符 / 合区域
      'sentence/broken 94→70', // …没有着落。为 / 保障居民权益 (earlier in the file)
    ]);
  });

  it('findings carry severity warning; only sentence/broken has a fix (safe or for a person)', () => {
    for (const text of Object.values(PAGES)) {
      for (const f of checkText(text).findings) {
        if (!['sentence/broken', 'sentence/truncated', 'sentence/fragment', 'quote/unbalanced'].includes(f.rule)) continue;
        expect(f.severity).toBe('warning');
        if (f.rule === 'sentence/broken') expect(f.fix).toBeDefined();
        else expect(f.fix).toBeUndefined();
      }
    }
  });

  it('joining every broken sentence loses no Han character, and a second pass finds nothing more to join', () => {
    for (const text of Object.values(PAGES)) {
      const joined = joinAll(text);
      expect(hanOf(joined)).toBe(hanOf(text));
      expect(summary(joined).filter((s) => s.startsWith('sentence/broken'))).toEqual([]);
      expect(joinAll(joined)).toBe(joined);
    }
  });

  it('what is left after the joins is what needs a person', () => {
    const left = (id: keyof typeof PAGES) => summary(joinAll(PAGES[id])).map((s) => s.replace(/ \d+/, ''));
    expect(left('000')).toEqual(['sentence/fragment', 'quote/unbalanced ”', 'quote/unbalanced ”', 'quote/unbalanced ”']);
    expect(left('001')).toEqual([]);
    expect(left('002')).toEqual(['sentence/fragment', 'quote/unbalanced “', 'sentence/truncated']);
  });

  it('a page of look-alikes raises nothing: credits, masthead, column label, kicker, headline, subhead, bylines, lead, caption, 小标题, list items, a multi-paragraph quotation', () => {
    const page = [
      '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳',
      '幸福市北',
      'XING FU SHI BEI',
      '■市北区唤醒邮轮港区、焕新历史城区。图为邮轮港区。修相科 摄',
      '作风能力提升',
      '创新工作机制破解改造难题',
      '市北：老旧小区绘出新图景',
      '已完成27处停车场建设，新增泊位达2800余个',
      '□青岛日报/观海新闻记者 余瑞新\n通讯员 丁飞',
      '本报讯 老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。',
      '“点面结合”更具系统性',
      '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到了解决。',
      '■海岸路12号楼道堆放杂物已清理\n社区工作人员上门回访。',
      '直面问题,明晰发展新路径',
      '辽源路街道相关负责人在会上说：',
      '“第一，老旧街区改造要坚持问题导向，把群众需求作为出发点和落脚点。',
      '“第二，要把设计师请进社区，全程参与居民意见征集，让居民说了算。',
      '“第三，改造完成后还要管好用好，这就是三分建、七分管的道理。”',
      '■市北区辽源路街道“微更新”提升改造项目。',
    ].join('\n\n');
    expect(summary(page)).toEqual([]);
    expect(summary(page.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('CRLF line ends give the same findings at the same lines', () => {
    for (const text of Object.values(PAGES)) {
      expect(summary(text.replace(/\n/g, '\r\n'))).toEqual(summary(text));
    }
  });
});
