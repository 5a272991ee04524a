// The IPC contract between the renderer and the main process: channel names
// and their types, in one place. The preload exposes `GalleyBridge` as
// `window.galley` (named functions only); the browser build implements the
// same interface on top of file pickers, downloads and localStorage.
import type { Locale } from './types';
import type { ReviewState } from './review';

export const IPC = {
  /** () → OpenedPage[]: open dialog, one or more pages. */
  openFiles: 'galley:open-files',
  /** () → OpenedPage[]: folder dialog, every .txt page in it. */
  openFolder: 'galley:open-folder',
  /** (paths: string[]) → OpenedPage[]: paths dropped by the user. */
  openDropped: 'galley:open-dropped',
  /** (id: string) → OpenedPage | null: reopen a recent file. */
  openRecent: 'galley:open-recent',
  /** () → RecentEntry[] */
  recentFiles: 'galley:recent-files',
  /** () → OpenedPage[]: pages given on the command line, or a sample. */
  initialPages: 'galley:initial-pages',
  /** (pageId) → LoadedReview */
  loadReview: 'galley:load-review',
  /** (pageId, ReviewState) → SaveResult */
  saveReview: 'galley:save-review',
  /** (ExportRequest) → SaveResult: save dialog, atomic write. */
  exportFile: 'galley:export-file',
  /** () → PickedText | null: open dialog for the staff roster (null: cancelled). */
  openRoster: 'galley:open-roster',
  /** () → Settings */
  /** (pageId, phrase) → AllowResult: add a phrase to the config in force for an open page. */
  allowPhrase: 'galley:allow-phrase',
  getSettings: 'galley:get-settings',
  /** (Partial<Settings>) → Settings */
  setSettings: 'galley:set-settings',
  /** (PdfRequest) → SaveResult: the 校对单 printed to PDF (A4), save dialog, atomic write. */
  savePdf: 'galley:save-pdf',
  /** main → renderer: a menu command (MenuCommand). */
  menu: 'galley:menu',
  /** main → renderer: ReviewChange — someone else saved the open page's review. */
  reviewChanged: 'galley:review-changed',
  /** main → renderer: OpenedPage — the open page's file changed on disk (a new proof). */
  pageChanged: 'galley:page-changed',
} as const;
export type IpcChannel = (typeof IPC)[keyof typeof IPC];
/** Channels the main process sends on; the renderer never invokes them. */
export const PUSH_CHANNELS = [IPC.menu, IPC.reviewChanged, IPC.pageChanged] as const;
export type PushChannel = (typeof PUSH_CHANNELS)[number];

/** Someone else's save of a page's review, as it is on disk now. */
export interface ReviewChange {
  pageId: string;
  state: ReviewState;
}

