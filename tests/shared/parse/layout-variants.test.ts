// Other layout systems and OCR tools lay the same page out differently: no
// blank lines between paragraphs, paragraphs hard-wrapped at the column
// width, paragraphs marked by an indent (　　). The page is the same page:
// the checker must find the same things in it.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/check';
import { parsePage } from '../../../shared/parse';
import { PAGES, type PageId } from '../analysis/pages';

/** Lines long enough to be body text are cut into slices of `width` characters. */
function hardWrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (line.length > 40 && !line.startsWith('■') && !line.startsWith('责编')) {
      for (let i = 0; i < line.length; i += width) out.push((i === 0 ? indent : '') + line.slice(i, i + width));
    } else out.push(line);
  }
  return out.join('\n');
}

const withoutBlankLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').join('\n');

/** Rule and message of each finding, line numbers left out (they move). */
const findings = (text: string) =>
  checkText(text).findings.map((f) => `${f.rule} ${f.message.replace(/第 \d+ 行/g, '第 N 行')}`);

const IDS = Object.keys(PAGES) as PageId[];

describe('the same page in other layouts gives the same findings', () => {
  it.each(IDS)('%s without blank lines (a paragraph per line)', (id) => {
    expect(findings(withoutBlankLines(PAGES[id]))).toEqual(findings(PAGES[id]));
  });

  it.each(IDS)('%s hard-wrapped at 30 characters, blank lines kept', (id) => {
    expect(findings(hardWrap(PAGES[id], 30, ''))).toEqual(findings(PAGES[id]));
  });

  it.each(IDS)('%s hard-wrapped at 30 characters, paragraphs indented with 　　, no blank lines', (id) => {
    expect(findings(withoutBlankLines(hardWrap(PAGES[id], 30, '\u3000\u3000')))).toEqual(findings(PAGES[id]));
  });
});

describe('parsePage on pages without blank lines', () => {
  const kinds = (text: string) => parsePage(text).blocks.map((b) => b.kind);

  it('reads each line as a block: the same blocks as with blank lines', () => {
    for (const id of IDS) expect(kinds(withoutBlankLines(PAGES[id]))).toEqual(kinds(PAGES[id]));
  });

  it('keeps a ■ list item with its text, a two-line byline as one', () => {
    const page = parsePage(
      [
        '责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳',
        '市北区加快推进停车场建设',
        '□青岛日报/观海新闻记者 余瑞新',
        '通讯员 丁飞',
        '本报讯 市北区今年新建停车场27处，新增泊位2800余个。',
        '■无棣三路18号2单元7楼楼道垃圾和杂物已清理',
        '居民反映的问题当天就得到了解决。',
        '■停车场建成后的样子。修相科 摄',
        '下一步，市北区将继续推进停车场项目建设。',
      ].join('\n'),
    );
    // The ■ line is the list item; its text (next line) stays beside it, as with blank lines.
    expect(page.blocks.map((b) => b.kind)).toEqual(['credits', 'headline', 'byline', 'lead', 'list-item', 'body', 'caption', 'body']);
    expect(page.blocks[5].text).toBe('居民反映的问题当天就得到了解决。');
    expect(page.articles[0].bylines[0].reporters.map((r) => r.name)).toEqual(['余瑞新']);
  });

  it('a page with a paragraph per line of varying length is not taken for hard-wrapped text', () => {
    // In the samples no two body lines share a width: every line is its own block.
    for (const id of IDS) {
      const blocks = parsePage(withoutBlankLines(PAGES[id])).blocks;
      expect(blocks.filter((b) => b.text.includes('\n') && b.kind !== 'byline')).toEqual([]);
    }
  });
});

