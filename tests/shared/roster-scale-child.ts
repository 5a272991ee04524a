// Child process of roster-scale.test.ts: parses a 1 M-character roster and
// prints what it found, so the test can stop it at a deadline (a quadratic
// parser blocks its thread; only a separate process can be cut off).
import { parseRoster } from '../../shared/roster';

const HAN = 0x4e00;
/** The i-th of many distinct three-character names. */
const nameOf = (i: number) => String.fromCharCode(HAN + (i % 400), HAN + 400 + (((i / 400) | 0) % 400), HAN + 800 + ((i / 160000) | 0));
const N = 250_000;
const names = Array.from({ length: N }, (_, i) => nameOf(i));

const format = process.argv[2];
const text =
  format === 'json'
    ? JSON.stringify({ 审读: [...names, ...names] })
    : '责编 ' + names.join(' ') + '\n美编 ' + names.slice(0, 1000).join(' ') + ' ' + names.slice(0, 1000).join(' ') + '\n';
const r = parseRoster(text);
const summary = Object.fromEntries(Object.entries(r).map(([role, list]) => [role, [list.length, new Set(list).size, list[list.length - 1] === names[list.length - 1]]]));
process.stdout.write(JSON.stringify({ chars: text.length, summary }));