/** The 校对单 as HTML, to be printed to PDF. */
export interface PdfRequest {
  pageId?: string;
  suggestedName: string;
  html: string;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type Eol = 'lf' | 'crlf';

export interface OpenedPage {
  /** Opaque id the main process (or browser bridge) recognises again. */
  id: string;
  /** File name for display. */
  name: string;
  /** Full path where there is one (desktop), for display only. */
  path?: string;
  /** Decoded text (original line ends). Absent when `error` is set. */
  text?: string;
  encoding?: Encoding;
  eol?: Eol | 'mixed' | 'none';
  /** One-line reason the page could not be read. */
  error?: string;
  /** The bundled sample: shown until the user opens pages of their own. */
  sample?: boolean;
  /** Desktop: the galley.config.json in force for the page's folder. */
  config?: ConfigSource;
}

/** A newsroom config file (galley.config.json) as read from disk or picked
 *  in the browser, unparsed, with the roster file it names. shared/config.ts
 *  validates it where it is used. */
export interface ConfigSource {
  /** Path (desktop) or name (browser) of the config file. */
  file: string;
  text?: string;
  /** Why the file could not be read. */
  error?: string;
  roster?: { file: string; text?: string; error?: string };
}

/** The config file as written, and the open pages it is now in force for;
 *  or why nothing was written (one line in the user's language). */
export interface AllowPhraseResult {
  config?: ConfigSource;
  pageIds: string[];
  error?: string;
}

/** A small text file the user picked (the roster), decoded; or why not. */
export interface PickedText {
  name: string;
  text?: string;
  error?: string;
}

export interface RecentEntry {
  id: string;
  name: string;
  path?: string;
  openedAt: string;
}

export interface LoadedReview {
  state: ReviewState | null;
  /** e.g. the sidecar was corrupt and has been kept aside as …corrupt-<time>. */
  warning?: string;
}

export interface SaveResult {
  ok: boolean;
  /** Where it was written (desktop) or the download name (browser). */
  path?: string;
  /** false when the user cancelled the dialog. */
  cancelled?: boolean;
  /** Desktop: where the previous file was kept when an export overwrote an open page. */
  backup?: string;
  error?: string;
  /** A review save: the review as saved, merged with what was on disk (it may
   *  hold other people's confirmations and decisions). */
  review?: ReviewState;
  /** A review save found a damaged sidecar on disk and kept it aside. */
  warning?: string;
}

export const EXPORT_KINDS = ['text', 'markdown', 'json', 'report-html', 'report-csv', 'compare-html', 'report-pdf'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportRequest {
  kind: ExportKind;
  /** Page the export belongs to (default folder and name). */
  pageId?: string;
  suggestedName: string;
  /** Text content (UTF-8) … */
  text?: string;
  /** … or bytes already encoded (GB18030 text export). */
  bytes?: Uint8Array;
}

export interface Settings {
  locale: Locale;
  /** Who confirms credits and decisions (recorded in the review). */
  reviewer: string;
  /** Roster: role → names (see shared/roster.ts). */
  roster: Record<string, string[]>;
  /** File the roster was loaded from; absent: the sample roster shipped in resources/. */
  rosterName?: string;
  /** Names seen on earlier pages, role → names, for suggestions. */
  seenNames: Record<string, string[]>;
  exportEncoding: 'utf-8' | 'gb18030';
  exportEol: Eol;
  /** The findings panel shows uncertain findings (weak evidence), marked.
   *  Optional: settings saved before the switch existed mean off. */
  showUncertain?: boolean;
  /** Browser build: the config the user loaded (the desktop app reads the
   *  galley.config.json beside the pages instead). */
  config?: ConfigSource;
}

export const MENU_COMMANDS = [
  'open-files',
  'open-folder',
  'export-text',
  'export-markdown',
  'export-json',
  'export-report-html',
  'export-report-csv',
  'next-finding',
  'previous-finding',
  'apply-safe-fixes',
  'undo',
  'redo',
  'compare',
  'load-roster',
  'toggle-locale',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The settings a first start begins with (desktop and browser alike); the
 *  caller supplies the roster it ships. */
export function defaultSettings(roster: Record<string, string[]> = {}): Settings {
  return { locale: 'zh', reviewer: '', roster, seenNames: {}, exportEncoding: 'utf-8', exportEol: 'lf' };
}

/** A dropped DOM File (typed structurally: shared/ has no DOM types). */
export interface DroppedFile {
  readonly name: string;
}

/** What `window.galley` offers the renderer. Everything is async and takes
 *  and returns plain data, so it crosses contextBridge unchanged. */
export interface GalleyBridge {
  readonly kind: 'electron' | 'browser';
  openFiles(): Promise<OpenedPage[]>;
  openFolder(): Promise<OpenedPage[]>;
  /** Desktop: the preload turns File objects into paths; browser: reads them. */
  openDropped(files: readonly DroppedFile[]): Promise<OpenedPage[]>;
  openRecent(id: string): Promise<OpenedPage | null>;
  recentFiles(): Promise<RecentEntry[]>;
  initialPages(): Promise<OpenedPage[]>;
  loadReview(pageId: string): Promise<LoadedReview>;
  saveReview(pageId: string, state: ReviewState): Promise<SaveResult>;
  exportFile(request: ExportRequest): Promise<SaveResult>;
  /** The staff roster file (txt or JSON, see shared/roster.ts), read and
   *  decoded; the renderer parses it and stores it in the settings. */
  openRoster(): Promise<PickedText | null>;
  /** Browser build only: pick a galley.config.json to keep in the settings
   *  (the desktop app reads the one beside the pages). */
  openConfig?(): Promise<ConfigSource | null>;
  /** Desktop only: add `phrase` to the `allow` list of the galley.config.json
   *  in force for the open page `pageId` (a new one in the page's folder when
   *  none is), and read it again. The browser build edits `settings.config`. */
  allowPhrase?(pageId: string, phrase: string): Promise<AllowPhraseResult>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Desktop: print the 校对单 to a PDF file (save dialog); browser: open it
   *  and the browser's print dialog (Save as PDF). */
  savePdf(request: PdfRequest): Promise<SaveResult>;
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenu(listener: (command: MenuCommand) => void): () => void;
  /** Someone else saved the review of a page this app has loaded. */
  onReviewChanged(listener: (change: ReviewChange) => void): () => void;
  /** A loaded page's file changed on disk (desktop only: a browser cannot watch files). */
  onPageChanged(listener: (page: OpenedPage) => void): () => void;
}
