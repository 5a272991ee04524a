// Where the Electron binary is, or why there is none. Shared by the install
// wrapper and `npm start`, so both agree on what "installed" means.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** Directory of the `electron` npm package, or undefined when it is absent. */
export function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** Path of a runnable Electron binary, or undefined. The package's index
 *  throws when its download never happened (no path.txt). */
export function electronBinary() {
  try {
    const p = require('electron');
    if (typeof p !== 'string') return undefined;
    accessSync(p, constants.X_OK);
    return p;
  } catch {
    return undefined;
  }
}
