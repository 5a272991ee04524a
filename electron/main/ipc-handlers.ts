// One handler per invoke channel of shared/ipc.ts. Each handler validates its
// arguments and returns plain data; errors come back as one-line messages
// inside the result, never as exceptions. registerIpcHandlers wraps every
// handler in the sender check. Electron itself is injected (dialogs, the
// ipcMain object) so all of this runs under test without Electron.
import { configSourceFor, findConfigFile, readConfigSource } from '../config-file';
import { addAllowedPhrase, CONFIG_FILE_NAME, formatConfigError } from '../../shared/config';
import { writeFileAtomic } from '../io/atomic-write';
import * as path from 'node:path';
import {
  IPC,
  EXPORT_KINDS,
  type ExportKind,
  type AllowPhraseResult,
  type ExportRequest,
  type IpcChannel,
  type LoadedReview,
  type OpenedPage,
  type PdfRequest,
  type PickedText,
  type PushChannel,
  type RecentEntry,
  type SaveResult,
  type Settings,
} from '../../shared/ipc';
import { findSameFile } from '../io/file-identity';
import { MAX_ROSTER_BYTES } from '../io/limits';
import { targetKind, writeOutput } from '../io/output';
import { writeReason } from '../io/reasons';
import type { Locale } from '../../shared/types';
import { backupFile } from './atomic-write';
import type { PathAllowlist, PickedBy } from './path-allowlist';
import { listFolderPages, oneLine, readPage } from './page-files';
import { watchFiles } from './file-watch';
import { loadReviewFile, saveReviewFile } from './review-store';
import { checkReview, type ReviewState } from '../../shared/review';
import { sameReview } from '../../shared/review-merge';
import type { SettingsStore } from './settings-store';
import { validateSettingsPatch } from './settings-store';
import { isTrustedSender, type SenderEvent, type TrustedRenderer } from './security';
import * as fsp from 'node:fs/promises';

export type InvokeChannel = Exclude<IpcChannel, PushChannel>;
export type Handler = (...args: unknown[]) => Promise<unknown>;

/** A newsroom's roster is a few hundred names; 1 M characters is a mistake. */
export const MAX_ROSTER_CHARS = 1024 * 1024;

/** Exports are text reports or one page; anything larger is a mistake. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

export interface SaveDialogRequest {
  defaultPath: string;
  kind: ExportKind;
}

export interface MainDeps {
  allowlist: PathAllowlist;
  store: SettingsStore;
  dialogs: {
    /** Paths chosen in an open dialog ([] when cancelled). */
    openFiles(): Promise<string[]>;
    /** Folder chosen, or undefined when cancelled. */
    openFolder(): Promise<string | undefined>;
    /** Roster file chosen, or undefined when cancelled. */
    openRoster(): Promise<string | undefined>;
    /** Save target chosen, or undefined when cancelled. */
    saveFile(request: SaveDialogRequest): Promise<string | undefined>;
  };
  /** Pages named on the command line (or by the OS: file associations). */
  argvPaths(): string[];
  /** The bundled sample page, when there is one. */
  samplePath(): string | undefined;
  /** Folder for sidecars of pages that live in read-only places (the bundled
   *  sample inside the installation). */
  reviewDir: string;
  /** Where exports go when there is no page to put them beside. */
  defaultExportDir(): string;
  /** Called after the locale changes (menus are rebuilt). */
  onSettingsChanged?(settings: Settings): void;
  /** Send to the Galley window (someone else's save, a new proof). */
  notify?(channel: PushChannel, payload: unknown): void;
  /** Watches files; returns a stop function (file-watch.ts; faked in tests). */
  watchFiles?(files: string[], onChange: (file: string) => void): () => void;
  /** Prints self-contained HTML to an A4 PDF (a hidden, script-less window). */
  renderPdf?(html: string): Promise<Uint8Array>;
}

/** Kinds exportFile writes as given; a PDF is rendered first (savePdf). */
const FILE_EXPORT_KINDS: readonly ExportKind[] = EXPORT_KINDS.filter((k) => k !== 'report-pdf');

