// House styles are picked from conventions on the page, not from files.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../shared/parse';
import { chooseProfile, detectProfile, folderProfile } from '../../../shared/profiles/detect';
import { PROFILE_BY_ID } from '../../../shared/profiles';

const id = (text: string) => detectProfile(parsePage(text)).profile.id;

describe('detectProfile', () => {
  it('a four-role credits line: the layout export (credits line, head bylines, photo credits)', () => {
    const choice = detectProfile(parsePage('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳\n\n幸福市北\n'));
    expect(choice.profile.id).toBe('layout-export');
    expect(choice.profile.creditsLine).toBe(true);
    expect(choice.reasons[0].en).toMatch(/credits line/);
  });

  it('a masthead with its pinyin line, even when the credits line is lost', () => {
    expect(id('幸福市北\n\nXING FU SHI BEI\n\n本报讯 市北区启动老旧街区改造。\n')).toBe('layout-export');
  });

  it('look-alike: other papers’ credits lines (本版责编 + 版式设计, □编辑/X) are no four-role line', () => {
    expect(id('本版责编：周 宁　版式设计：吴 昊\n\n社区食堂开到家门口\n\n　　中午11点，社区长者食堂里已经坐满了老人，一荤两素一汤，老人只需花12元。\n')).toBe('mainland');
    expect(id('□编辑/刘 芳 □视觉/陈 静 □校对/王 磊\n\n　　中午11点，社区长者食堂里已经坐满了老人，一荤两素一汤，老人只需花12元。\n')).toBe('mainland');
  });

  it('、 standing for every stop: a historical page (、 ends a paragraph, bare ends too)', () => {
    const p = detectProfile(parsePage('◘連日陰雨、中山馬路兩旁之塘水盛漲、浸及馬路、正從事宣洩工作、世界大戲院、宛在水中央、\n')).profile;
    expect(p.id).toBe('historical');
    expect([p.extraParagraphEnds, p.bareEnds]).toEqual(['、', true]);
  });

  it('traditional characters with modern stops: Hong Kong / Taiwan', () => {
    expect(id('財政司司長陳茂波表示，政府會繼續審慎理財，致力在三至五年內恢復收支平衡。立法會議員普遍表示歡迎。\n')).toBe('hk-tw');
  });

  it('narrow OCR column lines are read as paragraphs and mark the page as OCR', () => {
    const page = parsePage('政府昨日公布新一份施政報告,提出\n增建三萬個過渡性房屋單位-\n\n房屋局局長表示,有關計劃會按進\n度推行,首批單位最快明年年中\n落成*\n\n立法會議員普遍表示歡迎,但關注\n選址及配套設施能否同步落成~\n');
    expect(page.blocks.map((b) => b.kind)).toEqual(['body', 'body', 'body']);
    expect(detectProfile(page).profile.ocr).toBe(true);
  });

  it('look-alike: a stack of short titles over a long paragraph is no OCR', () => {
    const page = parsePage('创新工作机制破解改造难题\n\n市北：老旧小区绘出新图景\n\n本报讯 老旧街区改造是提升群众幸福指数的重要民生工程、民心工程，今年以来市北区坚持规划引领、系统推进。\n');
    expect(page.ocrColumns).toBeUndefined();
    expect(page.blocks.map((b) => b.kind)).toEqual(['kicker', 'headline', 'lead']);
  });

  it('too little to go on: the cautious general profile', () => {
    expect(id('市北区\n')).toBe('general');
  });

  it('the newsroom’s choice wins over evidence, and says so', () => {
    const c = chooseProfile(parsePage('市北区\n'), PROFILE_BY_ID.get('mainland'));
    expect([c.profile.id, c.chosen, c.reasons[0].en]).toEqual(['mainland', true, 'set in the config']);
  });
});

describe('a folder’s house style', () => {
  const layout = detectProfile(parsePage('责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳\n'));
  const mainland = detectProfile(parsePage('　　中午11点，社区长者食堂里已经坐满了老人，一荤两素一汤，老人只需花12元。\n'));

  it('most pages of a folder show a credits line: a page of it that lost its line is read in that style', () => {
    const folder = folderProfile([layout, layout, layout, mainland]);
    expect(folder?.id).toBe('layout-export');
    const page = parsePage('　　中午11点，社区长者食堂里已经坐满了老人。\n');
    const c = chooseProfile(page, undefined, folder);
    expect([c.profile.id, c.chosen, c.reasons[0].en]).toEqual(['layout-export', false, 'most pages of its folder are set in this style']);
  });

  it('look-alike: a mixed folder, or too few pages, lends nothing', () => {
    expect(folderProfile([layout, mainland, mainland])).toBeUndefined();
    expect(folderProfile([layout, layout])).toBeUndefined();
  });

  it('the newsroom’s choice still wins over the folder', () => {
    const c = chooseProfile(parsePage('市北区\n'), PROFILE_BY_ID.get('mainland'), PROFILE_BY_ID.get('layout-export'));
    expect(c.profile.id).toBe('mainland');
  });
});

describe('OCR column lines and title stacks', () => {
  it('look-alike: a stack of titles on an OCR page stays titles', () => {
    const page = parsePage(
      '坚持稳中求进 推动高质量发展\n我市经济运行稳中向好\n\n記者昨日從統計局獲悉,今年\n前三季度全市生產總值增長,\n其中工業增加值增長較快,服\n務業保持穩定增長,消費市場\n\n持續回暖,投資結構不斷優化,\n新動能加快成長,就業物價總\n體穩定,民生保障有力有效。\n',
    );
    expect(page.blocks[0].kind).not.toBe('body');
    expect(page.blocks.filter((b) => b.kind === 'body')).toHaveLength(2);
  });
});
