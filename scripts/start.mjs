#!/usr/bin/env node
// `npm start`: the desktop app where Electron's binary is installed; where it
// is not (its download failed or was skipped), the same app in the browser,
// with one line saying why rather than Electron's stack trace.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, electronBinary } from './electron-binary.mjs';

const binary = electronBinary();

function run(cmd, args) {
  return new Promise((resolveRun) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`galley: ${cmd}: ${e.message}`);
      resolveRun(2);
    });
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

if (binary) {
  const viteBin = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const built = await run(process.execPath, [viteBin, 'build']);
  if (built !== 0) process.exit(built);
  // No page argument: the app opens its bundled sample itself.
  process.exit(await run(binary, ['.', ...process.argv.slice(2)]));
} else {
  console.log('galley: 没有 Electron（未能下载），改为在浏览器中运行 Galley；用浏览器打开下面的地址。');
  console.log('galley: Electron is not installed (its download failed); serving the browser build instead — open the address below.');
  process.exit(await run(process.execPath, [join(ROOT, 'scripts', 'web.mjs'), '--build']));
}
