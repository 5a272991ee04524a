import { describe, expect, it, vi } from 'vitest';
import { hardenedContents, hardenedSession } from '../../helpers/electron-fakes';
import { CONTENT_SECURITY_POLICY, isAllowedRequest, isTrustedSender } from '../../../electron/main/security';

const APP_URL = 'app://galley/index.html';
const trusted = { webContentsId: 7, rendererUrl: APP_URL };
const event = (id: number, url: string, parent: unknown = null) => ({ sender: { id }, senderFrame: { url, parent } });

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing our renderer', () => {
    expect(isTrustedSender(event(7, APP_URL), trusted)).toBe(true);
    expect(isTrustedSender(event(7, APP_URL + '#/page/2'), trusted)).toBe(true);
  });

  it('refuses another window', () => {
    expect(isTrustedSender(event(8, APP_URL), trusted)).toBe(false);
  });

  it('refuses a frame showing another page, even one of ours or a file:// one', () => {
    expect(isTrustedSender(event(7, 'file:///tmp/evil.html'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'file:///index.html'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'https://example.com/'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'app://evil/index.html'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'app://galley/assets/other.html'), trusted)).toBe(false);
    expect(isTrustedSender(event(7, 'app://galley/index.html/../x.html'), trusted)).toBe(false);
  });

  it('refuses subframes, destroyed frames and events without a sender', () => {
    expect(isTrustedSender(event(7, APP_URL, { url: APP_URL }), trusted)).toBe(false);
    expect(isTrustedSender({ sender: { id: 7 }, senderFrame: null }, trusted)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: APP_URL, parent: null } }, trusted)).toBe(false);
  });

  it('refuses everything before the window exists', () => {
    expect(isTrustedSender(event(7, APP_URL), { webContentsId: undefined, rendererUrl: APP_URL })).toBe(false);
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

describe('isAllowedRequest (no remote content)', () => {
  it('lets the renderer load its own files and data images', () => {
    expect(isAllowedRequest('app://galley/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
  });

  it('cancels remote requests and file:// reads', () => {
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
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

  it('refuses every permission request and check', () => {
    const s = hardenedSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      s.setPermissionRequestHandler.mock.calls[0][0]({}, permission, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(s.setPermissionCheckHandler.mock.calls[0][0]({}, permission)).toBe(false);
    }
    expect(s.setDevicePermissionHandler.mock.calls[0][0]({})).toBe(false);
  });

  it('sends the strict CSP as a response header', () => {
    const s = hardenedSession();
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
    const s = hardenedSession();
    const cb = vi.fn();
    s.webRequest.onBeforeRequest.mock.calls[0][0]({ url: 'https://example.com/x.js' }, cb);
    expect(cb).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('hardenContents', () => {

  it('prevents navigation, redirects and <webview> attachment', () => {
    const { listeners } = hardenedContents();
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const e = { preventDefault: vi.fn() };
      listeners[name](e);
      expect(e.preventDefault).toHaveBeenCalled();
    }
  });

  it('denies every new window', () => {
    const { c } = hardenedContents();
    const handler = c.setWindowOpenHandler.mock.calls[0][0];
    expect(handler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });
});
