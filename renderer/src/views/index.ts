// Top-level views. A view registers here and appears in the view switch; the
// compare view (对照, issue 4) is added the same way by its engineer:
//   { id: 'compare', label: 'viewCompare', component: lazy(() => import('./CompareView')) }
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
];

// A CompareView.tsx beside this file is picked up without touching the list
// above (the compare engineer owns that file; nothing here is a stub).
const compare = import.meta.glob<{ CompareView?: ComponentType; default?: ComponentType }>('./CompareView.tsx');
for (const [, load] of Object.entries(compare)) {
  VIEWS.push({
    id: 'compare',
    label: 'viewCompare',
    component: lazy(async () => {
      const m = await load();
      return { default: (m.CompareView ?? m.default)! };
    }),
  });
}

export const viewById = (id: string) => VIEWS.find((v) => v.id === id);