/** A file name only: no folders, no control characters, no reserved names. */
export function safeFileName(name: unknown, fallback = 'galley-export.txt'): string {
  if (typeof name !== 'string') return fallback;
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '').trim().slice(0, 200);
  return cleaned.length > 0 ? cleaned : fallback;
}

export function validateExportRequest(v: unknown): { request?: ExportRequest; error?: string } {
  if (!v || typeof v !== 'object') return { error: 'export request must be an object' };
  const r = v as Partial<ExportRequest>;
  if (!FILE_EXPORT_KINDS.includes(r.kind as ExportKind)) return { error: 'unknown export kind' };
  if (r.pageId !== undefined && typeof r.pageId !== 'string') return { error: 'pageId must be a string' };
  const hasText = typeof r.text === 'string';
  const hasBytes = r.bytes instanceof Uint8Array;
  if (hasText === hasBytes) return { error: 'export needs either text or bytes' };
  const size = hasText ? (r.text as string).length * 3 : (r.bytes as Uint8Array).byteLength;
  if (size > MAX_EXPORT_BYTES) return { error: 'export is too large' };
  return {
    request: { kind: r.kind as ExportKind, pageId: r.pageId, suggestedName: safeFileName(r.suggestedName), text: r.text, bytes: r.bytes },
  };
}

/** The HTML of a 校对单; a page of a few thousand findings is far smaller. */
export const MAX_PDF_HTML_CHARS = 32 * 1024 * 1024;

export function validatePdfRequest(v: unknown): { request?: PdfRequest; error?: string } {
  if (!v || typeof v !== 'object') return { error: 'print request must be an object' };
  const r = v as Partial<PdfRequest>;
  if (r.pageId !== undefined && typeof r.pageId !== 'string') return { error: 'pageId must be a string' };
  if (typeof r.html !== 'string' || r.html.length > MAX_PDF_HTML_CHARS) return { error: 'print request needs the report HTML' };
  const name = safeFileName(r.suggestedName, 'galley-report.pdf').replace(/\.html?$/i, '');
  return { request: { pageId: r.pageId, html: r.html, suggestedName: /\.pdf$/i.test(name) ? name : name + '.pdf' } };
}

function allowReadError(file: string, why: string, locale: Locale): string {
  return locale === 'zh' ? `配置文件 ${file} 无法读取：${why}` : `config ${file} could not be read: ${why}`;
}

