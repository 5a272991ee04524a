import { useCallback } from 'react';
import { translate, type MessageKey } from './i18n';
import { useSettings } from './store';

/** Translate with the current locale; re-renders when it changes. */
export function useT() {
  const locale = useSettings((s) => s.settings.locale);
  return useCallback(
    (key: MessageKey, params?: Record<string, string | number>) => translate(locale, key, params),
    [locale],
  );
}

export function useLocale() {
  return useSettings((s) => s.settings.locale);
}

/** 显示存疑: uncertain findings shown (off by default). */
export function useShowUncertain() {
  return useSettings((s) => s.settings.showUncertain === true);
}
