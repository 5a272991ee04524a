// Finding the newsroom config from the page's folder upward, and reading it
// with the roster it names, for the CLI and the main process alike.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSourceFor, findConfigFile, readConfigSource } from '../../electron/config-file';
import { configInForce } from '../../shared/config';

function tree() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'galley-config-'));
  const paper = path.join(root, 'paper');
  const day = path.join(paper, '2026-11-29');
  mkdirSync(day, { recursive: true });
  writeFileSync(path.join(paper, 'galley.config.json'), JSON.stringify({ rules: { 'credits/missing': 'off' }, roster: 'staff.txt' }));
  writeFileSync(path.join(paper, 'staff.txt'), '责编 余瑞新\n');
  return { root, paper, day };
}

describe('galley.config.json discovery', () => {
  it('is found from the page folder upward', async () => {
    const { paper, day } = tree();
    expect(await findConfigFile(day)).toBe(path.join(paper, 'galley.config.json'));
  });

  it('the nearest one wins', async () => {
    const { day } = tree();
    writeFileSync(path.join(day, 'galley.config.json'), '{}');
    expect(await findConfigFile(day)).toBe(path.join(day, 'galley.config.json'));
  });

  it('none above: undefined (the defaults)', async () => {
    const { root } = tree();
    expect(await configSourceFor(path.join(root))).toBeUndefined();
  });

  it('a folder named galley.config.json is not a config', async () => {
    const { root } = tree();
    const odd = path.join(root, 'odd');
    mkdirSync(path.join(odd, 'galley.config.json'), { recursive: true });
    expect(await findConfigFile(odd)).toBeUndefined();
  });

  it('one walk serves a folder of pages (cache)', async () => {
    const { paper, day } = tree();
    const cache = new Map<string, string | null>();
    await findConfigFile(day, cache);
    expect(cache.get(day)).toBe(path.join(paper, 'galley.config.json'));
  });

  it('reads the roster it names, relative to itself', async () => {
    const { day } = tree();
    const source = await configSourceFor(day);
    expect(source?.roster?.text).toBe('责编 余瑞新\n');
    const inForce = configInForce(source, 'zh');
    expect(inForce.problem).toBeUndefined();
    expect(inForce.config.rules).toEqual({ 'credits/missing': { severity: 'off' } });
  });

  it('an unreadable roster is one line, the rules still apply', async () => {
    const { paper, day } = tree();
    writeFileSync(path.join(paper, 'galley.config.json'), JSON.stringify({ roster: 'gone.txt' }));
    const inForce = configInForce(await configSourceFor(day), 'en');
    expect(inForce.problem).toMatch(/roster .*gone\.txt could not be read: not found$/);
  });

  it('a device named as the config is refused, not read', async () => {
    if (process.platform === 'win32') return;
    const source = await readConfigSource('/dev/zero');
    expect(source.error).toBe('not a regular file');
  });
});
