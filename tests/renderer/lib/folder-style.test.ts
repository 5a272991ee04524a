// The app reads a page in its folder's house style, as the CLI does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { folderOf, folderStyle } from '../../../renderer/src/lib/page-options';

const sample = (n: string) => readFileSync(`resources/samples/${n}`, 'utf8');
const pages = [
  { id: 'a', path: '/news/p/000.txt', text: sample('000_9801057ab119ebec.txt') },
  { id: 'b', path: '/news/p/001.txt', text: sample('001_090f44e9df0cafa1.txt') },
  { id: 'c', path: '/news/p/002.txt', text: sample('002_6323321094799b0d.txt') },
  { id: 'd', path: '/news/p/lost.txt', text: '　　中午11点，社区长者食堂里已经坐满了老人，一荤两素一汤。\n' },
];

describe('folderStyle', () => {
  it('a page among its paper’s pages takes their house style', () => {
    expect(folderStyle(pages[3], pages)?.id).toBe('layout-export');
  });
  it('look-alike: the same page alone, or in another folder, takes none', () => {
    expect(folderStyle(pages[3], [pages[3]])).toBeUndefined();
    expect(folderStyle({ path: '/other/lost.txt' }, pages)).toBeUndefined();
  });
  it('folders of both path styles', () => {
    expect([folderOf({ path: 'C:\\news\\p\\a.txt' }), folderOf({ path: '/news/p/a.txt' }), folderOf({})]).toEqual(['C:\\news\\p', '/news/p', '']);
  });
});
