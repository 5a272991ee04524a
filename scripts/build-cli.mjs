// Bundles the CLI (electron/cli) into one CommonJS file that bin/galley.cjs
// loads, so `npx galley` needs no TypeScript at run time. The same file is
// the worker script of the batch pool (electron/cli/pool.ts).
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/cli/galley.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  // Written as UTF-8, not \u escapes: the words pack's tables are Chinese
  // text, three bytes a character instead of six.
  charset: 'utf8',
  logLevel: 'warning',
  define: { __GALLEY_VERSION__: JSON.stringify(version) },
});
