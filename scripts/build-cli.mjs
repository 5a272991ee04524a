// Bundles the CLI (electron/cli) into one CommonJS file that bin/galley.cjs
// loads, so `npx galley` needs no TypeScript at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/cli/galley.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
});
