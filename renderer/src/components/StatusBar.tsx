import { memo, useDeferredValue } from 'react';
import { countChars } from '../../../shared/compare/units';
import { getBridge } from '../bridge';
import { ct } from '../compare/strings';
import { loadConfig } from '../controller';
import { useLocale, useT } from '../hooks';
import { pageOptions } from '../lib/page-options';
import { usePages, useReview, useSettings } from '../store';
import { useUi } from '../store/ui';

/** Which config is in force for the open page; in the browser build, a
 *  click loads one. */
function ConfigStatus() {
  const t = useT();
  const locale = useLocale();
  const settings = useSettings((s) => s.settings);
  const page = usePages((s) => s.pages.find((p) => p.id === s.currentId));
  const { inForce } = pageOptions(page, settings, locale);
  const name = inForce.file ? inForce.file.split(/[\\/]/).pop()! : undefined;
  const label = name ? t('configInForce', { name }) : t('configDefault');
  const title = (inForce.file ?? '') + '\n' + t('configTitle') + (inForce.problem ? '\n' + inForce.problem : '');
  if (getBridge().openConfig) {
    return (
      <button type="button" className="config-status link" data-testid="config-status" title={title + '\n' + t('configLoadTitle')} onClick={() => void loadConfig()}>
        {label}
      </button>
    );
  }
  return (
    <span className="config-status" data-testid="config-status" title={title}>
      {label}
    </span>
  );
}

/** The house style the open page was checked in (detected from the page, or
 *  named by the config), with why in the tooltip: a finding that seems wrong
 *  often means the wrong house style. */
function HouseStyle() {
  const t = useT();
  const locale = useLocale();
  const choice = useReview((s) => s.profile);
  if (!choice) return null;
  const reasons = choice.reasons.map((r) => r[locale]).join(locale === 'zh' ? '；' : '; ');
  return (
    <span className="house-style" data-testid="house-style" data-profile={choice.profile.id} title={t('houseStyleTitle') + '\n' + t('houseStyleDetected', { reasons })}>
      {t('houseStyle', { name: choice.profile.title[locale] })}
    </span>
  );
}

/** The page's lines and characters. Given a deferred text (below), counting
 *  a long page is left out of the keystroke's own render and frame. */
const TextCounts = memo(function TextCounts({ text }: { text: string }) {
  const t = useT();
  let lines = 0;
  if (text) for (let i = -1; ; lines++) if ((i = text.indexOf('\n', i + 1)) === -1) break;
  return (
    <>
      <span>{t('lines', { n: text ? lines + 1 : 0 })}</span>
      <span data-testid="char-count" title={t('charsTitle')}>
        {t('chars', { n: countChars(text) })}
      </span>
    </>
  );
});

export function StatusBar() {
  const t = useT();
  const locale = useLocale();
  const saved = useUi((s) => s.saved);
  const view = usePages((s) => s.view);
  const pageId = useReview((s) => s.pageId);
  // Typing re-renders this with the text before the keystroke; the counts
  // follow in a render of their own as soon as the main thread is free.
  const text = useDeferredValue(useReview((s) => s.text));
  const checkMs = useReview((s) => s.checkMs);
  return (
    <footer className="status-bar">
      {/* The keys of the view in front: the compare has its own. */}
      <span className="keys" data-testid="status-keys">
        {view === 'compare' ? ct(locale, 'keys') : t('keyboardHelp')}
      </span>
      <span className="tb-spacer" />
      {pageId && (
        <>
          <HouseStyle />
          <ConfigStatus />
          <TextCounts text={text} />
          <span data-testid="check-ms" title={t('checkTimeTitle')}>
            {t('checkTime', { ms: checkMs.toFixed(2) })}
          </span>
        </>
      )}
      {saved?.at && <span data-testid="saved">{t('saved', { time: new Date(saved.at).toLocaleTimeString() })}</span>}
      {saved?.error && <span className="error">{t('saveFailed', { error: saved.error })}</span>}
    </footer>
  );
}