describe('parsePage: the folio (page label, date) some papers print on the page', () => {
  it('is its own block, outside every article, in the JSON model', async () => {
    const { toJsonModel } = await import('../../../shared/export/json');
    const text = ['A3', '', '2022年11月24日 星期四', '', PAGES['001']].join('\n');
    const page = parsePage(text);
    expect(page.blocks.slice(0, 2).map((b) => [b.kind, b.text])).toEqual([
      ['folio', 'A3'],
      ['folio', '2022年11月24日 星期四'],
    ]);
    // The same articles as without the folio: it is no headline of its own.
    const headlines = (p: ReturnType<typeof parsePage>) => p.articles.map((a) => (a.headline === undefined ? '' : p.blocks[a.headline].text));
    expect(headlines(page)).toEqual(headlines(parsePage(PAGES['001'])));
    expect(toJsonModel(page).folio).toEqual(['A3', '2022年11月24日 星期四']);
    expect(findings(text)).toEqual(findings(PAGES['001']));
  });

  it('a page number read between a paragraph and its continuation does not hide the join', () => {
    const text = PAGES['001'].replace('现场提供\n\n“一站式', '现场提供\n\n3\n\n“一站式').replace('融入生\n\n活场景', '融入生\n\nA3\n\n活场景');
    expect(findings(text)).toEqual(findings(PAGES['001']));
  });

  it('look-alike: a heading that only starts with a date is not a folio', () => {
    const page = parsePage(['责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳', '', '2022年市北区重点项目', '', '□本报记者 余瑞新', '', '本报讯 今年以来，市北区新建停车场27处。'].join('\n'));
    expect(page.blocks.map((b) => b.kind)).toEqual(['credits', 'headline', 'byline', 'lead']);
  });
});

describe('parsePage on raw OCR of narrow columns (頭條日報 2023-12-02, lines 1–17)', () => {
  const COLUMN = [
    '香港四大會計師行之一德勤(Deloitte)據',
    '報要求部分員工 , 於3個月內需要放最少15日',
    '無薪假,否則會被勸退。有業界人士認為,現',
    '時本港經濟環境較低迷, 資本市場一潭死水 ,',
    '有關安排可以理解。',
    '',
    '德勤未回應安排',
  ];
  const REST = ['', '前召開公司特別會議,宣布中國每個城市的非', '審計部門,包括管理諮詢、財務諮詢、風險諮', '詢及鑑證等員工,需由12月至明年2月為止的3', '個月內,每人每月至少要放5日無薪假,如不', '放無薪假便會遭勘退。'];
  const kinds = (line8: string) => parsePage([...COLUMN, line8, ...REST].join('\n')).blocks.map((b) => [b.kind, b.text.slice(0, 6)]);

  it('a column line near the wrap width, a comma inside and no mark at its end, is running text above an OCR gap, not a headline', () => {
    expect(kinds('有傳媒引述消息人士指,德勤中國高層日')).toEqual([
      ['body', '香港四大會計'],
      ['headline', '德勤未回應安'],
      ['body', '有傳媒引述消'],
      ['body', '前召開公司特'],
    ]);
  });
  it('look-alike: a short title with a comma under the subhead stays a title', () => {
    expect(kinds('德勤回應,業界關注')[2]).toEqual(['headline', '德勤回應,業']);
  });
  it('look-alike: a headline as long, with a comma, that makes no word with the line below it, or a label with a colon, stays a title', () => {
    expect(kinds('全面推進鄉村振興，加快建設農業強國')[2][0]).not.toBe('body');
    // Its last character makes a word with the next line's first (日|前): only the colon keeps it a title.
    expect(kinds('新春走基層：一線工人,堅守崗位過節日')[2][0]).not.toBe('body');
  });
});

describe('parsePage on raw OCR of a column with half-width marks (頭條日報 2023-06-08)', () => {
  // OCR gives the column's ，as `,` and puts spaces around it: in print the
  // mark filled an em and the spaces nothing, so the lines are as wide as
  // their neighbours and run on.
  const COLUMN = [
    '粉嶺高球場9.54公頃用地,暫修訂為',
    '「示決定用途」, 被外界質疑[ 褪軼」。',
    '發展局局長密漢豪回應指,港府未放',
    '棄建屋計劃,但承認未能達到早前承',
    '諾興建1.2萬個單位的目標。行會召',
    '集人、新民黨主席葉劉淑儀質疑,政',
    '府最快2031年才完成計劃的調研,不',
    '能馬上興建公營房屋 ,為何急於今年',
    '',
    '9月收回土地 , 建議將地契畫長3午,',
    '',
    '以方便多場國際高球盛事在港舉行',
    '密漢豪解釋,收蔬 高球場建議之',
    '議,涉及環評 ,須檢視土地發展佈局',
    '及密度,港府要實事求是,不能漠',
    '視,甚至[盲樁椿]要求城規會批准土',
    '地用作| 高密度房屋用途 ]地帶。她強',
  ];
  it('a full column line after a paragraph broken on a comma is running text, not a kicker', () => {
    const blocks = parsePage(COLUMN.join('\n')).blocks;
    expect(blocks.map((b) => [b.kind, b.text.slice(0, 3)])).toEqual([
      ['body', '粉嶺高'],
      ['body', '9月收'],
      ['body', '以方便'],
    ]);
  });
  it('look-alike: a short line above the column stays a title', () => {
    const blocks = parsePage(['粉嶺球場收地', '', ...COLUMN].join('\n')).blocks;
    expect(blocks[0].kind).toBe('headline');
  });
});

