// Three projects (docs/design.md §8.3):
//
// - core: the tests of shared/, the renderer and the CLI (run in process).
//   Each file takes well under a second, and the code under test keeps no
//   state between files (shared/ is pure; stores and the CLI's io are made
//   per test), so files share one module graph per worker instead of
//   importing the core afresh (isolate: false) — about four times less work.
//   A rule author's loop: `npm run test:core`, or `npx vitest --project core`
//   to watch.
// - electron: the main process and preload units. They replace modules
//   (`vi.mock('electron')`, `node:fs/promises`), so each file is isolated.
// - gates: the slow checks — tools run over the whole tree
//   (Electronegativity, electron-builder's schema), the CLI rebuilt and run
//   as `npx galley`, a writer killed midway, oversized inputs, property
//   tests over generated pages. `npm run test:gates`.
//
// `vitest run` (and so `npm test`, `.ci/run`) runs all three. A test file is
// a gate only if it is listed in GATES.
import { defineConfig } from 'vitest/config';

const GATES = [
  'tests/electron/electronegativity.test.ts',
  'tests/electron/electron-builder.test.ts',
  'tests/cli/bin.test.ts',
  'tests/cli/bad-input.test.ts',
  'tests/electron/main/atomic-write.test.ts',
  'tests/**/*property.test.ts',
];

const ALL = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const NEVER = ['tests/e2e/**', 'node_modules/**'];
const ELECTRON = ['tests/electron/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ALL, exclude: [...NEVER, ...GATES, ...ELECTRON], pool: 'threads', isolate: false },
      },
      { extends: true, test: { name: 'electron', include: ELECTRON, exclude: [...NEVER, ...GATES] } },
      { extends: true, test: { name: 'gates', include: GATES, exclude: NEVER } },
    ],
  },
});
