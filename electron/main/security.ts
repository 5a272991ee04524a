// Hardening that is not window options (DESIGN.md §7): CSP header, IPC
// sender checks, navigation / new-window / permission refusal, no remote
// content, and the (empty) allowlist for opening links in the browser.
// The decisions are pure functions; the `harden*` functions only wire them.
import type { Session, WebContents } from 'electron';

/** Same policy as the meta tag in renderer/index.html, also sent as a header
 *  so it holds even if the page's own tag were lost. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

/** Hosts whose https links may open in the user's browser. None today: the
 *  page text is untrusted and Galley links to nothing. */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [];

export function isAllowedExternalUrl(url: unknown, allowlist: readonly string[] = EXTERNAL_URL_ALLOWLIST): boolean {
  if (typeof url !== 'string') return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && u.username === '' && u.password === '' && allowlist.includes(u.hostname);
}

/** The frame URL of our renderer, for comparison: a file URL of
 *  out/renderer/index.html, or the dev server's origin. */
export interface TrustedRenderer {
  /** `webContents.id` of the main window, undefined before it exists. */
  webContentsId: number | undefined;
  /** URL the main window loads (file:// index.html or dev server URL). */
  rendererUrl: string;
}

/** Structural slice of IpcMainEvent / IpcMainInvokeEvent that is checked. */
export interface SenderEvent {
  sender?: { id?: number } | null;
  senderFrame?: { url?: string; parent?: unknown } | null;
}

function samePage(frameUrl: string, rendererUrl: string): boolean {
  let frame: URL;
  let ours: URL;
  try {
    frame = new URL(frameUrl);
    ours = new URL(rendererUrl);
  } catch {
    return false;
  }
  if (frame.protocol !== ours.protocol) return false;
  if (ours.protocol === 'file:') {
    // Percent-encoding of non-ASCII install paths can differ; compare decoded.
    const decode = (p: string) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    };
    return frame.host === ours.host && decode(frame.pathname) === decode(ours.pathname);
  }
  if (ours.protocol === 'http:' || ours.protocol === 'https:') return frame.origin === ours.origin;
  return false;
}

/** IPC is answered only for the main frame of our own window showing our
 *  own renderer (Electron security checklist item 17). */
export function isTrustedSender(event: SenderEvent, trusted: TrustedRenderer): boolean {
  if (!event || trusted.webContentsId === undefined) return false;
  if (!event.sender || event.sender.id !== trusted.webContentsId) return false;
  const frame = event.senderFrame;
  if (!frame || typeof frame.url !== 'string') return false;
  // Only the top frame: subframes are refused by CSP anyway, never trusted.
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return samePage(frame.url, trusted.rendererUrl);
}

/** Requests the renderer may make: its own files, inline data images, and
 *  in development the dev server. Everything else (remote content) is cancelled. */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:' || u.protocol === 'data:' || u.protocol === 'devtools:' || u.protocol === 'blob:') return true;
  if (devServerUrl) {
    try {
      const dev = new URL(devServerUrl);
      if ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin === dev.origin) return true;
      if ((u.protocol === 'ws:' || u.protocol === 'wss:') && u.host === dev.host) return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** Refuses every permission (camera, notifications, clipboard-read, …),
 *  CSP header on every response, remote requests cancelled. */
export function hardenSession(ses: Session, devServerUrl?: string): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** Every web contents: no navigation away, no new windows (links to an
 *  allowed https host go to the user's browser instead), no <webview>. */
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}
