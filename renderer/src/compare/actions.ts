// What the compare view's buttons do: pick revisions through the bridge (they
// are not added to the page list: comparing is not reviewing), take the open
// page against its cleaned or edited text, export the report.
import { cleanText } from '../../../shared/clean';
import type { OpenedPage } from '../../../shared/ipc';
import { getBridge } from '../bridge';
import { translate } from '../i18n';
import { reviewStore, settingsStore } from '../store';
import { uiStore } from '../store/ui';
import { compareStore, type Revision } from './store';
import { ct, type CompareKey } from './strings';

const locale = () => settingsStore.getState().settings.locale;
const say = (kind: 'info' | 'error', key: CompareKey, params?: Record<string, string | number>) =>
  uiStore.getState().toast(kind, ct(locale(), key, params));

/** Readable pages as revisions; unreadable ones reported, one line each. */
function readable(pages: OpenedPage[]): Revision[] {
  const out: Revision[] = [];
  for (const p of pages) {
    if (p.error !== undefined || p.text === undefined) say('error', 'cannotOpen', { name: p.name, error: p.error ?? '?' });
    else out.push({ name: p.name, text: p.text });
  }
  return out;
}

async function pick(): Promise<Revision[]> {
  try {
    return readable(await getBridge().openFiles());
  } catch (e) {
    say('error', 'failed', { error: e instanceof Error ? e.message : String(e) });
    return [];
  }
}

/** Names in file order: numbers by value (v2 < v10), Han characters by code
 *  point (一校 < 二校), not by the locale's pinyin order. */
const byName = new Intl.Collator('en', { numeric: true }).compare;

/** One dialog: two files are old and new (by name); one file fills the
 *  side still missing, the old side first. */
export async function openTwo(): Promise<void> {
  const revs = (await pick()).sort((a, b) => byName(a.name, b.name));
  const store = compareStore.getState();
  if (revs.length >= 2) {
    if (revs.length > 2) say('info', 'onlyTwo', { n: revs.length });
    store.setRevisions(revs[0], revs[1], 'files');
  } else if (revs.length === 1) {
    if (store.old && !store.new && store.source === 'files') store.setRevision('new', revs[0]);
    else {
      compareStore.setState({ new: null });
      store.setRevision('old', revs[0]);
      say('info', 'pickedOld', { name: revs[0].name });
    }
  }
}

export async function openSide(side: 'old' | 'new'): Promise<void> {
  const revs = await pick();
  if (revs.length) compareStore.getState().setRevision(side, revs[0]);
}

/** The open page's current text against it with every safe fix applied. */
export function comparePageWithClean(): void {
  const review = reviewStore.getState();
  if (!review.pageId) return say('error', 'noPage');
  review.flush();
  const text = reviewStore.getState().text;
  const cleaned = cleanText(text, reviewStore.getState().options).text;
  const name = review.pageName;
  compareStore.getState().setRevisions({ name, text }, { name: name + ' · ' + ct(locale(), 'cleanedSuffix'), text: cleaned }, 'page-clean');
}

/** The page as opened against the current text (edits + accepted fixes). */
export function comparePageWithEdits(): void {
  const review = reviewStore.getState();
  if (!review.pageId) return say('error', 'noPage');
  const name = review.pageName;
  const current = review.cleanedText();
  compareStore
    .getState()
    .setRevisions({ name, text: review.source }, { name: name + ' · ' + ct(locale(), 'currentSuffix'), text: current }, 'page-edits');
}

export async function exportReport(): Promise<void> {
  const request = compareStore.getState().report(new Date().toLocaleString(locale() === 'zh' ? 'zh-CN' : 'en-GB'));
  if (!request) return;
  const t = (key: 'exported' | 'exportFailed', params: Record<string, string>) => translate(locale(), key, params);
  try {
    const r = await getBridge().exportFile(request);
    if (r.ok) uiStore.getState().toast('info', t('exported', { name: r.path ?? request.suggestedName }));
    else if (!r.cancelled) uiStore.getState().toast('error', t('exportFailed', { error: r.error ?? '?' }));
  } catch (e) {
    uiStore.getState().toast('error', t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
  }
}
