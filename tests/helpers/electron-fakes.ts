// Stand-ins for Electron's session and webContents, hardened by the main
// process's own functions, for the security tests to inspect.
import { vi } from 'vitest';
import { hardenContents, hardenSession } from '../../electron/main/security';

type Listener = (e: { preventDefault(): void }) => void;

/** A fake session after hardenSession: its handler mocks hold what was set. */
export function hardenedSession() {
  const s = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
  };
  hardenSession(s as never);
  return s;
}

/** A fake webContents after hardenContents: its event listeners and window-open handler. */
export function hardenedContents() {
  const listeners: Record<string, Listener> = {};
  const c = {
    on: vi.fn((name: string, fn: Listener) => {
      listeners[name] = fn;
    }),
    setWindowOpenHandler: vi.fn(),
  };
  hardenContents(c as never);
  return { c, listeners, openHandler: c.setWindowOpenHandler.mock.calls[0]?.[0] as (d: { url: string }) => unknown };
}
