import * as path from 'node:path';

/** Page paths on the command line: after the executable when packaged, after
 *  `electron .` in development; switches (e.g. --no-sandbox) are not pages. */
export function argvPagePaths(argv: readonly string[], packaged: boolean, cwd: string): string[] {
  return argv
    .slice(packaged ? 1 : 2)
    .filter((a) => a.length > 0 && !a.startsWith('-'))
    .map((a) => path.resolve(cwd, a));
}
