import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  RENDERER_URL,
  mimeFor,
  registerRendererProtocol,
  resolveRendererAsset,
  serveRendererRequest,
} from '../../../electron/main/renderer-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

let root: string;
let rendererDir: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'galley-proto-'));
  rendererDir = path.join(root, 'out', 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Galley</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'out', 'secret.txt'), 'outside the renderer');
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('app://galley/ renderer protocol', () => {
  it('maps our URLs to files inside out/renderer', () => {
    expect(resolveRendererAsset(rendererDir, RENDERER_URL)).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveRendererAsset(rendererDir, 'app://galley/')).toBe(path.join(rendererDir, 'index.html'));
    expect(resolveRendererAsset(rendererDir, 'app://galley/assets/index-abc.js?v=1#x')).toBe(path.join(rendererDir, 'assets', 'index-abc.js'));
  });

  it('never resolves outside out/renderer', () => {
    // URL parsing collapses ../ and %2e%2e itself, as a browser does: they stay inside.
    for (const url of ['app://galley/../secret.txt', 'app://galley/%2e%2e/secret.txt', 'app://galley/a/../../../../etc/passwd']) {
      const r = resolveRendererAsset(rendererDir, url);
      expect(r === null || r.startsWith(rendererDir + path.sep), url).toBe(true);
    }
    // Encoded separators decode to an escape after parsing: refused outright.
    for (const url of [
      'app://galley/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://galley/..%2f..%2fsecret.txt',
      'app://galley/..%5csecret.txt',
      'app://galley/%00index.html',
      'app://galley/%E0%A4%A',
      'app://evil/index.html',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(resolveRendererAsset(rendererDir, url), url).toBeNull();
    }
  });

  it('serves files with the strict CSP header and a module-script MIME type', async () => {
    const res = await serveRendererRequest(rendererDir, 'app://galley/assets/index-abc.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
    const html = await serveRendererRequest(rendererDir, RENDERER_URL);
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for escapes and missing files, never their content', async () => {
    const escape = await serveRendererRequest(rendererDir, 'app://galley/assets/%2e%2e%2f%2e%2e%2fsecret.txt');
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('outside');
    expect((await serveRendererRequest(rendererDir, 'app://galley/nope.js')).status).toBe(404);
  });

  it('registers the handler on the app scheme', async () => {
    const protocol = { handle: vi.fn() };
    registerRendererProtocol(protocol as never, rendererDir);
    expect(protocol.handle.mock.calls[0][0]).toBe('app');
    const res = await protocol.handle.mock.calls[0][1]({ url: RENDERER_URL });
    expect(res.status).toBe(200);
  });

  it('knows the MIME types a Vite build emits', () => {
    expect(mimeFor('a.css')).toMatch(/^text\/css/);
    expect(mimeFor('a.woff2')).toBe('font/woff2');
    expect(mimeFor('a.unknown')).toBe('application/octet-stream');
  });
});
