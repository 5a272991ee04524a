import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GalleyBridge, Settings } from '../../../shared/ipc';
import { createSettingsStore, DEFAULTS, isNewName, suggestionsFor } from '../../../renderer/src/store/settings';

afterEach(() => vi.useRealTimers());

function fakeBridge(initial: Partial<Settings> = {}) {
  const writes: Partial<Settings>[] = [];
  let stored: Settings = { ...DEFAULTS, ...initial };
  const bridge = {
    getSettings: async () => stored,
    setSettings: async (patch: Partial<Settings>) => {
      writes.push(patch);
      stored = { ...stored, ...patch };
      return stored;
    },
  } as unknown as GalleyBridge;
  return { bridge, writes };
}

describe('settings store', () => {
  it('follows typing at once and writes once typing pauses', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bridge, writes } = fakeBridge();
    const store = createSettingsStore(() => bridge);
    await store.getState().load(bridge);
    for (const name of ['林', '林校', '林校对']) store.getState().update({ reviewer: name });
    expect(store.getState().settings.reviewer).toBe('林校对');
    expect(writes).toEqual([]);
    store.getState().update({ locale: 'en' });
    vi.advanceTimersByTime(300);
    expect(writes).toEqual([{ reviewer: '林校对', locale: 'en' }]);
  });

  it('remembers names confirmed on a page for suggestions and the 新 mark', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { bridge } = fakeBridge({ roster: { 美编: ['李晓萌'], '*': ['王忠良'] } });
    const store = createSettingsStore(() => bridge);
    await store.getState().load(bridge);
    const s = () => store.getState().settings;
    expect(isNewName(s(), '美编', '李晓萌')).toBe(false);
    expect(isNewName(s(), '审读', '王忠良')).toBe(false);
    expect(isNewName(s(), '美编', '郑燕')).toBe(true);
    store.getState().addSeenNames('美编', ['郑燕']);
    expect(isNewName(s(), '美编', '郑燕')).toBe(false);
    expect(suggestionsFor(s(), '美编')).toEqual(['李晓萌', '王忠良', '郑燕']);
    store.getState().addSeenNames('美编', ['郑燕']);
    expect(s().seenNames['美编']).toEqual(['郑燕']);
  });
});
