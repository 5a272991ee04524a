// Application menu as data: a pure template builder (tested) whose items send
// MenuCommands to the renderer. Keys the renderer owns itself (finding
// navigation, decisions, undo, open — renderer/src/App.tsx commandForKey, as
// they must work in the browser build too) are shown but not registered
// (`registerAccelerator: false`), so one key press never fires twice; the
// desktop-only ones (export, compare) are registered.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import type { Locale } from '../../shared/types';

type Label = Record<Locale, string>;

interface CommandItem {
  command: MenuCommand;
  label: Label;
  accelerator?: string;
  /** false: displayed only; the renderer's key handler acts on the key. */
  register: boolean;
}

export const COMMAND_ITEMS: Record<MenuCommand, CommandItem> = {
  // The renderer's key handler owns Ctrl+O / Ctrl+Shift+O (the browser build needs them too).
  'open-files': { command: 'open-files', label: { zh: '打开版面…', en: 'Open Pages…' }, accelerator: 'CmdOrCtrl+O', register: false },
  'open-folder': { command: 'open-folder', label: { zh: '打开文件夹…', en: 'Open Folder…' }, accelerator: 'CmdOrCtrl+Shift+O', register: false },
  'export-text': { command: 'export-text', label: { zh: '导出清样文本…', en: 'Export Cleaned Text…' }, accelerator: 'CmdOrCtrl+E', register: true },
  'export-markdown': { command: 'export-markdown', label: { zh: '导出 Markdown…', en: 'Export Markdown…' }, register: true },
  'export-json': { command: 'export-json', label: { zh: '导出 JSON…', en: 'Export JSON…' }, register: true },
  'export-report-html': {
    command: 'export-report-html',
    label: { zh: '导出校对单（HTML）…', en: 'Export Proof Sheet (HTML)…' },
    accelerator: 'CmdOrCtrl+Shift+E',
    register: true,
  },
  'export-report-csv': { command: 'export-report-csv', label: { zh: '导出问题清单（CSV）…', en: 'Export Findings (CSV)…' }, register: true },
  'next-finding': { command: 'next-finding', label: { zh: '下一个问题', en: 'Next Finding' }, accelerator: 'F8', register: false },
  'previous-finding': { command: 'previous-finding', label: { zh: '上一个问题', en: 'Previous Finding' }, accelerator: 'Shift+F8', register: false },
  'apply-safe-fixes': {
    command: 'apply-safe-fixes',
    label: { zh: '应用全部安全修正', en: 'Apply All Safe Fixes' },
    accelerator: 'CmdOrCtrl+Shift+Enter',
    register: false,
  },
  undo: { command: 'undo', label: { zh: '撤销', en: 'Undo' }, accelerator: 'CmdOrCtrl+Z', register: false },
  redo: { command: 'redo', label: { zh: '重做', en: 'Redo' }, accelerator: 'CmdOrCtrl+Shift+Z', register: false },
  compare: { command: 'compare', label: { zh: '比较修订…', en: 'Compare Revisions…' }, accelerator: 'CmdOrCtrl+D', register: true },
  'load-roster': { command: 'load-roster', label: { zh: '载入人员名册…', en: 'Load Staff Roster…' }, register: true },
  'toggle-locale': { command: 'toggle-locale', label: { zh: 'English Interface', en: '中文界面' }, register: true },
};

export interface MenuOptions {
  platform: NodeJS.Platform;
  locale: Locale;
  appName: string;
  isDev: boolean;
  send(command: MenuCommand): void;
}

const L = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, locale, send } = opts;
  const mac = platform === 'darwin';
  const item = (command: MenuCommand): MenuItemConstructorOptions => {
    const c = COMMAND_ITEMS[command];
    return {
      id: command,
      label: c.label[locale],
      ...(c.accelerator ? { accelerator: c.accelerator, registerAccelerator: c.register } : {}),
      click: () => send(command),
    };
  };
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: opts.appName,
      submenu: [
        { role: 'about' },
        sep,
        { role: 'services' },
        sep,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        sep,
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: L(locale, '文件', 'File'),
    submenu: [
      item('open-files'),
      item('open-folder'),
      item('load-roster'),
      sep,
      item('export-text'),
      item('export-markdown'),
      item('export-json'),
      item('export-report-html'),
      item('export-report-csv'),
      ...(mac ? [] : [sep, { role: 'quit' as const, label: L(locale, '退出', 'Quit') }]),
    ],
  });
  template.push({
    label: L(locale, '编辑', 'Edit'),
    submenu: [
      item('undo'),
      item('redo'),
      sep,
      // Clipboard roles keep copy/paste working in the text (macOS needs them in a menu).
      { role: 'cut', label: L(locale, '剪切', 'Cut') },
      { role: 'copy', label: L(locale, '复制', 'Copy') },
      { role: 'paste', label: L(locale, '粘贴', 'Paste') },
      { role: 'selectAll', label: L(locale, '全选', 'Select All') },
    ],
  });
  template.push({
    label: L(locale, '校对', 'Review'),
    submenu: [item('next-finding'), item('previous-finding'), sep, item('apply-safe-fixes'), sep, item('compare')],
  });
  template.push({
    label: L(locale, '视图', 'View'),
    submenu: [
      item('toggle-locale'),
      sep,
      { role: 'resetZoom', label: L(locale, '实际大小', 'Actual Size') },
      { role: 'zoomIn', label: L(locale, '放大', 'Zoom In') },
      { role: 'zoomOut', label: L(locale, '缩小', 'Zoom Out') },
      sep,
      { role: 'togglefullscreen', label: L(locale, '全屏', 'Full Screen') },
      ...(opts.isDev ? [sep, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
    ],
  });
  template.push({
    label: L(locale, '窗口', 'Window'),
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }]
      : [{ role: 'minimize', label: L(locale, '最小化', 'Minimize') }, { role: 'close', label: L(locale, '关闭', 'Close') }],
  });
  return template;
}
