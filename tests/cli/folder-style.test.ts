// One paper's pages share one house style: in a folder of pages with the
// four-role credits line, a page that lost its line is still missing it.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';

const SAMPLES = ['000_9801057ab119ebec.txt', '001_090f44e9df0cafa1.txt', '002_6323321094799b0d.txt'];
/** Sample 001 without its credits line and without the masthead's pinyin. */
const lost = () =>
  readFileSync(`resources/samples/${SAMPLES[1]}`, 'utf8')
    .replace(/^责编.*\n/m, '')
    .replace(/^XING FU SHI BEI\n/m, '');

function folder(withSamples: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'galley-folder-'));
  if (withSamples) for (const s of SAMPLES) copyFileSync(`resources/samples/${s}`, path.join(dir, s));
  writeFileSync(path.join(dir, 'lost.txt'), lost());
  return dir;
}

describe('galley check: the folder’s house style', () => {
  it('alone, the page shows no credits convention: no credits/missing', async () => {
    const r = await run(['check', '--locale', 'en', path.join(folder(false), 'lost.txt')]);
    expect(r.stdout).toMatch(/lost\.txt: profile mainland/);
    expect(r.stdout).not.toContain('credits/missing');
  });

  it('among its paper’s pages, it is read in their style and its credits line is missing', async () => {
    const dir = folder(true);
    const r = await run(['check', '--locale', 'en', dir]);
    expect(r.stdout).toContain('lost.txt: profile layout-export (most pages of its folder are set in this style)');
    expect(r.stdout).toMatch(/lost\.txt:\d+:1 {2}error {2}credits\/missing/);
    expect(r.code).toBe(1);
  });

  it('a house style named on the command line wins over the folder', async () => {
    const r = await run(['check', '--locale', 'en', '--profile', 'mainland', folder(true)]);
    expect(r.stdout).not.toContain('credits/missing');
  });
});
