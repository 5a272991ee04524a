#!/usr/bin/env node
// `npm run web`: the renderer in a plain browser, on the browser bridge.
// Builds out/renderer when it is missing (or always with --build), then
// serves it on 127.0.0.1 (PORT, default 5178) with plain Node http.
import { existsSync, createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// GALLEY_WEB_DIR serves another built directory (the server's own tests).
const outDir = process.env.GALLEY_WEB_DIR ? resolve(process.env.GALLEY_WEB_DIR) : join(root, 'out', 'renderer');
const args = process.argv.slice(2);
const port = Number(process.env.PORT ?? 5178);
const host = '127.0.0.1';

if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`web: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(2);
}

if (args.includes('--build') || !existsSync(join(outDir, 'index.html'))) {
  // electron-vite has no renderer-only build, so build the renderer with Vite
  // directly, with the same settings as electron.vite.config.ts's renderer.
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  try {
    await build({
      configFile: false,
      root: join(root, 'renderer'),
      base: './',
      plugins: [react()],
      worker: { format: 'es' },
      // iconv-lite (GB18030 export in shared/encoding.ts) needs Node's Buffer:
      // use the `buffer` package in the browser.
      resolve: { alias: [{ find: /^buffer$/, replacement: 'buffer/' }] },
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: { index: join(root, 'renderer', 'index.html') } },
      },
    });
  } catch (e) {
    console.error(`web: renderer build failed: ${e instanceof Error ? e.message.split('\n')[0] : e}`);
    process.exit(2);
  }
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end('bad request');
    return;
  }
  if (pathname.includes('\0')) {
    res.writeHead(400).end('bad request');
    return;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  // Resolve inside outDir only: `..` and absolute tricks end up outside and get 404.
  const file = resolve(outDir, '.' + pathname);
  if (file !== outDir && !file.startsWith(outDir + sep)) {
    res.writeHead(404).end('not found');
    return;
  }
  let st;
  try {
    st = statSync(file);
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  if (!st.isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': st.size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
});

server.on('error', (e) => {
  console.error(`web: cannot listen on ${host}:${port}: ${e.message}`);
  process.exit(2);
});
server.listen(port, host, () => {
  console.log(`Galley (browser build) on http://${host}:${port}/`);
});
