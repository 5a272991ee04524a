import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES_DIR = join(__dirname, '..', '..', 'resources', 'samples');
export const SAMPLE_FILES = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();

/** A real sample page by its number prefix: sample('001'). */
export function sample(prefix: string): string {
  const f = SAMPLE_FILES.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no sample ${prefix}`);
  return readFileSync(join(SAMPLES_DIR, f), 'utf8');
}

export function samplePath(prefix: string): string {
  const f = SAMPLE_FILES.find((x) => x.startsWith(prefix));
  if (!f) throw new Error(`no sample ${prefix}`);
  return join(SAMPLES_DIR, f);
}

/** Lines from..to (1-based, inclusive) of a page, ending with a line end:
 *  a real part of a page for a rule tester case. */
export function lines(page: string, from: number, to: number): string {
  return page.split('\n').slice(from - 1, to).join('\n') + '\n';
}

/** Line n (1-based) of a page, without its line end. */
export function line(page: string, n: number): string {
  return page.split('\n')[n - 1];
}
