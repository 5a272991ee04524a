// What the UI does, in one place: opening pages, switching the current page
// (with its review loaded and saved), checking a folder with progress,
// autosave, exports and the commands keys and menus map to.
import { checkText } from '../../shared/check';
import { addAllowedPhrase, CONFIG_FILE_NAME, formatConfigError } from '../../shared/config';
import type { ExportKind, GalleyBridge, MenuCommand, OpenedPage, ReviewChange } from '../../shared/ipc';
import { roundLabel } from '../../shared/review';
import { compareStore } from './compare/store';
import type { CheckOptions, CreditRole } from '../../shared/types';
import { parseRoster } from '../../shared/roster';
import { createSource } from '../../shared/source';
import { getBridge } from './bridge';
import { translate, type MessageKey } from './i18n';
import type { Decision } from '../../shared/review';
import { buildExport } from './lib/exports';
import { folderStyle, pageOptions, sameOptions } from './lib/page-options';
import { isOpen, shownFindings, stepKey, type PanelOptions } from './lib/panel';
import { pagesStore, reviewStore, settingsStore } from './store';
import { summarize } from './store/review';
import { uiStore } from './store/ui';

const AUTOSAVE_MS = 400;

const t = (key: MessageKey, params?: Record<string, string | number>) =>
  translate(settingsStore.getState().settings.locale, key, params);

/** 显示存疑 is on (off by default, and in settings saved before it existed). */
const showUncertain = () => settingsStore.getState().settings.showUncertain === true;

/** Counts for the page list, of the findings the reviewer is shown. */
const summarizeShown: typeof summarize = (findings, decisions, credits) =>
  summarize(shownFindings(findings, showUncertain()), decisions, credits);

// ------------------------------------------------------------------ autosave

let saveTimer: ReturnType<typeof setTimeout> | undefined;
let savedRevision = 0;
let savedPage: string | null = null;

/** Save the current review now if it changed since the last save. */
export function flushSave(): Promise<void> {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = undefined;
  const s = reviewStore.getState();
  if (!s.pageId || (savedPage === s.pageId && savedRevision === s.revision)) return Promise.resolve();
  const state = s.reviewState();
  if (!state) return Promise.resolve();
  const pageId = s.pageId;
  const revision = s.revision;
  savedPage = pageId;
  savedRevision = revision;
  return getBridge()
    .saveReview(pageId, state)
    .then((r) => {
      if (r.ok) {
        uiStore.getState().setSaved({ at: state.updatedAt });
        if (r.warning) uiStore.getState().toast('error', t('reviewWarning', { warning: r.warning }));
        // The save merged with what others saved meanwhile: show their work.
        if (r.review && reviewStore.getState().pageId === pageId) reviewStore.getState().applyRemote(r.review);
      } else {
        savedRevision = -1; // try again on the next change
        uiStore.getState().setSaved({ error: r.error ?? '?' });
      }
    })
    .catch((e: unknown) => {
      savedRevision = -1;
      uiStore.getState().setSaved({ error: e instanceof Error ? e.message : String(e) });
    });
}

function scheduleSave(): void {
  if (saveTimer) clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void flushSave(), AUTOSAVE_MS);
}

// ------------------------------------------------------------------ opening

let loadSeq = 0;

/** Problems with a config already told to the user (once each). */
const toldConfigProblems = new Set<string>();

/** The check options of a page: its config over the settings. A bad config
 *  is told once, and the defaults are used. */
function optionsFor(page: Pick<OpenedPage, 'config' | 'path'> | undefined): CheckOptions {
  const { settings } = settingsStore.getState();
  const folder = folderStyle(page, pagesStore.getState().pages);
  const { options, inForce } = pageOptions(page, settings, settings.locale, folder);
  if (inForce.problem && !toldConfigProblems.has(inForce.problem)) {
    toldConfigProblems.add(inForce.problem);
    uiStore.getState().toast('error', inForce.problem);
  }
  return options;
}

