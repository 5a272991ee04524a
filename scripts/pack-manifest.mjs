#!/usr/bin/env node
// `npm pack` packs the command line alone (package.json `files`: bin/ and
// the CLI bundle built just before). Its package.json must not carry the
// checkout's install scripts: `postinstall` fetches Electron for the app and
// `prepare` builds from sources the tarball does not hold; npm ≥ 11.16 would
// warn on every `npm install -g` that they were not allowed to run. So
// prepack takes them out of package.json (keeping the original beside it)
// and postpack puts the original back. npm reads package.json again after
// prepack, so the tarball gets the stripped one.
//   node scripts/pack-manifest.mjs strip | restore
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MANIFEST = fileURLToPath(new URL('../package.json', import.meta.url));
const ORIGINAL = MANIFEST + '.orig';
/** Scripts that run when a package is installed, and are the checkout's only. */
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare'];

function restore() {
  if (existsSync(ORIGINAL)) renameSync(ORIGINAL, MANIFEST);
}

function strip() {
  restore(); // a pack that died midway left the original aside
  const text = readFileSync(MANIFEST, 'utf8');
  const pkg = JSON.parse(text);
  for (const s of INSTALL_SCRIPTS) delete pkg.scripts?.[s];
  writeFileSync(ORIGINAL, text);
  writeFileSync(MANIFEST, JSON.stringify(pkg, null, 2) + '\n');
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exit(2);
}
