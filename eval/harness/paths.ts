// Where the project's corpus and baseline live (this file's folder is
// eval/harness), so the harness runs from any working directory.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Baseline } from './baseline';

const EVAL_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export const CORPUS_DIR = join(EVAL_DIR, 'corpus');
export const BASELINE_PATH = join(EVAL_DIR, 'baseline.json');

export function readBaseline(): Baseline | undefined {
  return existsSync(BASELINE_PATH) ? (JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline) : undefined;
}
