// GalleyBridge for a plain browser (`npm run web`, the end-to-end tests):
// file pickers and drop instead of dialogs, downloads instead of writes,
// localStorage instead of sidecars and the settings file.
import {
  defaultSettings,
  type ConfigSource,
  type DroppedFile,
  type ExportKind,
  type ExportRequest,
  type GalleyBridge,
  type LoadedReview,
  type OpenedPage,
  type PdfRequest,
  type PickedText,
  type RecentEntry,
  type ReviewChange,
  type SaveResult,
  type Settings,
} from '../../../shared/ipc';
import { checkReview, parseReview, type ReviewState } from '../../../shared/review';
import { mergeReviews } from '../../../shared/review-merge';
import defaultRoster from '../../../resources/roster.json';

const PREFIX = 'galley.';
const SETTINGS_KEY = PREFIX + 'settings';
const RECENT_KEY = PREFIX + 'recent';
const REVIEW_PREFIX = PREFIX + 'review.';
const reviewKey = (pageId: string) => REVIEW_PREFIX + pageId;
/** The page a storage key holds the review of (not a copy kept aside). */
export function reviewPageOf(key: string | null): string | undefined {
  if (!key?.startsWith(REVIEW_PREFIX) || key.includes('.corrupt-')) return undefined;
  return key.slice(REVIEW_PREFIX.length);
}
const pageKey = (pageId: string) => PREFIX + 'page.' + pageId;
/** Pages kept for "recent" reopening; the browser cannot read a file twice. */
const RECENT_MAX = 12;
/** Larger pages are not copied into storage (its quota is a few MB). */
const RECENT_PAGE_MAX_CHARS = 400_000;

// The newsroom's staff roster shipped in resources/ (the desktop reads the same file).
export const DEFAULT_SETTINGS: Settings = defaultSettings(defaultRoster as Settings['roster']);

const MIME: Record<ExportKind, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  json: 'application/json',
  'report-html': 'text/html',
  'report-csv': 'text/csv',
  'compare-html': 'text/html',
  'report-pdf': 'application/pdf',
};

/** Bundled sample, a separate chunk loaded only by the browser build. */
const SAMPLE_NAME = '000_9801057ab119ebec.txt';
const loadSample = () => import('../../../resources/samples/000_9801057ab119ebec.txt?raw').then((m) => m.default as string);

