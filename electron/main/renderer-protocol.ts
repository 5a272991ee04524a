// The renderer is served from a custom `app://galley/` scheme instead of
// file:// (Electron security checklist item 18): file:// pages get extra
// privileges (reading any local file by URL), and Electron's webRequest does
// not see file:// loads, so a CSP header could not be attached to them. Our
// handler serves only files inside out/renderer and sets the CSP header on
// every response itself.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

export const RENDERER_SCHEME = 'app';
export const RENDERER_HOST = 'galley';
export const RENDERER_URL = `${RENDERER_SCHEME}://${RENDERER_HOST}/index.html`;

/** For protocol.registerSchemesAsPrivileged (before app ready): a standard,
 *  secure origin, so relative URLs, module scripts and 'self' work. */
export const RENDERER_SCHEME_PRIVILEGES = {
  scheme: RENDERER_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeFor(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file inside `rendererDir` a request URL names, or null for anything
 *  else (another scheme or host, `..` escapes, encoded separators, NUL). */
export function resolveRendererAsset(rendererDir: string, requestUrl: string): string | null {
  let u: URL;
  try {
    u = new URL(requestUrl);
  } catch {
    return null;
  }
  if (u.protocol !== `${RENDERER_SCHEME}:` || u.host !== RENDERER_HOST) return null;
  let rel: string;
  try {
    rel = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (rel.includes('\0') || rel.includes('\\')) return null;
  if (rel === '/' || rel === '') rel = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, '.' + rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

export function rendererHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': mimeFor(file),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/** Answers one request; 404 for anything outside the renderer folder. */
export async function serveRendererRequest(rendererDir: string, requestUrl: string): Promise<Response> {
  const file = resolveRendererAsset(rendererDir, requestUrl);
  if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  try {
    const body = await fsp.readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers: rendererHeaders(file) });
  } catch {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  }
}

export function registerRendererProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(RENDERER_SCHEME, (request) => serveRendererRequest(rendererDir, request.url));
}
