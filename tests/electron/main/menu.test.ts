import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { COMMAND_ITEMS, buildMenuTemplate } from '../../../electron/main/menu';
import { MENU_COMMANDS } from '../../../electron/preload/bridge';
import type { MenuCommand } from '../../../shared/ipc';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}

function build(platform: NodeJS.Platform, locale: 'zh' | 'en' = 'zh') {
  const send = vi.fn();
  const items = flatten(buildMenuTemplate({ platform, locale, appName: 'Galley', isDev: false, send }));
  const byId = (id: MenuCommand) => items.find((i) => i.id === id)!;
  return { items, byId, send };
}

describe('application menu', () => {
  it('offers every menu command, and each click sends exactly that command', () => {
    const { byId, send } = build('linux');
    for (const command of MENU_COMMANDS) {
      const item = byId(command);
      expect(item, command).toBeDefined();
      (item.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(command);
    }
    expect(Object.keys(COMMAND_ITEMS).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('uses the platform shortcuts the issue asks for', () => {
    const { byId } = build('linux');
    expect(byId('open-files').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('next-finding').accelerator).toBe('F8');
    expect(byId('previous-finding').accelerator).toBe('Shift+F8');
    expect(byId('undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(byId('redo').accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('leaves renderer-owned keys to the renderer so a key never fires twice', () => {
    const { byId } = build('linux');
    // renderer/src/App.tsx handles these keys itself (browser build too).
    for (const c of ['next-finding', 'previous-finding', 'undo', 'redo', 'apply-safe-fixes', 'open-files', 'open-folder'] as const) {
      expect(byId(c).registerAccelerator, c).toBe(false);
    }
    // Desktop-only commands keep their registered accelerators.
    expect(byId('export-text').accelerator).toBe('CmdOrCtrl+E');
    expect(byId('export-text').registerAccelerator).toBe(true);
    expect(byId('compare').registerAccelerator).toBe(true);
  });

  it('has a macOS app menu on darwin only, with Quit there instead of in File', () => {
    const mac = buildMenuTemplate({ platform: 'darwin', locale: 'zh', appName: 'Galley', isDev: false, send: vi.fn() });
    expect(mac[0].label).toBe('Galley');
    expect(flatten(mac).filter((i) => i.role === 'quit')).toHaveLength(1);
    const linux = buildMenuTemplate({ platform: 'linux', locale: 'zh', appName: 'Galley', isDev: false, send: vi.fn() });
    expect(linux[0].label).toBe('文件');
    expect(flatten(linux).filter((i) => i.role === 'quit')).toHaveLength(1);
  });

  it('speaks Chinese by default and English when asked', () => {
    expect(build('linux', 'zh').byId('open-files').label).toBe('打开版面…');
    expect(build('linux', 'en').byId('open-files').label).toBe('Open Pages…');
  });

  it('keeps clipboard roles for editing the text, and no dev tools in release builds', () => {
    const { items } = build('linux');
    for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(items.some((i) => i.role === role), role).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});
