// Hardening that is not window options (docs/design.md §9): CSP header, IPC
// sender checks, navigation / new-window / permission refusal, no remote
// content. Galley opens no links at all: page text is untrusted, so there is
// no shell.openExternal anywhere (a test keeps it that way).
// The decisions are pure functions; the `harden*` functions only wire them.
import type { Session, WebContents } from 'electron';

/** Same policy as the meta tag in renderer/index.html, also sent as a header
 *  so it holds even if the page's own tag were lost. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // The page check runs in a module worker built into the same folder.
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

/** The frame URL of our renderer, for comparison: app://galley/index.html,
 *  or the dev server's origin in development. */
export interface TrustedRenderer {
  /** `webContents.id` of the main window, undefined before it exists. */
  webContentsId: number | undefined;
  /** URL the main window loads (app://galley/index.html or the dev server). */
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
  if (ours.protocol === 'http:' || ours.protocol === 'https:') return frame.origin === ours.origin;
  // app://galley/index.html (or file:// where used): same host and document;
  // percent-encoding of non-ASCII paths can differ, so compare decoded.
  const decode = (p: string) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  };
  return frame.host === ours.host && decode(frame.pathname) === decode(ours.pathname);
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

/** Requests the renderer may make: its own app:// files, inline data images,
 *  and in development the dev server. Everything else is cancelled: remote
 *  content and file:// alike (webRequest sees http(s) and ws; the app://
 *  handler confines itself to out/renderer). */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'app:' || u.protocol === 'data:' || u.protocol === 'devtools:' || u.protocol === 'blob:') return true;
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

/** Every web contents: no navigation away, no new windows, no <webview>. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
