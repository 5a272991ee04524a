// The app's store instances and React hooks onto them.
import { useStore } from 'zustand';
import { checkText } from '../../../shared/check';
import { getBridge } from '../bridge';
import { checkClient } from '../lib/check-client';
import { createPagesStore, type PagesStore } from './pages';
import { createReviewStore, type ReviewStore } from './review';
import { createSettingsStore, type SettingsStore } from './settings';

export const pagesStore = createPagesStore();
// Typing on a slow page is re-checked in a Web Worker (lib/check-client).
export const reviewStore = createReviewStore(checkText, undefined, (text, options) => checkClient.check(text, options));
export const settingsStore = createSettingsStore(getBridge);

export const usePages = <T>(selector: (s: PagesStore) => T): T => useStore(pagesStore, selector);
export const useReview = <T>(selector: (s: ReviewStore) => T): T => useStore(reviewStore, selector);
export const useSettings = <T>(selector: (s: SettingsStore) => T): T => useStore(settingsStore, selector);
