// scripts/web.mjs serves the built renderer on 127.0.0.1: files inside its
// directory only, with the right types.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../scripts/web.mjs');
let dir: string;
let server: ChildProcess;
const port = 20000 + (process.pid % 20000);

function get(path: string, method = 'GET'): Promise<{ status: number; type?: string; body: string }> {
  return new Promise((ok, fail) => {
    // Raw path: no URL normalisation on the client side.
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'galley-web-'));
  dir = join(base, 'site');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside');
  server = spawn(process.execPath, [script], { env: { ...process.env, PORT: String(port), GALLEY_WEB_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((ok, fail) => {
    server.stdout!.on('data', (d: Buffer) => d.toString().includes('http://127.0.0.1') && ok());
    server.on('exit', (code) => fail(new Error(`web.mjs exited ${code}`)));
  });
});

afterAll(() => {
  server?.kill();
  if (dir) rmSync(resolve(dir, '..'), { recursive: true, force: true });
});

describe('npm run web server', () => {
  it('serves the app with correct MIME types', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(await get('/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/assets/app.css')).toMatchObject({ status: 200, type: 'text/css; charset=utf-8' });
  });

  it('never serves a file outside its directory', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt', '/%2e%2e%5csecret.txt']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('outside');
    }
    expect((await get('/%00')).status).toBe(400);
    expect((await get('/assets/')).status).toBe(404);
  });

  it('answers only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });
});
