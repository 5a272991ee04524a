import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT, SettingsStore, defaultSettings, validateSettingsPatch } from '../../../electron/main/settings-store';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-settings-'));
  file = path.join(dir, 'userData', 'settings.json');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SettingsStore', () => {
  it('starts from defaults (Chinese interface) and persists changes', () => {
    const s = new SettingsStore(file);
    expect(s.settings.locale).toBe('zh');
    s.update({ locale: 'en', reviewer: '王忠良' });
    const again = new SettingsStore(file);
    expect(again.settings).toMatchObject({ locale: 'en', reviewer: '王忠良' });
  });

  it('keeps at most 10 recent files, newest first, without duplicates', () => {
    const s = new SettingsStore(file);
    for (let i = 0; i < 12; i++) s.addRecent(`/p/${i}.txt`);
    s.addRecent('/p/5.txt');
    const recent = new SettingsStore(file).recent.map((r) => r.path);
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]).toBe('/p/5.txt');
    expect(recent.filter((p) => p === '/p/5.txt')).toHaveLength(1);
    expect(recent).not.toContain('/p/0.txt');
  });

  it('remembers window bounds', () => {
    new SettingsStore(file).setWindowBounds({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
    expect(new SettingsStore(file).windowBounds).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
  });

  it('keeps a corrupt settings file aside and uses defaults', () => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{"version":1,"settings":{"locale":"en"');
    const s = new SettingsStore(file, defaultSettings({ 责编: ['余瑞新'] }));
    expect(s.settings.locale).toBe('zh');
    expect(s.settings.roster).toEqual({ 责编: ['余瑞新'] });
    expect(s.warning).toMatch(/kept aside as settings\.json\.corrupt-/);
    expect(fs.readdirSync(path.dirname(file)).some((n) => n.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('goes on in memory when settings cannot be saved', () => {
    fs.writeFileSync(path.join(dir, 'userData'), 'a file where the folder should be');
    const s = new SettingsStore(file);
    expect(s.update({ locale: 'en' }).locale).toBe('en');
    expect(s.lastSaveError).toBeTruthy();
  });

  it('writes atomically: no temp files left beside settings.json', () => {
    const s = new SettingsStore(file);
    s.update({ exportEol: 'crlf' });
    s.addRecent('/p/a.txt');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['settings.json']);
  });
});

describe('validateSettingsPatch', () => {
  it('accepts known keys with the right types', () => {
    expect(validateSettingsPatch({ locale: 'en', exportEncoding: 'gb18030', roster: { 审读: ['王忠良'] }, rosterName: '名册.txt' }).patch).toEqual({
      locale: 'en',
      exportEncoding: 'gb18030',
      roster: { 审读: ['王忠良'] },
      rosterName: '名册.txt',
    });
  });

  it('refuses unknown keys, wrong types and non-objects', () => {
    expect(validateSettingsPatch({ locale: 'fr' }).error).toBeTruthy();
    expect(validateSettingsPatch({ reviewer: 5 }).error).toBeTruthy();
    expect(validateSettingsPatch({ roster: { 审读: [1] } }).error).toBeTruthy();
    expect(validateSettingsPatch({ rosterName: 7 }).error).toBeTruthy();
    expect(validateSettingsPatch({ __proto__: { polluted: true }, evil: 1 }).error).toBeTruthy();
    expect(validateSettingsPatch('locale=en').error).toBeTruthy();
    expect(validateSettingsPatch(null).error).toBeTruthy();
  });

  it('keeps 显示存疑 (showUncertain) as a boolean, absent meaning off', () => {
    expect(validateSettingsPatch({ showUncertain: true }).patch).toEqual({ showUncertain: true });
    expect(validateSettingsPatch({ showUncertain: 'yes' }).error).toBeTruthy();
    expect(new SettingsStore(file).settings.showUncertain).toBeUndefined();
    new SettingsStore(file).update({ showUncertain: true });
    expect(new SettingsStore(file).settings.showUncertain).toBe(true);
  });
});
