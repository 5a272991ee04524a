// The newsroom config, `galley.config.json` (docs/design.md §4): which rules
// run and how loud, each rule's options, phrases never reported, the staff
// roster, the house style. Pure: the caller reads the file (CLI, main
// process, browser settings) and passes its text here.
//
// A bad config is never half-used: the first problem is reported as one line
// naming the file, the key and why, and the caller keeps the defaults.
import { isRuleId, RULE_BY_ID } from './rules';
import type { OptionSpec } from './rules/rule';
import type { ConfigSource } from './ipc';
import { PROFILE_BY_ID, PROFILE_KEYS, type Profile } from './profiles';
import type { CheckOptions, Locale, RuleId, RuleSetting, Severity } from './types';

export const CONFIG_FILE_NAME = 'galley.config.json';

export interface GalleyConfig {
  /** Per rule: off, another severity, options. */
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** Phrases never reported. */
  allow: string[];
  /** Staff roster file, relative to the config file's folder. */
  roster?: string;
  /** House style (profile) name; the page's own evidence decides when absent. */
  profile?: string;
  /** The newsroom's own house styles, each extending a built-in one. */
  profiles: Record<string, Profile>;
}

export interface ConfigError {
  file: string;
  /** Dotted path of the offending key, e.g. `rules.text/stray-latin.options.allow`. */
  key: string;
  reason: Readonly<Record<Locale, string>>;
}

export type ConfigResult = { ok: true; config: GalleyConfig } | { ok: false; error: ConfigError };

export const EMPTY_CONFIG: GalleyConfig = { rules: {}, allow: [], profiles: {} };

const SEVERITIES: readonly (Severity | 'off')[] = ['error', 'warning', 'info', 'off'];
/** Names that would reach an object's prototype. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_KEYS = new Set(['$schema', 'rules', 'allow', 'roster', 'profile', 'profiles']);

class Bad extends Error {
  constructor(
    readonly key: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parse and validate a config file's text. */
export function parseConfig(text: string, file: string): ConfigResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(file, '', `不是有效的 JSON（${why}）`, `not valid JSON (${why})`);
  }
  try {
    return { ok: true, config: readConfig(json) };
  } catch (e) {
    if (e instanceof Bad) return fail(file, e.key, e.zh, e.en);
    throw e;
  }
}

function fail(file: string, key: string, zh: string, en: string): ConfigResult {
  return { ok: false, error: { file, key, reason: { zh, en } } };
}

function readConfig(json: unknown): GalleyConfig {
  if (!isObject(json)) throw new Bad('', '应为一个 JSON 对象 {…}', 'must be a JSON object {…}');
  for (const k of Object.keys(json)) {
    if (!TOP_KEYS.has(k)) throw new Bad(k, `未知的设置项（可用：rules、allow、roster、profile、profiles）`, 'unknown key (known: rules, allow, roster, profile, profiles)');
  }
  const config: GalleyConfig = { rules: readRules(json.rules), allow: readAllow(json.allow), profiles: readProfiles(json.profiles) };
  if (json.roster !== undefined) {
    if (typeof json.roster !== 'string' || !json.roster) throw new Bad('roster', '应为名册文件的路径', 'must be the path of a roster file');
    config.roster = json.roster;
  }
  if (json.profile !== undefined) {
    const known = [...PROFILE_BY_ID.keys(), ...Object.keys(config.profiles)];
    if (typeof json.profile !== 'string' || !known.includes(json.profile)) {
      throw new Bad('profile', `没有这个版式（可用：${known.join('、')}）`, `no such house style (known: ${known.join(', ')})`);
    }
    config.profile = json.profile;
  }
  return config;
}

