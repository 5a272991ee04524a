#!/usr/bin/env node
// postinstall: fetch Electron's binary, and never fail the install over it.
// package.json's allowScripts denies Electron's own install script (npm ≥
// 11.16 honours that), because a failed download there rolls the whole
// install back and leaves not even `npm run web` working. Here the same
// download runs, and when it fails `npm start` serves the browser build
// instead (scripts/start.mjs). `npm run fetch-electron` tries again.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';

const retry = process.argv.includes('--retry');

function main() {
  if (electronBinary()) return 0;
  // CI and machines that never want the binary say so, as Electron documents.
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD && !retry) return 0;
  const dir = electronPackageDir();
  // No electron package: the command line alone was installed (`npm install
  // -g` of the package, whose electron is a devDependency) or the install
  // left dev dependencies out. There is nothing to fetch and nothing to say.
  if (!dir) return retry ? report('the electron package is not installed') : 0;
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  // Output captured: a failed download prints a stack trace nobody needs.
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, env, encoding: 'utf8' });
  if (r.status === 0 && electronBinary()) {
    if (retry) console.log('Electron 已下载 / Electron downloaded.');
    return 0;
  }
  return report(reason(r));
}

/** The first line that says what went wrong (getaddrinfo ENOTFOUND …). */
function reason(r) {
  if (r.error) return r.error.message;
  const lines = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim());
  return lines.find((l) => /error|ENOTFOUND|ECONN|EAI_AGAIN|timed out|403|404/i.test(l) && !l.startsWith('at ')) ?? `exit ${r.status}`;
}

function report(why) {
  console.warn(`galley: 无法下载 Electron（${why}）。安装已完成；npm start 将改为在浏览器中打开 Galley（npm run web）。`);
  console.warn(`galley: Electron could not be downloaded (${why}). The install is complete; npm start will serve the browser build instead (npm run web). Retry: npm run fetch-electron`);
  // --retry is asked for by a person: say it failed. The install must not.
  return retry ? 1 : 0;
}

process.exit(main());
