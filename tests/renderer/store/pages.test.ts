import { describe, expect, it } from 'vitest';
import { createPagesStore } from '../../../renderer/src/store/pages';

const sample = { id: 'sample:000.txt', name: '000.txt', text: '样张', sample: true };

describe('pages: the bundled sample makes way', () => {
  it('leaves the list when the user opens a page of their own', () => {
    const s = createPagesStore();
    s.getState().addPages([sample]);
    s.getState().setCurrent(sample.id);
    s.getState().addPages([{ id: 'browser:a.txt', name: 'a.txt', text: '甲' }]);
    expect(s.getState().pages.map((p) => p.name)).toEqual(['a.txt']);
    expect(s.getState().currentId).toBe(null);
  });

  it('is listed once when its own folder is opened (the folder’s copy stays)', () => {
    const s = createPagesStore();
    s.getState().addPages([sample]);
    s.getState().addPages([
      { id: 'browser:samples/000.txt', name: '000.txt', path: 'samples/000.txt', text: '样张' },
      { id: 'browser:samples/001.txt', name: '001.txt', path: 'samples/001.txt', text: '乙' },
    ]);
    expect(s.getState().pages.map((p) => p.id)).toEqual(['browser:samples/000.txt', 'browser:samples/001.txt']);
  });

  it('the desktop hands out the same id again: that entry stays and stops being the sample', () => {
    const s = createPagesStore();
    s.getState().addPages([{ ...sample, id: 'p-1' }]);
    s.getState().addPages([{ id: 'p-1', name: '000.txt', text: '样张' }, { id: 'p-2', name: '001.txt', text: '乙' }]);
    expect(s.getState().pages.map((p) => [p.id, !!p.sample])).toEqual([
      ['p-1', false],
      ['p-2', false],
    ]);
  });

  it('stays when nothing readable was opened', () => {
    const s = createPagesStore();
    s.getState().addPages([sample]);
    s.getState().addPages([{ id: 'x', name: 'bad.png', error: 'not page text' }]);
    expect(s.getState().pages.map((p) => p.name)).toEqual(['000.txt', 'bad.png']);
  });
});

describe('pages: a status that did not change', () => {
  it('leaves the list as it was (nothing reading it re-renders)', () => {
    const s = createPagesStore();
    s.getState().addPages([{ id: 'browser:a.txt', name: 'a.txt', text: '甲' }]);
    const summary = { errors: 1, warnings: 2, infos: 0, confirmed: 0 };
    s.getState().setStatus('browser:a.txt', 'done', summary);
    const pages = s.getState().pages;
    s.getState().setStatus('browser:a.txt', 'done', { ...summary });
    expect(s.getState().pages).toBe(pages);
    s.getState().setStatus('browser:a.txt', 'done', { ...summary, warnings: 1 });
    expect(s.getState().pages).not.toBe(pages);
    expect(s.getState().pages[0].summary?.warnings).toBe(1);
    s.getState().setStatus('browser:a.txt', 'pending');
    expect(s.getState().pages[0].status).toBe('pending');
  });
});
