// The app's store instances and React hooks onto them.
import { useStore } from 'zustand';
import { getBridge } from '../bridge';
import { createPagesStore, type PagesStore } from './pages';
import { createReviewStore, type ReviewStore } from './review';
import { createSettingsStore, type SettingsStore } from './settings';

export const pagesStore = createPagesStore();
export const reviewStore = createReviewStore();
export const settingsStore = createSettingsStore(getBridge);

export const usePages = <T>(selector: (s: PagesStore) => T): T => useStore(pagesStore, selector);
export const useReview = <T>(selector: (s: ReviewStore) => T): T => useStore(reviewStore, selector);
export const useSettings = <T>(selector: (s: SettingsStore) => T): T => useStore(settingsStore, selector);
