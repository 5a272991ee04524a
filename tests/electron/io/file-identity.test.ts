// Same file by identity, however the path is spelled.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSameFile, sameFile } from '../../../electron/io/file-identity';

describe('sameFile', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-io-id-'));
  fs.mkdirSync(path.join(dir, 'real'));
  fs.writeFileSync(path.join(dir, 'real', 'p.txt'), 'page');
  fs.writeFileSync(path.join(dir, 'real', 'q.txt'), 'page');
  fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
  fs.linkSync(path.join(dir, 'real', 'p.txt'), path.join(dir, 'hard.txt'));

  it('sees one file through a symlinked folder, a hard link and `..`', async () => {
    const p = path.join(dir, 'real', 'p.txt');
    expect(await sameFile(path.join(dir, 'link', 'p.txt'), p)).toBe(true);
    expect(await sameFile(path.join(dir, 'hard.txt'), p)).toBe(true);
    expect(await sameFile(path.join(dir, 'real', '..', 'real', 'p.txt'), p)).toBe(true);
  });

  it('tells different files apart, equal content or not, and a missing one', async () => {
    expect(await sameFile(path.join(dir, 'real', 'q.txt'), path.join(dir, 'real', 'p.txt'))).toBe(false);
    expect(await sameFile(path.join(dir, 'real', 'gone.txt'), path.join(dir, 'real', 'p.txt'))).toBe(false);
  });

  it('finds the candidate that is the same file', async () => {
    const cands = [path.join(dir, 'real', 'q.txt'), path.join(dir, 'real', 'p.txt')];
    expect(await findSameFile(path.join(dir, 'link', 'p.txt'), cands)).toBe(cands[1]);
    expect(await findSameFile(path.join(dir, 'nope.txt'), cands)).toBeUndefined();
  });
});
