// "Add to allowlist": the config's text with one more allowed phrase.
import { describe, expect, it } from 'vitest';
import { addAllowedPhrase, formatConfigError, parseConfig } from '../../shared/config';

describe('addAllowedPhrase', () => {
  it('no config yet: a new one with the phrase', () => {
    for (const text of [undefined, '', '  \n']) {
      const r = addAllowedPhrase(text, '截止目前');
      expect(r).toEqual({ ok: true, added: true, text: '{\n  "allow": [\n    "截止目前"\n  ]\n}\n' });
    }
  });

  it('adds to the list and keeps the other keys in their order', () => {
    const text = '{"$schema":"x","rules":{"punct/halfwidth":"off"},"allow":["甲"],"profile":"mainland"}';
    const r = addAllowedPhrase(text, '截止目前');
    if (!r.ok) throw new Error('refused');
    expect(Object.keys(JSON.parse(r.text))).toEqual(['$schema', 'rules', 'allow', 'profile']);
    expect(JSON.parse(r.text)).toEqual({ $schema: 'x', rules: { 'punct/halfwidth': 'off' }, allow: ['甲', '截止目前'], profile: 'mainland' });
    expect(r.text).toContain('\n  "allow": [\n    "甲",\n    "截止目前"\n  ],\n');
    const parsed = parseConfig(r.text, 'galley.config.json');
    expect(parsed.ok && parsed.config.allow).toEqual(['甲', '截止目前']);
  });

  it('a config without allow gets one at the end; CRLF and a BOM-less text stay CRLF', () => {
    const r = addAllowedPhrase('{\r\n  "rules": {}\r\n}\r\n', '在在');
    expect(r).toEqual({ ok: true, added: true, text: '{\r\n  "rules": {},\r\n  "allow": [\r\n    "在在"\r\n  ]\r\n}\r\n' });
  });

  it('a phrase already allowed leaves the text as it was', () => {
    const text = '{ "allow": ["截止目前"] }';
    expect(addAllowedPhrase(text, '截止目前')).toEqual({ ok: true, added: false, text });
  });

  it('a bad config is refused with its one-line error, never rewritten', () => {
    const bad = addAllowedPhrase('{"allow": "截止目前"}', '甲', '/news/galley.config.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(formatConfigError(bad.error, 'zh')).toBe('配置文件 /news/galley.config.json: allow：应为不报告的词语列表（非空字符串）');
    const broken = addAllowedPhrase('{"allow": [', '甲');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(formatConfigError(broken.error, 'en')).toMatch(/^config galley\.config\.json: not valid JSON/);
    expect(addAllowedPhrase('{"rulez": {}}', '甲').ok).toBe(false);
    expect(addAllowedPhrase('{}', '').ok).toBe(false);
  });
});
