// `galley clean` under the newsroom config: a rule turned off applies no
// fix, --config and --profile are taken, a bad config writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE, tree } from './fixtures';
import { run } from './run';

const FIXED = PAGE.replace('来抓,统筹', '来抓，统筹');

describe('galley clean: the config in force', () => {
  it('without a config, the half-width comma is fixed (the baseline)', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe(FIXED);
  });

  it('a rule turned off in the config found above the page applies no fix', async () => {
    const dir = tree({ 'galley.config.json': { rules: { 'punct/halfwidth': 'off' } }, 'desk/page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'desk/page.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/: 0 safe fixes applied\n$/);
    expect(readFileSync(path.join(dir, 'out.txt'), 'utf8')).toBe(PAGE);
  });

  it('--config names the config; an allowed phrase is left alone', async () => {
    const dir = tree({ 'house.json': { allow: ['来抓,统筹'] }, 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '--config', 'house.json', '-o', '-', 'page.txt'], { cwd: dir });
    expect(new TextDecoder().decode(r.bytes[0])).toBe(PAGE);
    expect(r.code).toBe(0);
  });

  it('a bad config: one line, exit 2, nothing written', async () => {
    const dir = tree({ 'galley.config.json': { allow: 'ipad' }, 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(r.stderr).toBe('galley: config galley.config.json: allow: must be a list of phrases (non-empty strings)\n');
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
  });

  it('--profile sets the house style: on a historical page a paragraph ending in 、 is complete, not joined', async () => {
    const page = PAGE.replace('服务提升和居住环境改善。今年以来', '服务提升和居住环境改善。有的小区增设了电梯、\n\n　　无障碍设施和养老服务站。今年以来');
    const dir = tree({ 'page.txt': page });
    const detected = await run(['clean', '--locale', 'en', '-o', 'a.txt', 'page.txt'], { cwd: dir });
    expect(detected.stderr).toMatch(/sentence\/broken 1/);
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toContain('电梯、无障碍设施');
    const historical = await run(['clean', '--locale', 'en', '--profile', 'historical', '-o', 'b.txt', 'page.txt'], { cwd: dir });
    expect(historical.stderr).not.toMatch(/sentence\/broken/);
    expect(readFileSync(path.join(dir, 'b.txt'), 'utf8')).toContain('电梯、\n\n　　无障碍设施');
  });

  it('--profile: an unknown name is a usage error, nothing written', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['clean', '--locale', 'en', '--profile', 'tabloid', '-o', 'out.txt', 'page.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/^galley: --profile: no house style “tabloid” \(known: layout-export, mainland, /);
    expect(r.code).toBe(2);
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
  });
});
