import type { Page } from '../types';

// PLACEHOLDER until the real parser lands: every non-blank line is a body block.
export function parsePage(text: string): Page {
  const blocks: Page['blocks'] = [];
  let off = 0;
  let line = 1;
  for (const l of text.split('\n')) {
    if (l.trim()) blocks.push({ kind: 'body', start: off, end: off + l.length, text: l.trim(), textStart: off + l.indexOf(l.trim()), line, article: -1 });
    off += l.length + 1;
    line++;
  }
  return { text, blocks, articles: [], captions: [] };
}
