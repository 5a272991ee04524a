// `galley diff` lives in ./diff.ts.
export { runDiff as runDiffCommand } from './diff';