/** Browser build: load a galley.config.json into the settings; every open
 *  page is checked with it again. */
export async function loadConfig(): Promise<void> {
  const bridge = getBridge();
  if (!bridge.openConfig) return;
  try {
    const picked = await bridge.openConfig();
    if (!picked) return;
    const { settings } = settingsStore.getState();
    const { inForce } = pageOptions(undefined, { ...settings, config: picked }, settings.locale);
    if (inForce.problem) return uiStore.getState().toast('error', inForce.problem);
    settingsStore.getState().update({ config: picked });
    uiStore.getState().toast('info', t('configLoaded', { name: picked.file }));
    const pages = pagesStore.getState();
    for (const p of pages.pages) if (p.status === 'done') pages.setStatus(p.id, 'pending');
    void checkPending();
  } catch (e) {
    uiStore.getState().toast('error', e instanceof Error ? e.message : String(e));
  }
}

/** "Add to allowlist": the page text a finding covers becomes an allowed
 *  phrase of the config in force, and the pages are checked again, so the
 *  finding is gone. Browser: the config in the settings (a new one when
 *  none is loaded). Desktop: the galley.config.json in force for the page
 *  (or a new one in its folder), written by the main process. */
export async function allowPhrase(phrase: string): Promise<void> {
  const ui = uiStore.getState();
  const { settings } = settingsStore.getState();
  const fail = (error: string) => ui.toast('error', t('allowFailed', { phrase, error }));
  if (!phrase || phrase.length > 200 || /[\r\n]/.test(phrase)) return;
  const bridge = getBridge();
  const pages = pagesStore.getState();
  try {
    if (bridge.allowPhrase) {
      const pageId = reviewStore.getState().pageId;
      if (!pageId) return;
      const r = await bridge.allowPhrase(pageId, phrase);
      if (r.error !== undefined || !r.config) return fail(r.error ?? '');
      // Every open page that the same config governs (or would: the new one
      // lies in its folder) is checked with it again.
      pages.setConfig(r.pageIds, r.config);
      ui.toast('info', t('allowAdded', { phrase, name: r.config.file }));
    } else {
      const current = settings.config;
      if (current && current.text === undefined) return fail(current.error ?? '');
      const file = current?.file ?? CONFIG_FILE_NAME;
      const r = addAllowedPhrase(current?.text, phrase, file);
      if (!r.ok) return fail(formatConfigError(r.error, settings.locale));
      settingsStore.getState().update({ config: { ...(current ?? {}), file, text: r.text } });
      ui.toast('info', t('allowAdded', { phrase, name: file }));
    }
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
  // The open page follows the settings (boot's applyOptions); the others
  // are checked again.
  const review = reviewStore.getState();
  const entry = pagesStore.getState().pages.find((p) => p.id === review.pageId);
  const next = optionsFor(entry);
  if (!sameOptions(review.options, next)) review.setOptions(next);
  for (const p of pagesStore.getState().pages) if (p.status === 'done' && p.id !== review.pageId) pages.setStatus(p.id, 'pending');
  void checkPending();
}

/** Make a page current: save the previous review, load this one's. */
export async function selectPage(id: string | null): Promise<void> {
  await flushSave();
  const seq = ++loadSeq;
  const pages = pagesStore.getState();
  pages.setCurrent(id);
  const entry = pages.pages.find((p) => p.id === id);
  if (!entry || entry.text === undefined) {
    reviewStore.getState().clear();
    return;
  }
  let loaded: Awaited<ReturnType<GalleyBridge['loadReview']>> = { state: null };
  try {
    loaded = await getBridge().loadReview(entry.id);
  } catch (e) {
    loaded = { state: null, warning: e instanceof Error ? e.message : String(e) };
  }
  if (seq !== loadSeq) return; // another page was picked meanwhile
  reviewStore.setState({ options: optionsFor(entry) });
  reviewStore.getState().load(entry.id, entry.name, entry.text, loaded.state, loaded.warning);
  savedPage = entry.id;
  savedRevision = 0;
  // A new proof was taken in on load: the review now belongs to it.
  if (reviewStore.getState().revision !== savedRevision) scheduleSave();
  pagesStore.getState().setView(pagesStore.getState().view === 'folder' ? 'page' : pagesStore.getState().view);
}

/** Add opened pages, report unreadable ones, show the first, check the rest. */
export async function addOpened(opened: OpenedPage[], show = true): Promise<void> {
  if (opened.length === 0) return;
  for (const p of opened) if (p.error) uiStore.getState().toast('error', t('errorOpening', { name: p.name, error: p.error }));
  const touched = pagesStore.getState().addPages(opened);
  const first = opened.find((p) => !p.error);
  if (show && first) await selectPage(first.id);
  else if (touched.some((p) => p.id === reviewStore.getState().pageId)) await selectPage(reviewStore.getState().pageId);
  void checkPending();
}

async function guarded(work: () => Promise<OpenedPage[]>, show = true): Promise<void> {
  try {
    const opened = await work();
    await addOpened(opened, show);
    if (opened.length > 1) pagesStore.getState().setView('folder');
  } catch (e) {
    uiStore.getState().toast('error', e instanceof Error ? e.message : String(e));
  }
}

export const openFiles = () => guarded(() => getBridge().openFiles());
export const openFolder = () => guarded(() => getBridge().openFolder());
export const openDropped = (files: readonly File[]) => guarded(() => getBridge().openDropped(files));
export const openRecent = (id: string) =>
  guarded(async () => {
    const p = await getBridge().openRecent(id);
    return p ? [p] : [];
  });

/** Distinct names in a roster (a name listed under two roles counts once). */
export function rosterSize(roster: Record<string, readonly string[]>): number {
  return new Set(Object.values(roster).flat()).size;
}

/** Load the newsroom's staff roster; it replaces the one in the settings and
 *  every open page is checked against it again. A bad file changes nothing. */
export async function loadRoster(): Promise<void> {
  const ui = uiStore.getState();
  try {
    const picked = await getBridge().openRoster();
    if (!picked) return;
    const fail = (error: string) => ui.toast('error', t('rosterFailed', { name: picked.name, error }));
    if (picked.error !== undefined || picked.text === undefined) return fail(picked.error ?? '?');
    let roster;
    try {
      roster = parseRoster(picked.text);
    } catch (e) {
      return fail(e instanceof Error ? e.message : String(e));
    }
    const n = rosterSize(roster);
    if (n === 0) return ui.toast('error', t('rosterEmpty', { name: picked.name }));
    settingsStore.getState().update({ roster, rosterName: picked.name });
    ui.toast('info', t('rosterLoaded', { name: picked.name, n }));
    // Folder statuses were counted with the old roster.
    const pages = pagesStore.getState();
    for (const p of pages.pages) if (p.status === 'done') pages.setStatus(p.id, 'pending');
    void checkPending();
  } catch (e) {
    ui.toast('error', e instanceof Error ? e.message : String(e));
  }
}

let checking = false;

/** Check every page not checked yet, one at a time, with a progress bar. */
export async function checkPending(): Promise<void> {
  if (checking) return;
  checking = true;
  try {
    for (;;) {
      const { pages } = pagesStore.getState();
      const todo = pages.filter((p) => p.status === 'pending');
      if (todo.length === 0) break;
      const done0 = pages.filter((p) => p.status === 'done' || p.status === 'error').length;
      for (let i = 0; i < todo.length; i++) {
        const page = todo[i];
        pagesStore.getState().setProgress({ done: done0 + i, total: pages.length });
        pagesStore.getState().setStatus(page.id, 'checking');
        // Let the progress bar paint between pages.
        await new Promise((r) => setTimeout(r, 0));
        const current = reviewStore.getState();
        if (current.pageId === page.id) {
          pagesStore.getState().setStatus(page.id, 'done', summarizeShown(current.findings, current.decisions, current.credits));
          continue;
        }
        let loaded: Awaited<ReturnType<GalleyBridge['loadReview']>> = { state: null };
        try {
          loaded = await getBridge().loadReview(page.id);
        } catch {
          // The page itself can still be checked.
        }
        const source = createSource(page.text ?? '').text;
        const text = loaded.state?.text ?? source;
        const { findings } = checkText(text, optionsFor(page));
        const state = loaded.state;
        pagesStore
          .getState()
          .setStatus(page.id, 'done', summarizeShown(findings, state?.decisions ?? {}, state?.credits ?? {}));
      }
    }
  } finally {
    pagesStore.getState().setProgress(null);
    checking = false;
  }
}

// ------------------------------------------------------------------ commands

export async function exportAs(kind: ExportKind): Promise<void> {
  // Findings of the text as it is now, not of a re-check still pending.
  reviewStore.getState().flush();
  const review = reviewStore.getState();
  if (!review.pageId) return;
  const { settings } = settingsStore.getState();
  try {
    // The PDF is the printed 校对单: the same HTML, printed to A4.
    const request = await buildExport(kind === 'report-pdf' ? 'report-html' : kind, review, settings, showUncertain());
    const r =
      kind === 'report-pdf'
        ? await getBridge().savePdf({ pageId: request.pageId, html: request.text ?? '', suggestedName: request.suggestedName.replace(/\.html$/, '.pdf') })
        : await getBridge().exportFile(request);
    if (r.ok) uiStore.getState().toast('info', t('exported', { name: r.path ?? request.suggestedName }));
    else if (!r.cancelled) uiStore.getState().toast('error', t('exportFailed', { error: r.error ?? '?' }));
  } catch (e) {
    uiStore.getState().toast('error', t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
  }
}

export function confirmCredit(role: CreditRole): boolean {
  const who = settingsStore.getState().settings.reviewer.trim();
  if (!who) {
    uiStore.getState().toast('error', t('reviewerNeeded'), 'reviewer');
    document.getElementById('reviewer-name')?.focus();
    return false;
  }
  const review = reviewStore.getState();
  review.confirmCredit(role, who);
  const view = reviewStore
    .getState()
    .creditRoles()
    .find((r) => r.role === role);
  if (view) settingsStore.getState().addSeenNames(role, view.names.map((n) => n.name));
  return true;
}

// ------------------------------------------------------------------ findings

/** The findings panel's listing as it is now (order, filter, paragraphs). */
function panelOptions(): PanelOptions {
  const ui = uiStore.getState();
  return { order: ui.findingsOrder, onlyOpen: ui.onlyOpen, showUncertain: showUncertain(), blocks: reviewStore.getState().page?.blocks ?? [] };
}

/** 显示存疑 on or off (kept in the settings). A selected finding that goes
 *  out of sight is let go; the page list counts again what is shown. */
export function setShowUncertain(on: boolean): void {
  if (showUncertain() === on) return;
  settingsStore.getState().update({ showUncertain: on });
  const review = reviewStore.getState();
  const selected = review.findings.find((f) => f.key === review.selectedKey);
  if (selected && !shownFindings([selected], on).length) review.select(null);
  recountPages();
}

/** The open page's counts now; the other pages' by checking them again. */
function recountPages(): void {
  const s = reviewStore.getState();
  if (s.pageId) pagesStore.getState().setStatus(s.pageId, 'done', summarizeShown(s.findings, s.decisions, s.credits));
  const pages = pagesStore.getState();
  for (const p of pages.pages) if (p.status === 'done' && p.id !== s.pageId) pages.setStatus(p.id, 'pending');
  void checkPending();
}

/** F8 / Shift+F8: the next finding in the order the panel lists them. */
export function stepFinding(dir: 1 | -1): void {
  const review = reviewStore.getState();
  review.flush();
  const s = reviewStore.getState();
  const key = stepKey(s.findings, s.decisions, panelOptions(), s.selectedKey, dir);
  if (key !== null) s.select(key);
}

/** Decide a finding (default: the selected one). Deciding the selected one
 *  moves on to the next open finding in the panel's order. */
export function decideFinding(decision: Decision, key?: string): void {
  reviewStore.getState().flush();
  const s = reviewStore.getState();
  const target = key ?? s.selectedKey;
  if (target === null) return;
  const advance = decision !== 'left' && target === s.selectedKey;
  const next = advance
    ? stepKey(s.findings, { ...s.decisions, [target]: decision }, panelOptions(), target, 1, (k) => isOpen(s.decisions[k]))
    : null;
  s.decide(decision, target);
  if (advance) reviewStore.getState().select(next ?? target);
}

/** Close the current proof round (一校, 二校…) in the reviewer's name. */
export function closeRound(): boolean {
  if (!settingsStore.getState().settings.reviewer.trim()) {
    uiStore.getState().toast('error', t('reviewerNeededRound'));
    document.getElementById('reviewer-name')?.focus();
    return false;
  }
  const round = reviewStore.getState().closeRound();
  if (round) uiStore.getState().toast('info', t('roundClosed', { round: roundLabel(round.n, settingsStore.getState().settings.locale) }));
  return !!round;
}

/** A new proof against the text before it (the last closed round). */
export function compareWithPrevious(previous: { label: string; round?: number; text: string }): void {
  const review = reviewStore.getState();
  if (!review.pageId) return;
  const label = previous.round ? roundLabel(previous.round, settingsStore.getState().settings.locale) : previous.label || '…';
  compareStore.getState().setRevisions({ name: `${review.pageName} · ${label}`, text: previous.text }, { name: review.pageName, text: review.text }, 'files');
  pagesStore.getState().setView('compare');
}

/** Someone else saved a page's review: the open one shows it at once; another
 *  page's status is counted again. */
function onReviewChanged(change: ReviewChange): void {
  const review = reviewStore.getState();
  if (change.pageId === review.pageId) review.applyRemote(change.state);
  else if (pagesStore.getState().pages.some((p) => p.id === change.pageId && p.status === 'done')) {
    pagesStore.getState().setStatus(change.pageId, 'pending');
    void checkPending();
  }
}

export function applySafe(): void {
  // Only the fixes the reviewer can see (an uncertain finding's fix is never
  // safe anyway, shared/check.ts; this keeps the promise if that changes).
  const n = reviewStore.getState().acceptSafe((all) => shownFindings(all, showUncertain()));
  uiStore.getState().toast('info', n ? t('appliedSafe', { n }) : t('noSafe'));
}

export type Command =
  | MenuCommand
  | 'accept'
  | 'reject'
  | 'undecide'
  | 'toggle-mode'
  | 'edit-mode'
  | 'review-mode'
  | 'view-page'
  | 'view-folder';

// The desktop menu's accelerators and the renderer's own key handling can
// both see one key press; the same command twice within this window is one.
const DEDUPE_MS = 80;
let lastCommand: { command: Command; at: number; source: string } | null = null;

export function dispatch(command: Command, source: 'key' | 'menu' | 'ui' = 'ui'): void {
  const now = performance.now();
  if (lastCommand && lastCommand.command === command && lastCommand.source !== source && now - lastCommand.at < DEDUPE_MS) {
    return;
  }
  lastCommand = { command, at: now, source };
  const review = reviewStore.getState();
  // Walking the findings from the keyboard: a button that kept the focus
  // (a credit just confirmed) must not take the next Enter for itself.
  if ((command === 'next-finding' || command === 'previous-finding') && document.activeElement instanceof HTMLButtonElement) {
    document.activeElement.blur();
  }
  switch (command) {
    case 'open-files':
      void openFiles();
      break;
    case 'open-folder':
      void openFolder();
      break;
    case 'load-roster':
      void loadRoster();
      break;
    case 'export-text':
      void exportAs('text');
      break;
    case 'export-markdown':
      void exportAs('markdown');
      break;
    case 'export-json':
      void exportAs('json');
      break;
    case 'export-report-html':
      void exportAs('report-html');
      break;
    case 'export-report-csv':
      void exportAs('report-csv');
      break;
    case 'next-finding':
      stepFinding(1);
      break;
    case 'previous-finding':
      stepFinding(-1);
      break;
    case 'accept':
      decideFinding('accepted');
      break;
    case 'reject':
      decideFinding('rejected');
      break;
    case 'undecide':
      decideFinding('left');
      break;
    case 'apply-safe-fixes':
      applySafe();
      break;
    case 'undo':
      review.undo();
      break;
    case 'redo':
      review.redo();
      break;
    case 'compare':
      pagesStore.getState().setView('compare');
      break;
    case 'view-page':
      pagesStore.getState().setView('page');
      break;
    case 'view-folder':
      pagesStore.getState().setView('folder');
      break;
    case 'toggle-locale': {
      const s = settingsStore.getState();
      s.update({ locale: s.settings.locale === 'zh' ? 'en' : 'zh' });
      break;
    }
    case 'edit-mode': {
      // The caret goes to the selected finding, ready to fix it by hand.
      const f = review.findings.find((x) => x.key === review.selectedKey);
      uiStore.getState().setMode('edit', f?.start);
      break;
    }
    case 'review-mode':
      uiStore.getState().setMode('review');
      break;
    case 'toggle-mode': {
      const ui = uiStore.getState();
      ui.setMode(ui.mode === 'review' ? 'edit' : 'review');
      break;
    }
  }
}

// ------------------------------------------------------------------ boot

let booted = false;

export async function boot(): Promise<void> {
  if (booted) return;
  booted = true;
  const bridge = getBridge();
  // Check options follow the settings (the roster). The interface language
  // is not a check option: findings carry their message data and are
  // formatted where they are shown, so switching language re-checks nothing.
  const applyOptions = () => {
    const { settings } = settingsStore.getState();
    const review = reviewStore.getState();
    const page = pagesStore.getState().pages.find((p) => p.id === review.pageId);
    const next = optionsFor(page);
    if (!sameOptions(review.options, next)) review.setOptions(next);
    document.documentElement.lang = settings.locale === 'zh' ? 'zh-CN' : 'en';
    // Every change is recorded in the reviewer's name.
    reviewStore.getState().setActor(settings.reviewer.trim());
  };
  settingsStore.subscribe(applyOptions);
  // "Enter the reviewer's name" stops being true once it is entered.
  settingsStore.subscribe((s) => {
    if (s.settings.reviewer.trim()) uiStore.getState().dismissTopic('reviewer');
  });
  try {
    await settingsStore.getState().load(bridge);
  } catch (e) {
    uiStore.getState().toast('error', e instanceof Error ? e.message : String(e));
  }
  applyOptions();

  // Autosave and the page list's status follow every review change.
  reviewStore.subscribe((s, prev) => {
    if (s.pageId && s.revision !== prev.revision && s.pageId === prev.pageId) scheduleSave();
    if (s.pageId && (s.findings !== prev.findings || s.decisions !== prev.decisions || s.credits !== prev.credits)) {
      pagesStore.getState().setStatus(s.pageId, 'done', summarizeShown(s.findings, s.decisions, s.credits));
    }
  });
  // Nothing lost on close or reload: save synchronously-started, now.
  window.addEventListener('pagehide', () => void flushSave());
  window.addEventListener('beforeunload', () => void flushSave());

  bridge.onMenu((command) => dispatch(command, 'menu'));
  bridge.onReviewChanged(onReviewChanged);
  // A new proof written over an open page: take it in (the review follows).
  bridge.onPageChanged((page) => void addOpened([page], false));

  try {
    await addOpened(await bridge.initialPages());
  } catch (e) {
    uiStore.getState().toast('error', e instanceof Error ? e.message : String(e));
  }
}
