// Galley's page check as the benches bundle it: the caches a "cold" core
// holds to no answer, and the shared/ folder of an earlier commit. Used by
// bench/run.mjs (today's core, and b7345ba's beside it) and bench/ab.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Two caches keep the word segmenter's answers across checks (a page
// re-checked after an edit asks the same questions): the joins'
// (shared/analysis/words.ts) and isWord's (shared/text/segmenter.ts; in
// shared/rules/words/lexicon.ts before 30 Nov). A cold core keeps no answer in either, so
// every check of a page pays for its segmenter calls, as for pages never
// seen before. A commit that lacks one simply has nothing to patch there.
export const COLD_PATCHES = [
  { file: /[\\/]shared[\\/]analysis[\\/]words\.ts$/, from: /const CACHE_MAX = \d+;/, to: 'const CACHE_MAX = 0;', name: 'analysis/words.ts CACHE_MAX' },
  { file: /[\\/]shared[\\/]rules[\\/]words[\\/]lexicon\.ts$/, from: /if \(wordCache\.size > \d+\) wordCache\.clear\(\);/, to: 'if (wordCache.size > 0) wordCache.clear();', name: 'rules/words/lexicon.ts wordCache' },
  { file: /[\\/]shared[\\/]text[\\/]segmenter\.ts$/, from: /if \(wordCache\.size > \d+\) wordCache\.clear\(\);/, to: 'if (wordCache.size > 0) wordCache.clear();', name: 'text/segmenter.ts wordCache' },
];

/** An esbuild plugin applying COLD_PATCHES; the names of those it found
 *  go into `applied`. */
export function noCrossCheckCache(applied = new Set()) {
  return {
    name: 'no-cross-check-cache',
    setup(b) {
      for (const pt of COLD_PATCHES) {
        b.onLoad({ filter: pt.file }, (a) => {
          const src = fs.readFileSync(a.path, 'utf8');
          const out = src.replace(pt.from, pt.to);
          if (out !== src) applied.add(pt.name);
          return { contents: out, loader: 'ts' };
        });
      }
    },
  };
}

/** A folder holding `shared/` as of commit `sha` (git archive, extracted
 *  once under `tmp`). Throws when git or tar fails (no history: a tarball). */
export function sharedOfCommit(root, tmp, sha) {
  const dir = path.join(tmp, sha);
  if (fs.existsSync(path.join(dir, 'shared'))) return dir;
  const tar = spawnSync('git', ['archive', '--format=tar', sha, 'shared'], { cwd: root, maxBuffer: 1 << 28 });
  if (tar.status !== 0) throw new Error(`git archive ${sha}: ${String(tar.stderr).trim()}`);
  fs.mkdirSync(dir, { recursive: true });
  const x = spawnSync('tar', ['-x', '-C', dir], { input: tar.stdout });
  if (x.status !== 0) throw new Error(`tar: ${String(x.stderr).trim()}`);
  return dir;
}
