import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../../shared/export/markdown';
import { parsePage } from '../../../shared/parse';

const P1 = readFileSync('resources/samples/001_090f44e9df0cafa1.txt', 'utf8');

describe('toMarkdown', () => {
  const md = toMarkdown(parsePage(P1));

  it('maps newsroom blocks to Markdown: masthead #, headline ##, subhead ###, heading ####', () => {
    expect(md).toMatch(/^# 幸福市北$/m);
    expect(md).toMatch(/^## 市北：老旧小区绘出新图景$/m);
    expect(md).toMatch(/^### 已完成27处停车场建设，新增泊位达2800余个$/m);
    expect(md).toMatch(/^#### “点面结合”更具系统性$/m);
    expect(md).toMatch(/^\*创新工作机制破解改造难题\*$/m); // kicker
    expect(md).toMatch(/^\*\*短讯\*\*$/m); // column label
    expect(md).toMatch(/^> ■市北区辽源路街道“微更新”提升改造项目。$/m); // caption
  });

  it('keeps every body paragraph, separated by blank lines', () => {
    expect(md).toContain('\n\n老旧街区改造是提升群众幸福指数的重要民生工程、民心工程。');
    expect(md).toContain('□青岛日报/观海新闻记者 余瑞新 通讯员 丁飞');
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('escapes Markdown syntax taken from page text', () => {
    expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
    expect(escapeMarkdown('1. 不是列表')).toBe('1\\. 不是列表');
    expect(escapeMarkdown('a*b*<img src=x>')).toBe('a\\*b\\*\\<img src=x\\>');
    const page = parsePage('责编 张三 美编 李四 审读 王五 排版 赵六\n\n<script>alert(1)</script>要闻。\n');
    expect(toMarkdown(page)).toContain('\\<script\\>alert(1)\\</script\\>要闻。');
  });
});