describe('parsePage on another paper’s page furniture', () => {
  // The head of a national daily's page: masthead and folio without pinyin,
  // a column label above the credits, spelled-out roles with colons, names
  // set to the width of three, a dateline lead, captions without ■.
  const text = [
    '人民日报',
    '2022年11月24日 星期四',
    '第4版',
    '要闻',
    '',
    '本版责编：张　三 李四 美编：王五 校对：赵　六 组版：钱七',
    '',
    '市北：老旧小区绘出新图景',
    '',
    '本报记者　余瑞新',
    '',
    '本报青岛11月23日电　老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。',
    '',
    '图①：市北区辽源路街道“微更新”提升改造项目。新华社记者 王五摄',
    '',
    '图②：改造后的错埠岭二路17号小广场。',
    '',
    '城市规划设计专家们曾提出，城市改造如果单纯按单个小区分别推进，较难形成系统的城市经济综合体。',
  ].join('\n');

  it('reads masthead, folio, column label, credits, headline, byline, lead, captions', () => {
    const page = parsePage(text);
    expect(page.blocks.map((b) => b.kind)).toEqual([
      'masthead',
      'folio',
      'folio',
      'column-label',
      'credits',
      'headline',
      'byline',
      'lead',
      'caption',
      'caption',
      'body',
    ]);
    expect(page.masthead?.name).toBe('人民日报');
    expect(page.credits?.entries.map((e) => [e.role, e.names.map((n) => n.name)])).toEqual([
      ['责编', ['张三', '李四']],
      ['美编', ['王五']],
      ['审读', ['赵六']],
      ['排版', ['钱七']],
    ]);
    expect(page.captions.map((c) => c.photographer?.name ?? null)).toEqual(['王五', null]);
    expect(page.articles).toHaveLength(1);
  });

  it('flags only the caption without a photographer', () => {
    expect(findings(text)).toEqual(['caption/missing-credit 图片说明「图②：改造后的错埠岭二路17号小…」没有摄影者署名（××× 摄）']);
  });

  it('look-alike: a body paragraph that mentions a photo is no caption', () => {
    const page = parsePage(text.replace('城市规划设计专家们曾提出', '记者拍摄图片时看到，城市规划设计专家们曾提出'));
    expect(page.blocks.at(-1)!.kind).toBe('body');
  });
});

describe('datelines of other mainland papers', () => {
  it('本报济南11月28日讯 opens a lead, so the next headline starts a new article', () => {
    const page = parsePage(
      ['济南加快建设现代化产业体系', '', '本报济南11月28日讯（记者 张三）今年以来，济南市聚焦先进制造业。', '', '青岛港集装箱吞吐量创新高', '', '本报青岛11月28日讯 记者从青岛港获悉，集装箱吞吐量累计突破3000万标准箱。'].join('\n'),
    );
    expect(page.blocks.map((b) => `${b.article}:${b.kind}`)).toEqual(['0:headline', '0:lead', '1:headline', '1:lead']);
  });
  it('look-alike: 本报记者 … is no dateline', () => {
    const page = parsePage('市北区召开会议\n\n本报记者调查发现电动车停放难题有所缓解，居民表示满意。\n');
    expect(page.blocks[1].kind).toBe('body');
  });
});
