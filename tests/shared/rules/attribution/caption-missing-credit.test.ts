import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';
import { rule } from '../../../../shared/rules/attribution/caption-missing-credit';
import { testRule } from '../../../helpers/rule-tester';
import { lines } from '../../../helpers/samples';

const read = (n: string) => readFileSync(new URL(`../../../../resources/samples/${n}`, import.meta.url), 'utf8');
const S0 = read('000_9801057ab119ebec.txt');
const S1 = read('001_090f44e9df0cafa1.txt');
const S2 = read('002_6323321094799b0d.txt');

const findings = (text: string) => checkText(text).findings.filter((f) => f.rule === 'caption/missing-credit');
const found = (text: string) => findings(text).map((f) => [f.line, f.column, f.severity, f.message]);

describe('caption/missing-credit', () => {
  it('fires on sample 001 line 23, a caption under a byline without 文/图', () => {
    const fs = findings(S1);
    expect(fs.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [23, 1, 'warning', '图片说明「市北区辽源路街道“微更新”提升改…」没有摄影者署名（××× 摄）'],
    ]);
    expect(S1.slice(fs[0].start, fs[0].end)).toBe('■市北区辽源路街道“微更新”提升改造项目。');
  });

  it('does not fire on sample 000 line 23: its article’s byline says 文/图', () => {
    expect(found(S0)).toEqual([]);
    // The same caption fires once the byline loses 文/图.
    expect(found(S0.replace(`${'□青岛日报/观海新闻记者 余瑞新'} 文/图`, '□青岛日报/观海新闻记者 余瑞新')).map((f) => f[0])).toEqual([23]);
  });

  it('does not fire on captions crediting 修相科 摄 or 余瑞新 摄 (sample 002)', () => {
    expect(found(S2)).toEqual([]);
  });

  it('fires on the page-lead photo of sample 000 once its credit is lost', () => {
    expect(found(S0.replace('母港区域。修相科 摄', '母港区域。')).map((f) => f[0])).toEqual([13]);
  });

  it('does not take a list item (■ line with its text on the next line) for a caption', () => {
    // Inside sample 001's last article, whose byline has no 文/图.
    const item = '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到了解决。';
    expect(found(S1.replace('小小网格便民服务站', `${item}\n\n小小网格便民服务站`)).map((f) => f[0])).toEqual([23]);
    // The look-alike: the same ■ line standing alone is a caption and fires.
    const alone = '■无棣三路18号2单元7楼楼道垃圾和杂物已清理';
    expect(found(S1.replace('小小网格便民服务站', `${alone}\n\n小小网格便民服务站`)).map((f) => f[0])).toEqual([23, 108]);
  });

  it('accepts a photo story signed under its caption with a photo byline', () => {
    const page = S1.replace('■市北区辽源路街道“微更新”提升改造项目。', '■市北区辽源路街道“微更新”提升改造项目。\n\n□ 本报记者 张三 摄');
    expect(found(page)).toEqual([]);
  });

  it('accepts a caption whose photographer is credited on its next line (another paper’s layout)', () => {
    const cap = '■市北区辽源路街道“微更新”提升改造项目。';
    for (const credit of ['本报记者 张三 摄', '张三/摄']) {
      const page = checkText(S1.replace(cap, `${cap}\n${credit}`)).page;
      const caption = page.captions.find((c) => page.blocks[c.block].line === 23);
      expect(caption?.photographer?.name).toBe('张三');
      expect(found(S1.replace(cap, `${cap}\n${credit}`))).toEqual([]);
    }
    // Look-alike: the ■ line followed by its text is a list item, not a credited caption.
    const page = S1.replace(cap, `${cap}\n本报记者张三在现场拍摄时发现，居民正在晾晒衣物。`);
    const blocks = checkText(page).page.blocks.filter((b) => b.line === 23);
    expect(blocks.map((b) => b.kind)).toEqual(['list-item']);
  });
});

// ------------------------------------------------------------ rule tester
const BYLINE = '□青岛日报/观海新闻记者 余瑞新';
/** Sample 000's page lead: a photo credited 修相科 摄, then an article signed 文/图 with its caption. */
const HEAD0 = lines(S0, 13, 25);
/** Sample 001's first article: headline, byline without 文/图, caption, body. */
const ART1 = lines(S1, 15, 25);
const CAPTION1 = '■市北区辽源路街道“微更新”提升改造项目。';

testRule(rule, {
  valid: [
    { name: 'a caption crediting 修相科 摄, and a caption in an article signed 文/图 (sample 000)', text: HEAD0 },
    { name: 'the captions of sample 002 (修相科 摄, 余瑞新 摄)', text: S2 },
    { name: 'the photographer credited on the caption’s next line (another paper’s layout)', text: ART1.replace(CAPTION1, `${CAPTION1}\n本报记者 张三 摄`) },
    { name: 'a photo story signed under its caption with a photo byline', text: ART1.replace(CAPTION1, `${CAPTION1}\n\n□ 本报记者 张三 摄`) },
    {
      name: 'a photo above the first article, outside any article, signed under its caption (□ 本报记者 张三 摄)',
      text: `${CAPTION1}\n\n□ 本报记者 张三 摄\n\n` + ART1.replace(`${CAPTION1}\n`, ''),
    },
    {
      name: 'a list item (■ line with its text on the next line) is no caption',
      text: lines(S1, 96, 108).replace('小小网格便民服务站', '■无棣三路18号2单元7楼楼道垃圾和杂物已清理\n居民反映的问题当天就得到了解决。\n\n小小网格便民服务站'),
    },
  ],
  invalid: [
    {
      name: 'sample 001 line 23: a caption under a byline without 文/图',
      text: ART1,
      findings: [{ line: 9, column: 1, text: CAPTION1, message: '图片说明「市北区辽源路街道“微更新”提升改…」没有摄影者署名（××× 摄）', severity: 'warning', fix: 'none' }],
    },
    {
      name: 'sample 000’s page-lead photo with its credit lost',
      text: HEAD0.replace('母港区域。修相科 摄', '母港区域。'),
      findings: [{ line: 1, column: 1, message: '图片说明「市北区统筹疫情防控和经济社会发展…」没有摄影者署名' }],
    },
    {
      name: 'sample 000’s caption once its article’s byline loses 文/图',
      text: HEAD0.replace(`${BYLINE} 文/图`, BYLINE),
      findings: [{ line: 11, column: 1, text: '■“微更新”后的保儿社区党建文化广场。' }],
    },
  ],
});