function readJson<T>(storage: Storage, key: string): T | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/** Storage quota errors must not lose the in-memory work: report, go on. */
function writeItem(storage: Storage, key: string, value: string): string | undefined {
  try {
    storage.setItem(key, value);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

interface FileLike {
  name: string;
  size: number;
  webkitRelativePath?: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MAX_BYTES = 64 * 1024 * 1024;
/** A roster is a few hundred names. */
const MAX_ROSTER_BYTES = 4 * 1024 * 1024;

export async function readPageFile(file: FileLike): Promise<OpenedPage> {
  // A folder's files carry their path inside the folder: it keeps two pages
  // of the same name apart and is shown as the page's path.
  const name = file.name;
  const path = file.webkitRelativePath || undefined;
  const id = 'browser:' + (path ?? name);
  if (file.size > MAX_BYTES) return { id, name, path, error: `file is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // Loaded on first use: the encoding tables are large. decodeBytes throws
    // a DecodeError with a one-line reason for anything that is not text.
    const { decodeBytes } = await import('../../../shared/encoding');
    const decoded = decodeBytes(bytes);
    return { id, name, path, text: decoded.text, encoding: decoded.encoding, eol: decoded.eol };
  } catch (e) {
    return { id, name, path, error: e instanceof Error ? e.message : String(e) };
  }
}

const isPageFile = (f: { name: string }) => /\.txt$/i.test(f.name);

export function createBrowserBridge(win: Window = window): GalleyBridge {
  const storage = win.localStorage;
  const doc = win.document;

  function remember(pages: OpenedPage[]): void {
    const now = new Date().toISOString();
    let recent = readJson<RecentEntry[]>(storage, RECENT_KEY) ?? [];
    for (const p of pages) {
      if (p.text === undefined) continue;
      recent = recent.filter((r) => r.id !== p.id);
      recent.unshift({ id: p.id, name: p.name, path: p.path, openedAt: now });
      if (p.text.length <= RECENT_PAGE_MAX_CHARS) {
        writeItem(storage, pageKey(p.id), JSON.stringify({ name: p.name, path: p.path, text: p.text, encoding: p.encoding, eol: p.eol }));
      }
    }
    for (const dropped of recent.slice(RECENT_MAX)) storage.removeItem(pageKey(dropped.id));
    writeItem(storage, RECENT_KEY, JSON.stringify(recent.slice(0, RECENT_MAX)));
  }

  /** Show a file picker; resolves with the chosen files ([] on cancel). */
  function pick(what: 'files' | 'folder' | 'roster' | 'config'): Promise<FileLike[]> {
    return new Promise((resolve) => {
      const input = doc.createElement('input');
      input.type = 'file';
      input.multiple = what === 'files' || what === 'folder';
      if (what === 'folder') input.webkitdirectory = true;
      else if (what === 'config') input.accept = '.json,application/json';
      else input.accept = what === 'roster' ? '.txt,.json,text/plain,application/json' : '.txt,.md,text/plain';
      input.hidden = true;
      input.dataset.galleyPicker = what;
      doc.body.appendChild(input);
      const done = (files: FileLike[]) => {
        input.remove();
        resolve(files);
      };
      input.addEventListener('change', () => done(Array.from(input.files ?? [])));
      input.addEventListener('cancel', () => done([]));
      input.click();
    });
  }

  async function readAll(files: FileLike[]): Promise<OpenedPage[]> {
    const pages = await Promise.all(files.map(readPageFile));
    pages.sort((a, b) => (a.path ?? a.name).localeCompare(b.path ?? b.name));
    remember(pages);
    return pages;
  }

  /** Keep a damaged review under another key; if storage is too full for
   *  the copy, leave it where it is rather than lose it, and say so. */
  function keepAside(pageId: string, raw: string, why: string): { kept: boolean; message: string } {
    const aside = reviewKey(pageId) + '.corrupt-' + new Date().toISOString();
    const error = writeItem(storage, aside, raw);
    if (error) return { kept: false, message: `${why}; it could not be copied aside (${error}) and was left in place` };
    storage.removeItem(reviewKey(pageId));
    return { kept: true, message: `${why}; kept aside as ${aside}` };
  }

  const bridge: GalleyBridge = {
    kind: 'browser',
    async openFiles() {
      return readAll(await pick('files'));
    },
    async openFolder() {
      return readAll((await pick('folder')).filter(isPageFile));
    },
    async openRoster(): Promise<PickedText | null> {
      const [file] = await pick('roster');
      if (!file) return null;
      if (file.size > MAX_ROSTER_BYTES) return { name: file.name, error: 'too large for a staff roster' };
      const { name, text, error } = await readPageFile(file);
      return error !== undefined ? { name, error } : { name, text };
    },
    async openConfig(): Promise<ConfigSource | null> {
      const [file] = await pick('config');
      if (!file) return null;
      if (file.size > MAX_ROSTER_BYTES) return { file: file.name, error: 'too large for a config file' };
      const { text, error } = await readPageFile(file);
      return error !== undefined ? { file: file.name, error } : { file: file.name, text };
    },
    async openDropped(files: readonly DroppedFile[]) {
      // In the browser the dropped items are real File objects.
      return readAll((files as unknown as FileLike[]).filter((f) => typeof f.arrayBuffer === 'function'));
    },
    async openRecent(id: string) {
      const stored = readJson<{ name: string; path?: string; text: string; encoding?: OpenedPage['encoding']; eol?: OpenedPage['eol'] }>(
        storage,
        pageKey(id),
      );
      if (!stored || typeof stored.text !== 'string') return null;
      const page: OpenedPage = { id, name: stored.name, path: stored.path, text: stored.text, encoding: stored.encoding, eol: stored.eol };
      remember([page]);
      return page;
    },
    async recentFiles() {
      const recent = readJson<RecentEntry[]>(storage, RECENT_KEY) ?? [];
      return recent.filter((r) => storage.getItem(pageKey(r.id)) !== null);
    },
    async initialPages() {
      const text = await loadSample();
      return [{ id: 'sample:' + SAMPLE_NAME, name: SAMPLE_NAME, text, encoding: 'utf-8', eol: 'lf', sample: true }];
    },
    async loadReview(pageId: string): Promise<LoadedReview> {
      const raw = storage.getItem(reviewKey(pageId));
      if (raw === null) return { state: null };
      const parsed = parseReview(raw);
      if (parsed.state) return { state: parsed.state };
      return { state: null, warning: keepAside(pageId, raw, parsed.error ?? '?').message };
    },
    async saveReview(pageId: string, state: ReviewState): Promise<SaveResult> {
      const mine = checkReview(state).state;
      if (!mine) return { ok: false, error: 'not a Galley review' };
      // Another tab (another person at this browser) may have saved meanwhile:
      // merge, as the desktop does with the sidecar on disk.
      const raw = storage.getItem(reviewKey(pageId));
      const disk = raw === null ? null : (parseReview(raw).state ?? null);
      const aside = raw !== null && !disk ? keepAside(pageId, raw, 'unreadable') : undefined;
      // Never write over a damaged review that could not be kept.
      if (aside && !aside.kept) return { ok: false, error: aside.message };
      const warning = aside?.message;
      const merged = mergeReviews(disk, mine);
      const error = writeItem(storage, reviewKey(pageId), JSON.stringify(merged));
      if (error) return { ok: false, error };
      return { ok: true, path: reviewKey(pageId), review: merged, ...(warning ? { warning } : {}) };
    },
    async exportFile(request: ExportRequest): Promise<SaveResult> {
      const type = MIME[request.kind] + (request.bytes ? '' : ';charset=utf-8');
      const part: BlobPart = request.bytes ? (request.bytes as Uint8Array<ArrayBuffer>) : (request.text ?? '');
      const url = URL.createObjectURL(new Blob([part], { type }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = request.suggestedName;
      a.hidden = true;
      doc.body.appendChild(a);
      a.click();
      a.remove();
      // Revoke later: the download starts asynchronously.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, path: request.suggestedName };
    },
    async getSettings() {
      return { ...DEFAULT_SETTINGS, ...(readJson<Partial<Settings>>(storage, SETTINGS_KEY) ?? {}) };
    },
    async setSettings(patch: Partial<Settings>) {
      const next = { ...(await bridge.getSettings()), ...patch };
      writeItem(storage, SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    async savePdf(request: PdfRequest): Promise<SaveResult> {
      // The browser's own print dialog saves as PDF; the report is opened in
      // a tab of its own (it has no scripts; its CSP allows none).
      const url = URL.createObjectURL(new Blob([request.html], { type: 'text/html;charset=utf-8' }));
      const tab = win.open(url, '_blank');
      if (!tab) {
        URL.revokeObjectURL(url);
        return { ok: false, error: 'the browser blocked the report window' };
      }
      tab.addEventListener('load', () => tab.print(), { once: true });
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { ok: true, path: request.suggestedName };
    },
    onMenu() {
      // No application menu in a browser: shortcuts go through the renderer.
      return () => {};
    },
    onReviewChanged(listener: (change: ReviewChange) => void) {
      // Another tab's save: the storage event fires in every other tab.
      const onStorage = (e: StorageEvent) => {
        const pageId = reviewPageOf(e.key);
        if (pageId === undefined || e.newValue === null || e.storageArea !== storage) return;
        const { state } = parseReview(e.newValue);
        if (state) listener({ pageId, state });
      };
      win.addEventListener('storage', onStorage);
      return () => win.removeEventListener('storage', onStorage);
    },
    onPageChanged() {
      // A browser cannot watch files: a new proof is noticed when it is opened.
      return () => {};
    },
  };
  return bridge;
}
