// `galley diff` lives in ./diff.ts (the compare engine's owner writes
// runDiff). Until it lands, the command says so instead of failing oddly.
import type { CliIo } from './io';

export async function runDiffCommand(_argv: string[], io: CliIo): Promise<number> {
  io.err('galley: diff is not available yet in this build\n');
  return 2;
}
