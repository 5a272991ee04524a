// `galley diff` lives in ./diff.ts (the compare engine's owner writes runDiff).
export { runDiff as runDiffCommand } from './diff';