export function createHandlers(deps: MainDeps): Record<InvokeChannel, Handler> {
  const { allowlist, store } = deps;
  const locale = () => store.settings.locale;
  const watcher = createPageWatcher(deps, locale);
  /** Recent entries get ids per listing; the id maps back to the stored path. */
  const recentIds = new Map<string, string>();
  let recentCounter = 0;
  /** Entries that could not be opened still need distinct ids (list keys);
   *  these ids map to no path, so they open nothing. */
  let unopenedCounter = 0;
  const unopened = (p: string, error: string): OpenedPage => ({ id: `unopened-${++unopenedCounter}`, name: path.basename(p), path: p, error });

  async function openPaths(paths: string[], by: PickedBy, remember: boolean): Promise<OpenedPage[]> {
    const pages: OpenedPage[] = [];
    // One lookup per folder per open: a config edited since is read anew.
    const configs = new Map<string, string | null>();
    for (const p of paths) {
      const id = allowlist.allowPage(p, by);
      const page = await readPage(id, p, locale());
      // The newsroom's galley.config.json, from the page's folder upward
      // (read-only, small regular files only; docs/design.md §4).
      if (!page.error && by !== 'sample') {
        const config = await configSourceFor(path.dirname(path.resolve(p)), configs);
        if (config) page.config = config;
      }
      if (remember && !page.error) {
        try {
          store.addRecent(path.resolve(p));
        } catch {
          // The recent list is a convenience; a full disk must not block opening.
        }
      }
      pages.push(page);
    }
    return pages;
  }

  async function openFolderPaths(folder: string, by: PickedBy): Promise<OpenedPage[]> {
    let files: string[];
    try {
      files = await listFolderPages(folder);
    } catch (err) {
      // The folder itself is unreadable: one entry that says why.
      return [unopened(folder, oneLine(err))];
    }
    return openPaths(files, by, false);
  }

  /** Is `target` one of the open pages? By path string first, then by file
   *  identity (dev+ino, realpath fallback): the same page reached through a
   *  symlinked folder or another spelling is still the page. */
  async function isOpenPage(target: string): Promise<boolean> {
    return allowlist.isPage(target) || (await findSameFile(target, allowlist.pagePaths())) !== undefined;
  }

  function sidecarFor(pageId: unknown): string | undefined {
    if (typeof pageId !== 'string') return undefined;
    const p = allowlist.pathOf(pageId);
    if (p === undefined) return undefined;
    // The bundled sample may sit in a read-only installation, and in a
    // checkout its sidecar would litter resources/: keep it in userData.
    if (allowlist.howPicked(pageId) === 'sample') return path.join(deps.reviewDir, path.basename(p) + '.galley.json');
    return allowlist.sidecarOf(pageId);
  }

  const handlers: Record<InvokeChannel, Handler> = {
    [IPC.openFiles]: async () => openPaths(await deps.dialogs.openFiles(), 'open-dialog', true),

    [IPC.openFolder]: async () => {
      const folder = await deps.dialogs.openFolder();
      return folder === undefined ? [] : openFolderPaths(folder, 'folder-dialog');
    },

    [IPC.openDropped]: async (paths) => {
      if (!Array.isArray(paths) || paths.length > 1000 || !paths.every((p) => typeof p === 'string' && p.length > 0 && p.length < 4096)) {
        return [];
      }
      // A drop is a user pick, but the renderer relays it: accept only what a
      // drop can hold (absolute paths of .txt pages or folders of them).
      const out: OpenedPage[] = [];
      for (const p of paths as string[]) {
        if (!path.isAbsolute(p) || p.includes('\0')) continue;
        let isDir = false;
        try {
          isDir = (await fsp.stat(p)).isDirectory();
        } catch {
          // readPage reports it
        }
        if (isDir) out.push(...(await openFolderPaths(p, 'drop')));
        else if (/\.txt$/i.test(p)) out.push(...(await openPaths([p], 'drop', true)));
        else out.push(unopened(p, locale() === 'en' ? 'only .txt pages can be opened' : '只能打开 .txt 版面文本'));
      }
      return out;
    },

    [IPC.recentFiles]: async (): Promise<RecentEntry[]> =>
      store.recent.map((r) => {
        const id = `r-${++recentCounter}`;
        recentIds.set(id, r.path);
        return { id, name: path.basename(r.path), path: r.path, openedAt: r.openedAt };
      }),

    [IPC.openRecent]: async (id): Promise<OpenedPage | null> => {
      const p = typeof id === 'string' ? recentIds.get(id) : undefined;
      if (p === undefined) return null;
      const [page] = await openPaths([p], 'recent', true);
      if (page.error) store.removeRecent(p);
      return page;
    },

    [IPC.initialPages]: async () => {
      const argv = deps.argvPaths();
      if (argv.length > 0) return openPaths(argv, 'argv', true);
      const sample = deps.samplePath();
      return sample ? (await openPaths([sample], 'sample', false)).map((p) => ({ ...p, sample: true })) : [];
    },

    [IPC.loadReview]: async (pageId): Promise<LoadedReview> => {
      const sidecar = sidecarFor(pageId);
      if (!sidecar) return { state: null, warning: 'unknown page' };
      const loaded = await loadReviewFile(sidecar, locale());
      // Watching is a help, not a condition of loading the review.
      await watcher.watch(pageId as string, allowlist.pathOf(pageId as string)!, sidecar, loaded.state).catch(() => undefined);
      return loaded;
    },

    [IPC.saveReview]: async (pageId, state): Promise<SaveResult> => {
      const sidecar = sidecarFor(pageId);
      if (!sidecar) return { ok: false, error: 'unknown page' };
      if (allowlist.howPicked(pageId as string) === 'sample') await fsp.mkdir(deps.reviewDir, { recursive: true }).catch(() => undefined);
      const saved = await saveReviewFile(sidecar, state);
      if (saved.review) watcher.known(sidecar, saved.review);
      return saved;
    },

    // "Add to allowlist": the file written is never named by the renderer —
    // it is the galley.config.json in force for an open page (the nearest at
    // or above its folder, looked up now), or a new one in the page's folder.
    [IPC.allowPhrase]: async (pageId, phrase): Promise<AllowPhraseResult> => {
      const zh = locale() === 'zh';
      const refuse = (error: string): AllowPhraseResult => ({ pageIds: [], error });
      const page = typeof pageId === 'string' ? allowlist.pathOf(pageId) : undefined;
      if (page === undefined) return refuse(zh ? '没有打开这个版面' : 'unknown page');
      if (allowlist.howPicked(pageId as string) === 'sample') return refuse(zh ? '示例版面没有配置文件' : 'the sample page has no config file');
      if (typeof phrase !== 'string' || !phrase.trim() || phrase.length > 200 || /[\r\n\0]/.test(phrase)) {
        return refuse(zh ? '词语无效' : 'not a phrase');
      }
      const dir = path.dirname(path.resolve(page));
      const found = await findConfigFile(dir);
      const file = found ?? path.join(dir, CONFIG_FILE_NAME);
      let text: string | undefined;
      if (found) {
        const source = await readConfigSource(found, locale());
        if (source.text === undefined) return refuse(allowReadError(found, source.error ?? '', locale()));
        text = source.text;
      }
      const r = addAllowedPhrase(text, phrase, file);
      if (!r.ok) return refuse(formatConfigError(r.error, locale()));
      if (r.added) {
        try {
          await writeFileAtomic(file, r.text);
        } catch (err) {
          return refuse(`${file}: ${writeReason(err, locale())}`);
        }
      }
      const config = await readConfigSource(file, locale());
      // Every open page this config is now in force for.
      const cache = new Map<string, string | null>();
      const pageIds: string[] = [];
      for (const p of allowlist.pagePaths()) {
        const id = allowlist.idOf(p);
        if (id === undefined || allowlist.howPicked(id) === 'sample') continue;
        if ((await findConfigFile(path.dirname(path.resolve(p)), cache)) === file) pageIds.push(id);
      }
      return { config, pageIds };
    },

    [IPC.savePdf]: async (raw): Promise<SaveResult> => {
      const { request, error } = validatePdfRequest(raw);
      if (!request) return { ok: false, error };
      if (!deps.renderPdf) return { ok: false, error: 'printing is not available' };
      const pagePath = request.pageId !== undefined ? allowlist.pathOf(request.pageId) : undefined;
      const dir = pagePath && allowlist.howPicked(request.pageId as string) !== 'sample' ? path.dirname(pagePath) : deps.defaultExportDir();
      const target = await deps.dialogs.saveFile({ defaultPath: path.join(dir, request.suggestedName), kind: 'report-pdf' });
      if (target === undefined) return { ok: false, cancelled: true };
      allowlist.allowWriteTarget(target);
      if (!allowlist.canWrite(target) || (await isOpenPage(target))) return { ok: false, error: 'not a path you picked' };
      try {
        // A PDF over a device or FIFO is streamed, never replaces it (issue 11).
        await writeOutput(target, await deps.renderPdf(request.html), await targetKind(target));
        return { ok: true, path: target };
      } catch (err) {
        return { ok: false, error: oneLine(err) };
      }
    },

    [IPC.exportFile]: async (raw): Promise<SaveResult> => {
      const { request, error } = validateExportRequest(raw);
      if (!request) return { ok: false, error };
      const pagePath = request.pageId !== undefined ? allowlist.pathOf(request.pageId) : undefined;
      const dir = pagePath && allowlist.howPicked(request.pageId as string) !== 'sample' ? path.dirname(pagePath) : deps.defaultExportDir();
      const target = await deps.dialogs.saveFile({ defaultPath: path.join(dir, request.suggestedName), kind: request.kind });
      if (target === undefined) return { ok: false, cancelled: true };
      allowlist.allowWriteTarget(target);
      if (!allowlist.canWrite(target)) return { ok: false, error: 'not a path you picked' };
      try {
        // The source page is never overwritten without a backup (docs/design.md §6),
        // however the save dialog spelled its path (a symlinked folder, case).
        // A FIFO or device is written as a stream, never replaced; a folder refused.
        const kind = await targetKind(target);
        const backup = kind === 'file' && (await isOpenPage(target)) ? await backupFile(target) : undefined;
        const bytes = request.bytes ?? new TextEncoder().encode(request.text as string);
        await writeOutput(target, bytes, kind);
        return { ok: true, path: target, ...(backup ? { backup } : {}) };
      } catch (err) {
        return { ok: false, error: writeReason(err, locale()) };
      }
    },

    [IPC.openRoster]: async (): Promise<PickedText | null> => {
      const picked = await deps.dialogs.openRoster();
      if (picked === undefined) return null;
      // Read once, right after the pick; it is not a page (no id, no sidecar).
      const { name, text, error } = await readPage('roster', picked, locale(), { maxBytes: MAX_ROSTER_BYTES, what: 'roster' });
      if (error === undefined && text !== undefined && text.length > MAX_ROSTER_CHARS) {
        return { name, error: locale() === 'en' ? 'too large for a staff roster' : '文件太大，不像人员名册' };
      }
      return error !== undefined ? { name, error } : { name, text };
    },

    [IPC.getSettings]: async () => store.settings,

    [IPC.setSettings]: async (patch) => {
      const checked = validateSettingsPatch(patch);
      // An invalid patch changes nothing; the renderer gets current settings back.
      if (!checked.patch) return store.settings;
      const next = store.update(checked.patch);
      deps.onSettingsChanged?.(next);
      return next;
    },
  };
  return handlers;
}

