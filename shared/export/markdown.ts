// Markdown export: the page's blocks in file order, each as the Markdown
// construct that matches its newsroom role (headline → ##, caption → quote).
import type { Block, Page } from '../types';

/** Escape characters Markdown would read as markup, so page text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (c) => '\\' + c)
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function lines(b: Block): string[] {
  return b.text.split('\n').map((l) => escapeMarkdown(l.trim()));
}

function blockToMarkdown(b: Block): string {
  const ls = lines(b);
  const one = ls.join(' ');
  switch (b.kind) {
    case 'masthead':
      return `# ${one}`;
    case 'headline':
      return `## ${one}`;
    case 'subhead':
      return `### ${one}`;
    case 'heading':
      return `#### ${one}`;
    case 'column-label':
      return `**${one}**`;
    case 'kicker':
      return `*${one}*`;
    case 'caption':
      return ls.map((l) => `> ${l}`).join('  \n');
    case 'list-item':
      return `- ${ls.join('  \n  ')}`;
    case 'footer':
      return `---\n\n${ls.join('  \n')}`;
    default:
      // masthead-pinyin, credits, byline, lead, body: paragraphs; a line
      // break inside the block stays a line break.
      return ls.join('  \n');
  }
}

export function toMarkdown(page: Page): string {
  const parts = page.blocks.filter((b) => b.text.trim() !== '').map(blockToMarkdown);
  return parts.join('\n\n') + (parts.length ? '\n' : '');
}
