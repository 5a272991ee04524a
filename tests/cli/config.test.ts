// `galley check` under a newsroom config (issue #9 item 5) and a house style
// (issue #10): the config found from the page's folder upward or named by
// --config, each of its settings seen from the command line, a bad config as
// one line and exit 2, --profile, --all and the uncertain findings it reveals,
// and the house style and config each page was checked under.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE, tree } from './fixtures';
import { run } from './run';

/** `rule:line` of every finding line in text output (header and summary left out). */
function findings(stdout: string, file = 'page.txt'): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.includes(`${file}:`) && /:\d+:\d+ {2}/.test(l))
    .map((l) => {
      const [, line, severity, rule] = /:(\d+):\d+ {2}(\S+) {2}(\S+)/.exec(l)!;
      return `${rule} ${severity} ${line}`;
    });
}

const DEFAULTS = ['punct/halfwidth warning 3', 'word/misspelling warning 4', 'text/stray-latin info 4'];

describe('galley check: the config in force', () => {
  it('without a config: the defaults (the baseline the tests below change)', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', 'page.txt'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(DEFAULTS);
    expect(r.code).toBe(0);
  });

  it('finds galley.config.json in the page’s folder or above, and says which', async () => {
    const dir = tree({
      'desk/galley.config.json': { rules: { 'punct/halfwidth': 'off' } },
      'desk/2026/11/page.txt': PAGE,
    });
    const r = await run(['check', '--locale', 'en', 'desk/2026/11/page.txt'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(DEFAULTS.slice(1));
    expect(r.stdout).toContain('desk/2026/11/page.txt: profile mainland (simplified characters, modern punctuation); config desk/galley.config.json\n');
  });

  it('checks each page under its own config, output in input order', async () => {
    const dir = tree({
      'a/galley.config.json': { rules: { 'punct/halfwidth': 'off' } },
      'a/page.txt': PAGE,
      'b/galley.config.json': { rules: { 'text/stray-latin': 'off' } },
      'b/page.txt': PAGE,
      'c/page.txt': PAGE,
    });
    const r = await run(['check', '--format', 'json', 'b/page.txt', 'c/page.txt', 'a/page.txt'], { cwd: dir });
    const files = JSON.parse(r.stdout).files as { path: string; config: string | null; findings: { rule: string }[] }[];
    expect(files.map((f) => [f.path, f.config])).toEqual([
      ['b/page.txt', 'b/galley.config.json'],
      ['c/page.txt', null],
      ['a/page.txt', 'a/galley.config.json'],
    ]);
    const rules = files.map((f) => f.findings.map((x) => x.rule));
    expect(rules[0]).not.toContain('text/stray-latin');
    expect(rules[0]).toContain('punct/halfwidth');
    expect(rules[1]).toEqual(['punct/halfwidth', 'word/misspelling', 'text/stray-latin']);
    expect(rules[2]).not.toContain('punct/halfwidth');
  });

  it('--config FILE is used instead of the one found beside the page', async () => {
    const dir = tree({
      'galley.config.json': { rules: { 'punct/halfwidth': 'off' } },
      'other.json': { rules: { 'word/misspelling': 'off' } },
      'page.txt': PAGE,
    });
    const r = await run(['check', '--locale', 'en', '--config', 'other.json', 'page.txt'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['punct/halfwidth warning 3', 'text/stray-latin info 4']);
    expect(r.stdout).toContain('; config other.json\n');
  });

  it('a rule off, a severity changed, an option set and a phrase allowed all take effect', async () => {
    const config = {
      rules: {
        'punct/halfwidth': 'off',
        'word/misspelling': 'error',
        'text/stray-latin': { severity: 'warning', options: { allow: ['ipad'] } },
      },
    };
    const dir = tree({ 'galley.config.json': config, 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', 'page.txt'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(['word/misspelling error 4']);
    expect(r.code).toBe(1); // an error-severity finding now

    const allowed = tree({ 'galley.config.json': { allow: ['按步就班'] }, 'page.txt': PAGE });
    const a = await run(['check', '--locale', 'en', 'page.txt'], { cwd: allowed });
    expect(findings(a.stdout)).toEqual(['punct/halfwidth warning 3', 'text/stray-latin info 4']);
  });

  it('an option alone: text/stray-latin allow keeps the word quiet, the rule stays on', async () => {
    const dir = tree({ 'galley.config.json': { rules: { 'text/stray-latin': { options: { allow: ['ipad'] } } } }, 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', 'page.txt'], { cwd: dir });
    expect(findings(r.stdout)).toEqual(DEFAULTS.slice(0, 2));
  });

  it('uses the roster the config names when --roster is not given', async () => {
    const credits = '责编 余瑞新 美编 李晓萌 审读 王忠良 排版 林艳\n\n' + PAGE;
    const dir = tree({
      'galley.config.json': { roster: 'staff/roster.txt' },
      'staff/roster.txt': '责编 余瑞新\n美编 李晓萌\n审读 王忠良\n排版 林燕\n',
      'page.txt': credits,
    });
    const r = await run(['check', '--locale', 'en', 'page.txt'], { cwd: dir });
    expect(r.stdout).toMatch(/page\.txt:1:\d+ {2}warning {2}credits\/unknown-name {2}.*林艳.*林燕/);
    // --roster wins over the config's roster: its nearest name is the one offered.
    const own = path.join(dir, 'own.txt');
    writeFileSync(own, '责编 余瑞新\n美编 李晓萌\n审读 王忠良\n排版 林彦\n');
    const o = await run(['check', '--locale', 'en', '--roster', own, 'page.txt'], { cwd: dir });
    expect(o.stdout).toMatch(/credits\/unknown-name {2}.*林艳.*林彦/);
    expect(o.stdout).not.toContain('林燕');
  });

  it('with --roster, a roster the config names but that is missing is no error', async () => {
    const dir = tree({ 'galley.config.json': { roster: 'gone.txt' }, 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', '--roster', path.resolve('resources/roster.json'), 'page.txt'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('galley check: a bad config', () => {
  const bad = { rules: { 'byline/missing': 'loud' } };

  it('is one line naming the file, the key and why; exit 2, nothing checked', async () => {
    const dir = tree({ 'desk/galley.config.json': bad, 'desk/page.txt': PAGE });
    const en = await run(['check', '--locale', 'en', 'desk/page.txt'], { cwd: dir });
    expect(en.stderr).toBe('galley: config desk/galley.config.json: rules.byline/missing: must be "off", "error", "warning" or "info"\n');
    expect(en.stdout).toBe('');
    expect(en.code).toBe(2);
    const zh = await run(['check', 'desk/page.txt'], { cwd: dir });
    expect(zh.stderr).toBe('galley: 配置文件 desk/galley.config.json: rules.byline/missing：应为 "off"、"error"、"warning" 或 "info"\n');
    expect(zh.code).toBe(2);
  });

  it('--config naming a missing file, or a roster that is not there: one line, exit 2', async () => {
    const dir = tree({ 'page.txt': PAGE, 'c.json': { roster: 'gone.txt' } });
    const missing = await run(['check', '--locale', 'en', '--config', 'nope.json', 'page.txt'], { cwd: dir });
    expect(missing.stderr).toBe('galley: config nope.json could not be read: no such file or directory\n');
    expect(missing.code).toBe(2);
    const roster = await run(['check', '--locale', 'en', '--config', 'c.json', 'page.txt'], { cwd: dir });
    expect(roster.stderr).toBe('galley: config c.json: roster gone.txt could not be read: no such file or directory\n');
    expect(roster.code).toBe(2);
  });

  it('a roster that does not parse: one line naming config and roster', async () => {
    const dir = tree({ 'page.txt': PAGE, 'c.json': { roster: 'r.txt' }, 'r.txt': '主编 张三\n' });
    const r = await run(['check', '--locale', 'en', '--config', 'c.json', 'page.txt'], { cwd: dir });
    expect(r.stderr).toMatch(/^galley: config c\.json: roster r\.txt: roster line 1: unknown role “主编”.*\n$/);
    expect(r.code).toBe(2);
  });
});

describe('galley check: house styles', () => {
  it('says which house style each page was checked in, and why (text and JSON)', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const t = await run(['check', 'page.txt'], { cwd: dir });
    expect(t.stdout.split('\n')[0]).toBe('page.txt: 版式 mainland（简体字、现代标点）');
    const j = JSON.parse((await run(['check', '--format', 'json', '--locale', 'en', 'page.txt'], { cwd: dir })).stdout);
    expect(j.files[0].profile).toEqual({ id: 'mainland', chosen: false, reasons: ['simplified characters, modern punctuation'] });
    expect(j.files[0].config).toBeNull();
  });

  it('--profile overrides detection and the config', async () => {
    const dir = tree({ 'galley.config.json': { profile: 'historical' }, 'page.txt': PAGE });
    const byConfig = JSON.parse((await run(['check', '--format', 'json', '--locale', 'en', 'page.txt'], { cwd: dir })).stdout);
    expect(byConfig.files[0].profile).toMatchObject({ id: 'historical', chosen: true });
    // The layout export prints a credits line and head bylines: this page
    // then lacks its credits (an error) and its byline is a sure finding.
    const r = await run(['check', '--locale', 'en', '--profile', 'layout-export', 'page.txt'], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toBe('page.txt: profile layout-export (set by --profile); config galley.config.json');
    expect(findings(r.stdout)).toContain('byline/missing warning 1');
    expect(findings(r.stdout)).toContain('credits/missing error 1');
    expect(r.code).toBe(1);
  });

  it('--profile names a house style the config defines', async () => {
    const dir = tree({ 'galley.config.json': { profiles: { ours: { extends: 'mainland', headBylines: true } } }, 'page.txt': PAGE });
    const r = await run(['check', '--format', 'json', '--locale', 'en', '--profile', 'ours', 'page.txt'], { cwd: dir });
    const f = JSON.parse(r.stdout).files[0];
    expect(f.profile).toEqual({ id: 'ours', chosen: true, reasons: ['set by --profile'] });
    // Head bylines are this paper's convention: the unsigned article is sure.
    expect(f.findings.find((x: { rule: string }) => x.rule === 'byline/missing')).toBeDefined();
  });

  it('an unknown --profile is a usage error listing the names (the config’s own too)', async () => {
    const dir = tree({ 'galley.config.json': { profiles: { ours: { extends: 'mainland' } } }, 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', '--profile', 'nope', 'page.txt'], { cwd: dir });
    expect(r.stderr).toBe(
      'galley: --profile: no house style “nope” (known: layout-export, mainland, ocr-markdown, hk-tw, historical, general, ours)\n',
    );
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});

describe('galley check --all: uncertain findings', () => {
  it('are hidden by default, counted in the summary', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', 'page.txt'], { cwd: dir });
    expect(r.stdout).not.toContain('byline/missing');
    expect(r.stdout).toMatch(/\n1 file checked: 0 errors, 2 warnings, 1 info; 1 uncertain not shown \(--all shows them\)\n$/);
    const j = JSON.parse((await run(['check', '--format', 'json', 'page.txt'], { cwd: dir })).stdout);
    expect(j.files[0].findings.map((f: { rule: string }) => f.rule)).not.toContain('byline/missing');
  });

  it('are shown with --all, marked: warning? in text, "uncertain": true in JSON', async () => {
    const dir = tree({ 'page.txt': PAGE });
    const r = await run(['check', '--locale', 'en', '--all', 'page.txt'], { cwd: dir });
    expect(r.stdout).toContain('page.txt:1:1  warning?  byline/missing  Article 「城市更新让老街区焕发新活力」 has no byline\n');
    expect(r.stdout).toMatch(/\n1 file checked: 0 errors, 3 warnings, 1 info\n$/);
    const j = JSON.parse((await run(['check', '--format', 'json', '--all', 'page.txt'], { cwd: dir })).stdout);
    const found = j.files[0].findings as { rule: string; uncertain?: boolean }[];
    expect(found.find((f) => f.rule === 'byline/missing')?.uncertain).toBe(true);
    // Only the uncertain one is marked.
    expect(found.filter((f) => f.uncertain).length).toBe(1);
    expect(found.find((f) => f.rule === 'punct/halfwidth')).not.toHaveProperty('uncertain');
  });
});
