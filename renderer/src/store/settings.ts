// Settings: locale, reviewer name, roster and names seen on earlier pages,
// export preferences. Persisted through the bridge (settings file on the
// desktop, localStorage in the browser).
import { createStore } from 'zustand/vanilla';
import type { GalleyBridge, Settings } from '../../../shared/ipc';
import type { CreditRole } from '../../../shared/types';

export const DEFAULTS: Settings = {
  locale: 'zh',
  reviewer: '',
  roster: {},
  seenNames: {},
  exportEncoding: 'utf-8',
  exportEol: 'lf',
};

export interface SettingsStore {
  settings: Settings;
  loaded: boolean;
  load(bridge: GalleyBridge): Promise<void>;
  update(patch: Partial<Settings>): void;
  /** Remember names confirmed on a page, for suggestions and the 新 mark. */
  addSeenNames(role: CreditRole, names: readonly string[]): void;
}

/** Settings typed into a field (the reviewer name) are written once typing
 *  pauses, not once per keystroke. */
export const SETTINGS_WRITE_DELAY_MS = 300;

export function createSettingsStore(getBridge: () => GalleyBridge) {
  let pending: Partial<Settings> = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const patch = pending;
    pending = {};
    void getBridge()
      .setSettings(patch)
      .catch(() => {});
  };
  if (typeof window !== 'undefined') {
    // Closing the window right after typing the name must not lose it.
    window.addEventListener('pagehide', () => timer && (clearTimeout(timer), write()));
  }
  return createStore<SettingsStore>()((set, get) => ({
    settings: DEFAULTS,
    loaded: false,

    async load(bridge) {
      const settings = { ...DEFAULTS, ...(await bridge.getSettings()) };
      set({ settings, loaded: true });
    },

    update(patch) {
      // Optimistic: the UI follows at once; the bridge persists.
      set({ settings: { ...get().settings, ...patch } });
      pending = { ...pending, ...patch };
      if (timer) clearTimeout(timer);
      timer = setTimeout(write, SETTINGS_WRITE_DELAY_MS);
    },

    addSeenNames(role, names) {
      const seen = get().settings.seenNames;
      const have = seen[role] ?? [];
      const add = names.filter((n) => n && !have.includes(n));
      if (add.length === 0) return;
      get().update({ seenNames: { ...seen, [role]: [...have, ...add] } });
    },
  }));
}

/** Names offered for a role: roster first, then names seen before. */
export function suggestionsFor(settings: Settings, role: CreditRole): string[] {
  const out: string[] = [];
  for (const n of [...(settings.roster[role] ?? []), ...(settings.roster['*'] ?? []), ...(settings.seenNames[role] ?? [])]) {
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A name never seen before: not on the roster (any role) nor on an earlier page. */
export function isNewName(settings: Settings, role: CreditRole, name: string): boolean {
  if (!name) return false;
  if ((settings.roster[role] ?? []).includes(name) || (settings.roster['*'] ?? []).includes(name)) return false;
  return !Object.values(settings.seenNames).some((names) => names.includes(name));
}
