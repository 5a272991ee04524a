import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argvPagePaths } from '../../../electron/main/argv';

const cwd = path.resolve('/repo');

describe('argvPagePaths', () => {
  it('takes the page after `electron .` (npm start)', () => {
    expect(argvPagePaths(['/x/electron', '.', 'resources/samples/000_a.txt'], false, cwd)).toEqual([path.join(cwd, 'resources/samples/000_a.txt')]);
  });

  it('skips switches placed before the app path (Playwright adds --inspect)', () => {
    expect(argvPagePaths(['/x/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.js', '/p/a.txt'], false, cwd)).toEqual([
      path.resolve('/p/a.txt'),
    ]);
  });

  it('takes every plain argument of a packaged app (file associations)', () => {
    expect(argvPagePaths(['/opt/Galley/galley', '--no-sandbox', '/p/a.txt', 'b.txt'], true, cwd)).toEqual([path.resolve('/p/a.txt'), path.join(cwd, 'b.txt')]);
  });

  it('gives nothing when nothing is named', () => {
    expect(argvPagePaths(['/x/electron', '.'], false, cwd)).toEqual([]);
    expect(argvPagePaths(['/opt/Galley/galley'], true, cwd)).toEqual([]);
  });
});
