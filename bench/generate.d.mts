// Types for bench/generate.mjs (the bench runs as plain JS; the tests are TypeScript).
export interface Rng {
  (): number;
  int(n: number): number;
  pick<T>(xs: readonly T[]): T;
}
export interface Edit {
  start: number;
  end: number;
  text: string;
  kind: string;
}
export function prng(seed: number): Rng;
export function paragraphs(text: string): string[];
export function charCount(text: string): number;
export function smallEdits(text: string, count: number, rnd: Rng, opts?: { minLine?: number }): Edit[];
export function applyEdits(text: string, edits: readonly Pick<Edit, 'start' | 'end' | 'text'>[]): string;
export function moveParagraph(text: string, rnd: Rng): { text: string; moved: { from: number; to: number; chars: number } | null };
export function realisticRevision(text: string, seed?: number, edits?: number): { text: string; edits: number; moved: { from: number; to: number; chars: number } | null };
export function longPage(samples: readonly string[], n?: number): string;
export function unrelatedPage(text: string, seed?: number): string;
export function batchPage(samples: readonly string[], i: number): { text: string; encoding: 'utf8' | 'utf8-bom' | 'gb18030' };
export function oneCharEdits(text: string, n: number, seed?: number): string[];