/** Watches the page whose review was loaded last (the one on screen) and its
 *  sidecar, and tells the window what someone else changed. Our own saves
 *  are known and not echoed back. */
function createPageWatcher(deps: MainDeps, locale: () => Settings['locale']) {
  let stop: (() => void) | undefined;
  const lastKnown = new Map<string, ReviewState>();
  const statKey = async (p: string) => {
    const st = await fsp.stat(p).catch(() => undefined);
    return st ? `${st.size}:${st.mtimeMs}:${st.ino}` : 'missing';
  };

  async function reviewChanged(pageId: string, sidecar: string) {
    const json = await fsp.readFile(sidecar, 'utf8').catch(() => undefined);
    if (json === undefined) return;
    let state: ReviewState | undefined;
    try {
      state = checkReview(JSON.parse(json)).state;
    } catch {
      return; // a half-edited or damaged file: the next load or save deals with it
    }
    const known = lastKnown.get(sidecar);
    if (!state || (known && sameReview(known, state))) return;
    lastKnown.set(sidecar, state);
    deps.notify?.(IPC.reviewChanged, { pageId, state });
  }

  return {
    known(sidecar: string, state: ReviewState) {
      lastKnown.set(sidecar, state);
    },
    async watch(pageId: string, pagePath: string, sidecar: string, state: ReviewState | null) {
      stop?.();
      stop = undefined;
      if (!deps.notify) return;
      lastKnown.clear();
      if (state) lastKnown.set(sidecar, state);
      let pageStat = await statKey(pagePath);
      const watch = deps.watchFiles ?? ((files: string[], on: (f: string) => void) => watchFiles(files, on));
      stop = watch([pagePath, sidecar], async (file) => {
        if (file === sidecar) return reviewChanged(pageId, sidecar);
        const now = await statKey(pagePath);
        if (now === pageStat || now === 'missing') return;
        pageStat = now;
        const page = await readPage(pageId, pagePath, locale());
        if (!page.error) deps.notify?.(IPC.pageChanged, page);
      });
    },
  };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`refused ${channel}: not sent by the Galley window`);
  }
}

/** Registers every handler behind the sender check. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Record<InvokeChannel, Handler>,
  trusted: () => TrustedRenderer,
): void {
  for (const [channel, handler] of Object.entries(handlers) as [InvokeChannel, Handler][]) {
    ipcMain.removeHandler(channel);
    ipcMain.handle(channel, (event, ...args) => {
      if (!isTrustedSender(event, trusted())) throw new UntrustedSenderError(channel);
      return handler(...args);
    });
  }
}
