// What the main-process handler tests give createHandlers: a settings store
// and reviews under the test's folder, and dialogs that answer with `picks`,
// read when asked (a test sets them just before the call).
import * as path from 'node:path';
import { vi } from 'vitest';
import type { MainDeps } from '../../../electron/main/ipc-handlers';
import { PathAllowlist } from '../../../electron/main/path-allowlist';
import { SettingsStore } from '../../../electron/main/settings-store';

export interface Picks {
  files: string[];
  folder?: string;
  roster?: string;
  save?: string;
}

export function fakeDeps(dir: string, picks: Picks, over: Partial<MainDeps> = {}): MainDeps {
  return {
    allowlist: new PathAllowlist(),
    store: new SettingsStore(path.join(dir, 'userData', 'settings.json')),
    reviewDir: path.join(dir, 'userData', 'reviews'),
    defaultExportDir: () => dir,
    argvPaths: () => [],
    samplePath: () => undefined,
    dialogs: {
      openFiles: async () => picks.files,
      openFolder: async () => picks.folder,
      openRoster: async () => picks.roster,
      saveFile: vi.fn(async () => picks.save),
    },
    ...over,
  };
}
