// The README's galley.config.json example is a real config: it parses, uses
// every key, and works from the command line.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config';
import { PAGE, tree } from './fixtures';
import { ROOT, run } from './run';

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = README.slice(README.indexOf('### Newsroom config'));
const example = /```json\n([\s\S]*?)```/.exec(section)![1];

describe('README: the config example', () => {
  it('is valid and sets every key a config has', () => {
    const r = parseConfig(example, 'galley.config.json');
    expect(r.ok ? '' : JSON.stringify(r.error)).toBe('');
    expect(Object.keys(JSON.parse(example)).sort()).toEqual(['allow', 'profile', 'profiles', 'roster', 'rules']);
  });

  it('works from the command line beside its roster', async () => {
    const dir = tree({
      'galley.config.json': example,
      'staff/roster.json': readFileSync(path.join(ROOT, 'resources/roster.json'), 'utf8'),
      'page.txt': PAGE,
    });
    const r = await run(['check', '--locale', 'en', '--format', 'json', 'page.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    const f = JSON.parse(r.stdout).files[0];
    expect(f.config).toBe('galley.config.json');
    expect(f.profile).toMatchObject({ id: 'ours', chosen: true });
    // The example's text/stray-latin option allows ipad.
    expect(f.findings.map((x: { rule: string }) => x.rule)).not.toContain('text/stray-latin');
  });
});
