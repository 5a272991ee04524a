// Settings, recent files and window bounds in one JSON file under userData,
// written atomically. A corrupt file is kept aside and defaults are used.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultSettings, type Eol, type Settings } from '../../shared/ipc';
import type { Locale } from '../../shared/types';
import { writeFileAtomicSync } from './atomic-write';

export const MAX_RECENT = 10;

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface RecentPath {
  path: string;
  openedAt: string;
}

interface StoredFile {
  version: 1;
  settings: Settings;
  recent: RecentPath[];
  window?: WindowBounds;
}

export { defaultSettings };

const isStringArrayRecord = (v: unknown): v is Record<string, string[]> =>
  !!v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.entries(v as object).every(
    ([k, names]) => k.length <= 50 && Array.isArray(names) && names.length <= 5000 && names.every((n) => typeof n === 'string' && n.length <= 100),
  );

/** Validates a settings patch from the renderer: only known keys with the
 *  right types; anything else is an error (returned, not thrown). */
export function validateSettingsPatch(patch: unknown): { patch?: Partial<Settings>; error?: string } {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return { error: 'settings patch must be an object' };
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(patch as Record<string, unknown>)) {
    switch (key) {
      case 'locale':
        if (value !== 'zh' && value !== 'en') return { error: 'locale must be zh or en' };
        out.locale = value as Locale;
        break;
      case 'reviewer':
        if (typeof value !== 'string' || value.length > 200) return { error: 'reviewer must be a short string' };
        out.reviewer = value;
        break;
      case 'rosterName':
        if (typeof value !== 'string' || value.length > 260) return { error: 'rosterName must be a file name' };
        out.rosterName = value;
        break;
      case 'roster':
      case 'seenNames':
        if (!isStringArrayRecord(value)) return { error: `${key} must map roles to lists of names` };
        out[key] = value;
        break;
      case 'exportEncoding':
        if (value !== 'utf-8' && value !== 'gb18030') return { error: 'exportEncoding must be utf-8 or gb18030' };
        out.exportEncoding = value;
        break;
      case 'exportEol':
        if (value !== 'lf' && value !== 'crlf') return { error: 'exportEol must be lf or crlf' };
        out.exportEol = value as Eol;
        break;
      case 'showUncertain':
        if (typeof value !== 'boolean') return { error: 'showUncertain must be true or false' };
        out.showUncertain = value;
        break;
      default:
        return { error: `unknown setting ${key}` };
    }
  }
  return { patch: out };
}

function validBounds(v: unknown): v is WindowBounds {
  const b = v as WindowBounds;
  const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  return (
    !!b && typeof b === 'object' && finite(b.width) && finite(b.height) && (b.x === undefined || finite(b.x)) && (b.y === undefined || finite(b.y))
  );
}

export class SettingsStore {
  private data: StoredFile;
  /** Set when the stored file was unreadable and kept aside. */
  readonly warning?: string;

  constructor(
    private readonly file: string,
    defaults: Settings = defaultSettings(),
  ) {
    this.data = { version: 1, settings: defaults, recent: [] };
    let raw: string | undefined;
    try {
      raw = fs.readFileSync(file, 'utf8');
    } catch {
      return; // first run
    }
    try {
      const parsed = JSON.parse(raw) as Partial<StoredFile>;
      if (!parsed || parsed.version !== 1) throw new Error('not a settings file');
      const checked = validateSettingsPatch(parsed.settings ?? {});
      if (checked.error) throw new Error(checked.error);
      this.data.settings = { ...defaults, ...checked.patch };
      this.data.recent = Array.isArray(parsed.recent)
        ? parsed.recent.filter((r) => r && typeof r.path === 'string' && typeof r.openedAt === 'string').slice(0, MAX_RECENT)
        : [];
      if (validBounds(parsed.window)) this.data.window = parsed.window;
    } catch (err) {
      const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      try {
        fs.renameSync(file, aside);
      } catch {
        // leave it; defaults are used either way
      }
      this.warning = `settings were unreadable (${(err as Error).message}); kept aside as ${path.basename(aside)}`;
    }
  }

  /** Last failed save (disk full, read-only profile): settings are a
   *  convenience, so the app goes on with them in memory. */
  lastSaveError?: string;

  private save(): void {
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileAtomicSync(this.file, JSON.stringify(this.data, null, 2) + '\n');
      this.lastSaveError = undefined;
    } catch (err) {
      this.lastSaveError = (err as Error).message.split('\n')[0];
    }
  }

  get settings(): Settings {
    return structuredClone(this.data.settings);
  }

  update(patch: Partial<Settings>): Settings {
    this.data.settings = { ...this.data.settings, ...patch };
    this.save();
    return this.settings;
  }

  get recent(): RecentPath[] {
    return this.data.recent.map((r) => ({ ...r }));
  }

  /** Most recent first, no duplicates, at most MAX_RECENT. */
  addRecent(filePath: string, now = new Date()): void {
    const rest = this.data.recent.filter((r) => r.path !== filePath);
    this.data.recent = [{ path: filePath, openedAt: now.toISOString() }, ...rest].slice(0, MAX_RECENT);
    this.save();
  }

  removeRecent(filePath: string): void {
    this.data.recent = this.data.recent.filter((r) => r.path !== filePath);
    this.save();
  }

  get windowBounds(): WindowBounds | undefined {
    return this.data.window ? { ...this.data.window } : undefined;
  }

  setWindowBounds(bounds: WindowBounds): void {
    if (!validBounds(bounds)) return;
    this.data.window = { ...bounds };
    this.save();
  }
}
