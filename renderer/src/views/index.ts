// Top-level views: each registers here and appears in the view switch.
// The compare view is loaded on first use: it brings the diff engine and
// its own styles, which a page review never needs.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n';
import { FolderView } from './FolderView';
import { PageView } from './PageView';

export interface ViewEntry {
  id: string;
  label: MessageKey;
  component: ComponentType | LazyExoticComponent<ComponentType>;
  /** Shown in the switch only when pages are open. */
  needsPage?: boolean;
}

export const VIEWS: ViewEntry[] = [
  { id: 'page', label: 'viewPage', component: PageView, needsPage: true },
  { id: 'folder', label: 'viewFolder', component: FolderView },
  { id: 'compare', label: 'viewCompare', component: lazy(async () => ({ default: (await import('./CompareView')).CompareView })) },
];

export const viewById = (id: string) => VIEWS.find((v) => v.id === id);
