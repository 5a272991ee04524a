import * as path from 'node:path';

/** Page paths on the command line. Switches (Chromium's, Node's --inspect
 *  that Playwright adds, …) are never pages; in development the first plain
 *  argument is the app itself (`electron .` or `electron out/main/index.js`). */
export function argvPagePaths(argv: readonly string[], packaged: boolean, cwd: string): string[] {
  const plain = argv.slice(1).filter((a) => a.length > 0 && !a.startsWith('-'));
  return (packaged ? plain : plain.slice(1)).map((a) => path.resolve(cwd, a));
}
