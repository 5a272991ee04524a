// Where papers sign other than under the headline: each form seen on real
// pages, and the look-alikes that sign nothing.
import { describe, expect, it } from 'vitest';
import { endsWithCredit, endsWithPenName, isCreditLine, isSpace, signedElsewhere } from '../../../shared/analysis/signatures';
import { PAGES } from './pages';
import { parsePage } from '../../../shared/parse';
import { PROFILE_BY_ID } from '../../../shared/profiles';

describe('credits at the end of a paragraph', () => {
  it.each([
    ['a reporter in brackets (人民日报)', '让“流动的中国”生机勃勃！（本报记者 陆娅楠）'],
    ['a pen name in brackets (晶報)', '現正在交涉中、（獅）'],
    ['names run together (人民日报 briefs)', '村民们纷纷点赞。（亓 创 高 超）'],
    ['a place sent from (晶報)', '營業因而減色、（怡自京寄）'],
    ['a wire and group credit', '（新华社北京1月21日电  记者梅世雄、梅常伟  参与采写：张圣涛、马永生、李杰、文剑波、郭鹏）'],
    ['a dash credit closing the lead', '让老街巷重现烟火气。——本报记者 陈 曦/文'],
    ['a pen name set apart after the last mark', '以無謝、謹謝、　丹翁'],
    ['a photo credit closing a caption paragraph', '二月十六日，群众在观看演出。新华社记者  吴  鲁摄'],
  ])('%s', (_, text) => expect(endsWithCredit(text)).toBe(true));

  it.each([
    ['a date in brackets', '项目于今年开工（2022年）'],
    ['a sentence ending on a quotation', '他说：“我们一定会做好。”'],
    ['a paragraph ending mid-sentence', '老旧小区改造，我们'],
  ])('look-alike: %s', (_, text) => expect(endsWithCredit(text)).toBe(false));
});

describe('credit lines', () => {
  it.each(['（丹翁）', '(丹翁)', '——编者', '－－编者', '--编者', '采写：本报记者 王晓冬', '制图：蔡华伟（新华社发）', '版式设计：蔡华伟', '李涵秋著', '  怡 自京寄 '])('%s', (line) =>
    expect(isCreditLine(line)).toBe(true),
  );
  it.each(['市北区召开会议，部署工作', '编辑部的故事'])('look-alike: %s', (line) => expect(isCreditLine(line)).toBe(false));
  it('a role credit of any length; the short forms only when short', () => {
    const names = '、张三'.repeat(30);
    expect(isCreditLine(`参与采写：李四${names}`)).toBe(true);
    // 40 supplementary ideographs (two code units each) in brackets: 82 units.
    expect(isCreditLine(`（${'𠀋'.repeat(40)}）`)).toBe(true);
    expect(isCreditLine(`（${'𠀋'.repeat(41)}）`)).toBe(false);
    expect(isCreditLine(`（记者${names}）`)).toBe(false);
  });
});

describe('articles signed elsewhere', () => {
  const mainland = PROFILE_BY_ID.get('mainland')!;
  const layout = PROFILE_BY_ID.get('layout-export')!;
  const signed = (text: string, profile = mainland) => {
    const page = parsePage(text);
    return signedElsewhere(page, page.articles[0], profile);
  };
  const BODY = '　　今年以来，市北区聚焦群众停车难问题，新建改建停车场27处，新增泊位3200余个，有效缓解了停车难题。';

  it('a wire dateline is the credit', () => expect(signed(`联合发布诚信之星\n\n新华社北京1月18日电　${BODY}\n`)).toBe(true));
  it('a bracketed wire dateline opening the story (晶報)', () => expect(signed(`城內四處大火\n\n（高安廿六日下午四時電）${BODY}\n`)).toBe(true));
  it('本报讯 credits the paper where bylines are not printed at the head', () => {
    expect(signed(`停车难问题缓解\n\n本报讯 ${BODY}\n`)).toBe(true);
    expect(signed(`停车难问题缓解\n\n本报讯 ${BODY}\n`, layout)).toBe(false);
  });
  it('look-alike: an unsigned article', () => expect(signed(`停车难问题缓解\n\n${BODY}\n`)).toBe(false));
});

describe('notes and sentences that sign nothing (review look-alikes)', () => {
  it.each([
    ['an end note', '全文完。（完）'],
    ['a picture note', '新建的口袋公园里晨练的市民。（资料图）'],
    ['an abridgement note', '以上为发言摘要。（有删节）'],
    ['a jump line', '推动老城区焕发新活力。（下转第三版）'],
    ['a next sentence after one space', '取得了显著成效。 他说'],
    ['a photographer in the story', '他举起相机，随后他又拍摄'],
  ])('%s', (_, text) => expect(endsWithCredit(text)).toBe(false));
  it.each(['（上接第一版）', '（下转第三版）', '——坚持以人民为中心的发展思想；', '—3—'])('not a credit line: %s', (line) =>
    expect(isCreditLine(line)).toBe(false),
  );
});

describe('isSpace', () => {
  it('is /\\s/ for every code unit', () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});

describe('endsWithPenName', () => {
  // The regex tried at every position, as it was before endsWithPenName.
  const anywhere = /[、，。！？](?:\u3000|[\s\u00a0]{2,})[\s\u00a0\u3000]*\p{Script=Han}{2,4}$/u;
  it('agrees with the regex tried everywhere, on made-up endings', () => {
    const marks = ['、', '，', '。', '！', '？', '：', '谢'];
    const spaces = ['', ' ', '  ', '\u3000', ' \u3000', '\u00a0\u00a0', '\t ', '\u3000\u3000 '];
    const names = ['丹', '丹翁', '卓呆生', '𠀋𠀋', '𠀋𠀋𠀋𠀋', '𠀋𠀋𠀋𠀋𠀋', '丹𠀋𠀋𠀋', '丹翁卓呆', '丹翁卓呆生', 'ab', '丹 翁', '丹翁 ', '丹翁\u3000'];
    let yes = 0;
    for (const m of marks) {
      for (const sp of spaces) {
        for (const n of names) {
          for (const t of [`謹謝${m}${sp}${n}`, `${m}${sp}${n}`, `${sp}${n}`, `以無謝${m}${sp}丹${m}${sp}${n}`]) {
            expect(endsWithPenName(t), JSON.stringify(t)).toBe(anywhere.test(t));
            if (anywhere.test(t)) yes++;
          }
        }
      }
    }
    expect(yes).toBeGreaterThan(20);
  });
  it('agrees with the regex tried everywhere, on every line end of the sample pages', () => {
    for (const page of Object.values(PAGES)) {
      for (const line of page.split(/\r?\n/)) {
        for (let k = 1; k <= line.length; k++) {
          const t = line.slice(Math.max(0, k - 72), k);
          if (endsWithPenName(t) !== anywhere.test(t)) expect(endsWithPenName(t), t).toBe(anywhere.test(t));
        }
      }
    }
  });
});
