// One plain `diffChars` of two files, timed, for bench/run.mjs: on unrelated
// pages it can take minutes, so it runs in a child the bench can stop.
import fs from 'node:fs';
import { diffChars } from 'diff';

const [a, b] = process.argv.slice(2).map((f) => fs.readFileSync(f, 'utf8'));
const t0 = performance.now();
const parts = diffChars(a, b);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ medianMs: ms, parts: parts.length }) + '\n');