/** `{ "our-paper": { "extends": "mainland", "creditsLine": true } }` */
function readProfiles(v: unknown): Record<string, Profile> {
  if (v === undefined) return {};
  if (!isObject(v)) throw new Bad('profiles', '应为对象：版式名称 → 约定', 'must be an object: name → conventions');
  const out: Record<string, Profile> = Object.create(null);
  for (const [name, spec] of Object.entries(v)) {
    const key = `profiles.${name}`;
    if (RESERVED.has(name)) throw new Bad(key, '不能用作版式名称', 'cannot be a house-style name');
    if (!isObject(spec)) throw new Bad(key, '应为对象 {"extends", …}', 'must be an object {"extends", …}');
    const base = typeof spec.extends === 'string' ? PROFILE_BY_ID.get(spec.extends) : undefined;
    if (!base) throw new Bad(`${key}.extends`, `应为内置版式之一：${[...PROFILE_BY_ID.keys()].join('、')}`, `must name a built-in house style: ${[...PROFILE_BY_ID.keys()].join(', ')}`);
    const profile: Profile = { ...base, id: name, title: { zh: name, en: name } };
    for (const [k, value] of Object.entries(spec)) {
      if (k === 'extends') continue;
      if (!(PROFILE_KEYS as readonly string[]).includes(k)) throw new Bad(`${key}.${k}`, `未知的约定（可用：${PROFILE_KEYS.join('、')}）`, `unknown convention (known: ${PROFILE_KEYS.join(', ')})`);
      const want = typeof base[k as (typeof PROFILE_KEYS)[number]];
      if (typeof value !== want) throw new Bad(`${key}.${k}`, want === 'boolean' ? '应为 true 或 false' : '应为字符串', want === 'boolean' ? 'must be true or false' : 'must be a string');
      (profile as unknown as Record<string, unknown>)[k] = value;
    }
    out[name] = profile;
  }
  return out;
}

function readAllow(v: unknown): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || !v.every((p) => typeof p === 'string' && p.length > 0)) {
    throw new Bad('allow', '应为不报告的词语列表（非空字符串）', 'must be a list of phrases (non-empty strings)');
  }
  return v as string[];
}

function readRules(v: unknown): GalleyConfig['rules'] {
  if (v === undefined) return {};
  if (!isObject(v)) throw new Bad('rules', '应为对象：规则 → 设置', 'must be an object: rule id → setting');
  const out: GalleyConfig['rules'] = {};
  for (const [id, setting] of Object.entries(v)) {
    if (!isRuleId(id)) throw new Bad(`rules.${id}`, '没有这条规则', 'no such rule');
    out[id] = readRuleSetting(id, setting);
  }
  return out;
}

/** `"off"`, a severity, or `{ "severity": …, "options": {…} }`. */
function readRuleSetting(id: RuleId, v: unknown): RuleSetting {
  const key = `rules.${id}`;
  const severity = (s: unknown, k: string) => {
    if (typeof s !== 'string' || !SEVERITIES.includes(s as Severity)) {
      throw new Bad(k, '应为 "off"、"error"、"warning" 或 "info"', 'must be "off", "error", "warning" or "info"');
    }
    return s as Severity | 'off';
  };
  if (typeof v === 'string') return { severity: severity(v, key) };
  if (!isObject(v)) throw new Bad(key, '应为 "off"、级别，或 {"severity", "options"}', 'must be "off", a severity, or {"severity", "options"}');
  for (const k of Object.keys(v)) {
    if (k !== 'severity' && k !== 'options') throw new Bad(`${key}.${k}`, '未知的设置项（可用：severity、options）', 'unknown key (known: severity, options)');
  }
  const out: RuleSetting = {};
  if (v.severity !== undefined) out.severity = severity(v.severity, `${key}.severity`);
  if (v.options !== undefined) out.options = readOptions(id, v.options, `${key}.options`);
  return out;
}

