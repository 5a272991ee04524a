import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAllowedExternalUrl,
  isAllowedRequest,
  isTrustedSender,
} from '../../../electron/main/security';

const FILE_URL = 'file:///opt/Galley/resources/app.asar/out/renderer/index.html';
const trusted = { webContentsId: 7, rendererUrl: FILE_URL };
const event = (id: number, url: string, parent: unknown = null) => ({ sender: { id }, senderFrame: { url, parent } });

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing our renderer', () => {
    expect(isTrustedSender(event(7, FILE_URL), trusted)).toBe(true);
    expect(isTrustedSender(event(7, FILE_URL + '#/page/2'), trusted)).toBe(true);
  });

  it('refuses another window', () => {
    expect(isTrustedSender(event(8, FILE_URL), trusted)).toBe(false);
  });

  it('refuses a frame showing another page, even a file:// one', () => {
    expect(isTrustedSender(event(7, 'file:///tmp/evil.html'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'https://example.com/'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'file:///opt/Galley/resources/app.asar/out/renderer/index.html/../../x.html'), trusted)).toBe(false);
  });

  it('refuses subframes, destroyed frames and events without a sender', () => {
    expect(isTrustedSender(event(7, FILE_URL, { url: FILE_URL }), trusted)).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, trusted)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: FILE_URL, parent: null } }, trusted)).toBe(false);
  });

  it('refuses everything before the window exists', () => {
    expect(isTrustedSender(event(7, FILE_URL), { webContentsId: undefined, rendererUrl: FILE_URL })).toBe(false);
  });

  it('matches non-ASCII install paths however they are percent-encoded', () => {
    const ours = 'file:///home/%E7%BC%96%E8%BE%91/Galley/out/renderer/index.html';
    expect(isTrustedSender(event(7, 'file:///home/编辑/Galley/out/renderer/index.html'), { webContentsId: 7, rendererUrl: ours })).toBe(true);
  });

  it('trusts the dev server origin only in development', () => {
    const dev = { webContentsId: 7, rendererUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(event(7, 'http://localhost:5173/index.html'), dev)).toBe(true);
    expect(isTrustedSender(event(7, 'http://localhost:5174/'), dev)).toBe(false);
  });
});

describe('isAllowedExternalUrl', () => {
  it('allows nothing by default (Galley links to nothing)', () => {
    expect(isAllowedExternalUrl('https://example.com/')).toBe(false);
  });

  it('allows only https on listed hosts, without credentials', () => {
    const list = ['docs.example.org'];
    expect(isAllowedExternalUrl('https://docs.example.org/guide', list)).toBe(true);
    expect(isAllowedExternalUrl('http://docs.example.org/guide', list)).toBe(false);
    expect(isAllowedExternalUrl('https://docs.example.org.evil.com/', list)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@docs.example.org/', list)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', list)).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)', list)).toBe(false);
    expect(isAllowedExternalUrl(42, list)).toBe(false);
  });
});

describe('isAllowedRequest (no remote content)', () => {
  it('lets the renderer load its own files and data images', () => {
    expect(isAllowedRequest(FILE_URL)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it('cancels remote requests', () => {
    expect(isAllowedRequest('https://example.com/tracker.png')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest('ws://example.com/')).toBe(false);
  });

  it('allows the dev server in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const s = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
    };
    hardenSession(s as never);
    return s;
  }

  it('refuses every permission request and check', () => {
    const s = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      s.setPermissionRequestHandler.mock.calls[0][0]({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(s.setPermissionCheckHandler.mock.calls[0][0]({}, permission)).toBe(false);
    }
    expect(s.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false);
  });

  it('sends the strict CSP as a response header', () => {
    const s = fakeSession();
    const cb = vi.fn();
    s.webRequest.onHeadersReceived.mock.calls[0][0]({ responseHeaders: { 'X-A': ['1'] } }, cb);
    const headers = cb.mock.calls[0][0].responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-A']).toEqual(['1']);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('cancels remote requests', () => {
    const s = fakeSession();
    const cb = vi.fn();
    s.webRequest.onBeforeRequest.mock.calls[0][0]({ url: 'https://example.com/x.js' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('hardenContents', () => {
  function fakeContents() {
    const listeners: Record<string, (e: { preventDefault(): void }) => void> = {};
    const c = {
      on: vi.fn((name: string, fn: (e: { preventDefault(): void }) => void) => {
        listeners[name] = fn;
      }),
      setWindowOpenHandler: vi.fn(),
    };
    const openExternal = vi.fn();
    hardenContents(c as never, openExternal);
    return { c, listeners, openExternal };
  }

  it('prevents navigation, redirects and <webview> attachment', () => {
    const { listeners } = fakeContents();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      listeners[name](e);
      expect(e.preventDefault).toHaveBeenCalled();
    }
  });

  it('denies new windows and does not open unlisted links externally', () => {
    const { c, openExternal } = fakeContents();
    const handler = c.setWindowOpenHandler.mock.calls[0][0];
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
