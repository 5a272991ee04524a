// The newsroom config: what it may say, and one line naming file, key and
// why for everything it may not.
import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { configCheckOptions, formatConfigError, parseConfig } from '../../shared/config';

const FILE = '/news/galley.config.json';
const parse = (v: unknown) => parseConfig(JSON.stringify(v), FILE);

function errorLine(v: unknown, locale: 'zh' | 'en' = 'en'): string {
  const r = typeof v === 'string' ? parseConfig(v, FILE) : parse(v);
  if (r.ok) throw new Error('expected an error');
  return formatConfigError(r.error, locale);
}

describe('galley.config.json', () => {
  it('reads a rule off, a severity, options and allowed phrases', () => {
    const r = parse({
      rules: {
        'credits/missing': 'off',
        'byline/missing': 'info',
        'text/stray-latin': { severity: 'warning', options: { allow: ['wifi6'] } },
      },
      allow: ['创业者 and'],
      roster: 'staff.txt',
      profile: 'hk-tw',
    });
    expect(r).toEqual({
      ok: true,
      config: {
        rules: {
          'credits/missing': { severity: 'off' },
          'byline/missing': { severity: 'info' },
          'text/stray-latin': { severity: 'warning', options: { allow: ['wifi6'] } },
        },
        allow: ['创业者 and'],
        roster: 'staff.txt',
        profile: 'hk-tw',
        profiles: {},
      },
    });
  });

  it('an empty object is the defaults', () => {
    expect(parse({})).toEqual({ ok: true, config: { rules: {}, allow: [], profiles: {} } });
  });

  it.each([
    ['{"rules": ', `config ${FILE}: not valid JSON`],
    [[1, 2], `config ${FILE}: must be a JSON object {…}`],
    [{ rule: {} }, `config ${FILE}: rule: unknown key`],
    [{ rules: { 'byline/absent': 'off' } }, `config ${FILE}: rules.byline/absent: no such rule`],
    [{ rules: { 'byline/missing': 'loud' } }, `config ${FILE}: rules.byline/missing: must be "off", "error", "warning" or "info"`],
    [{ rules: { 'byline/missing': { level: 'info' } } }, `config ${FILE}: rules.byline/missing.level: unknown key`],
    [{ rules: { 'byline/missing': { options: { x: 1 } } } }, `config ${FILE}: rules.byline/missing.options.x: this rule has no such option (known: —)`],
    [{ rules: { 'text/stray-latin': { options: { allow: 'wifi' } } } }, `config ${FILE}: rules.text/stray-latin.options.allow: must be a list of non-empty strings`],
    [{ allow: ['ok', ''] }, `config ${FILE}: allow: must be a list of phrases`],
    [{ roster: 3 }, `config ${FILE}: roster: must be the path of a roster file`],
    [{ profile: 'tabloid' }, `config ${FILE}: profile: no such house style (known: layout-export`],
    [{ profiles: { ours: { extends: 'tabloid' } } }, `config ${FILE}: profiles.ours.extends: must name a built-in house style`],
    ['{"rules": {"text/stray-latin": {"options": {"toString": 1}}}}', `config ${FILE}: rules.text/stray-latin.options.toString: this rule has no such option`],
    ['{"profiles": {"__proto__": {"extends": "mainland"}}}', `config ${FILE}: profiles.__proto__: cannot be a house-style name`],
    [{ profiles: { ours: { extends: 'mainland', creditLine: true } } }, `config ${FILE}: profiles.ours.creditLine: unknown convention`],
    [{ profiles: { ours: { extends: 'mainland', creditsLine: 'yes' } } }, `config ${FILE}: profiles.ours.creditsLine: must be true or false`],
  ])('%j → one line naming the key', (v, line) => {
    expect(errorLine(v)).toContain(line);
    expect(errorLine(v)).not.toContain('\n');
  });

  it('says it in Chinese too', () => {
    expect(errorLine({ rules: { 'byline/absent': 'off' } }, 'zh')).toBe(`配置文件 ${FILE}: rules.byline/absent：没有这条规则`);
  });
});

describe('the config in a check', () => {
  const page = '吸引了众多创业者 and 科技型企业入驻,带动就业。\n';
  const rulesOf = (cfg: unknown) => {
    const r = parse(cfg);
    if (!r.ok) throw new Error('bad config');
    return checkText(page, configCheckOptions(r.config)).findings.map((f) => `${f.rule} ${f.severity}`);
  };

  // The newsroom's house style prints a credits line, so this page lacks one.
  const ours = { profiles: { ours: { extends: 'mainland', creditsLine: true } }, profile: 'ours' };
  it('defaults: the page has a stray word, a half-width comma (a credits line is not assumed)', () => {
    expect(rulesOf({})).toEqual(['text/stray-latin info', 'punct/halfwidth warning']);
  });
  it('a house style of its own that prints a credits line', () => {
    expect(rulesOf(ours)).toEqual(['credits/missing error', 'text/stray-latin info', 'punct/halfwidth warning']);
  });
  it('a rule turned off says nothing', () => {
    expect(rulesOf({ ...ours, rules: { 'credits/missing': 'off' } })).toEqual(['text/stray-latin info', 'punct/halfwidth warning']);
  });
  it('a severity replaces the default', () => {
    expect(rulesOf({ rules: { 'text/stray-latin': 'error' } })).toContain('text/stray-latin error');
  });
  it('a severity lowers as well as raises, in either form, and touches only its rule', () => {
    expect(rulesOf({ ...ours, rules: { 'credits/missing': 'info' } })).toEqual(['credits/missing info', 'text/stray-latin info', 'punct/halfwidth warning']);
    expect(rulesOf({ ...ours, rules: { 'punct/halfwidth': { severity: 'info' }, 'credits/missing': { severity: 'warning' } } })).toEqual([
      'credits/missing warning',
      'text/stray-latin info',
      'punct/halfwidth info',
    ]);
  });
  it('an option reaches its rule', () => {
    expect(rulesOf({ rules: { 'text/stray-latin': { options: { allow: ['and'] } } } })).not.toContain('text/stray-latin info');
  });
  it('an allowed phrase is never reported, elsewhere the rule still fires', () => {
    expect(rulesOf({ allow: ['创业者 and 科技型'] })).toEqual(['punct/halfwidth warning']);
    expect(rulesOf({ allow: ['and 科技型企业入驻,'] })).toEqual([]);
  });
});