function readOptions(id: RuleId, v: unknown, key: string): Record<string, unknown> {
  const specs = RULE_BY_ID.get(id)!.options as Record<string, OptionSpec<unknown>>;
  const names = Object.keys(specs);
  if (!isObject(v)) throw new Bad(key, '应为对象：选项 → 值', 'must be an object: option → value');
  for (const [name, value] of Object.entries(v)) {
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    const known = names.length ? names.join(', ') : '—';
    if (!spec) throw new Bad(`${key}.${name}`, `这条规则没有这个选项（可用：${known}）`, `this rule has no such option (known: ${known})`);
    const why = spec.validate(value);
    if (why) throw new Bad(`${key}.${name}`, why.zh, why.en);
  }
  return v;
}

/** The check options a config sets. */
export function configCheckOptions(config: GalleyConfig): Pick<CheckOptions, 'rules' | 'allow' | 'profile'> {
  const profile = config.profile ? (config.profiles[config.profile] ?? PROFILE_BY_ID.get(config.profile)) : undefined;
  return { rules: config.rules, allow: config.allow, ...(profile ? { profile } : {}) };
}

/** One line: file, key, why — in the user's language. */
export function formatConfigError(e: ConfigError, locale: Locale): string {
  const where = e.key ? `${e.file}: ${e.key}` : e.file;
  return locale === 'zh' ? `配置文件 ${where}：${e.reason.zh}` : `config ${where}: ${e.reason.en}`;
}

/** What a page's config source means for its check, and what to tell the
 *  user: which config is in force, or why the defaults are used. */
export interface ConfigInForce {
  /** The config file in force; absent: the defaults. */
  file?: string;
  config: GalleyConfig;
  /** The roster the config names, as text (parse with shared/roster.ts). */
  rosterText?: string;
  /** One line in the user's language: a bad config or an unreadable roster. */
  problem?: string;
}

export function configInForce(source: ConfigSource | undefined, locale: Locale): ConfigInForce {
  if (!source) return { config: EMPTY_CONFIG };
  if (source.error !== undefined || source.text === undefined) {
    const why = source.error ?? '';
    const problem = locale === 'zh' ? `配置文件 ${source.file} 无法读取：${why}` : `config ${source.file} could not be read: ${why}`;
    return { config: EMPTY_CONFIG, problem };
  }
  const r = parseConfig(source.text, source.file);
  if (!r.ok) return { config: EMPTY_CONFIG, problem: formatConfigError(r.error, locale) };
  const out: ConfigInForce = { file: source.file, config: r.config };
  if (source.roster?.text !== undefined) out.rosterText = source.roster.text;
  else if (source.roster) {
    const why = source.roster.error ?? '';
    out.problem =
      locale === 'zh'
        ? `配置文件 ${source.file} 指定的名册 ${source.roster.file} 无法读取：${why}`
        : `config ${source.file}: roster ${source.roster.file} could not be read: ${why}`;
  }
  return out;
}

export type AllowResult = { ok: true; text: string; added: boolean } | { ok: false; error: ConfigError };

/** A config's text with `phrase` added to its `allow` list ("add to
 *  allowlist" in the app): the other keys stay, in their order; the text is
 *  written back with a 2-space indent. No config yet (empty text): a new one,
 *  `{ "allow": [phrase] }`. A bad config is refused with its one-line error
 *  and never rewritten. A phrase already allowed leaves the text as it was. */
export function addAllowedPhrase(text: string | undefined, phrase: string, file: string = CONFIG_FILE_NAME): AllowResult {
  if (!phrase) return fail(file, 'allow', '要加入的词语为空', 'the phrase to add is empty') as AllowResult;
  if (text === undefined || text.trim() === '') return { ok: true, added: true, text: JSON.stringify({ allow: [phrase] }, null, 2) + '\n' };
  const r = parseConfig(text, file);
  if (!r.ok) return r;
  if (r.config.allow.includes(phrase)) return { ok: true, added: false, text };
  const json = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  const allow = [...r.config.allow, phrase];
  const out = { ...json, allow };
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return { ok: true, added: true, text: JSON.stringify(out, null, 2).replace(/\n/g, eol) + eol };
}
