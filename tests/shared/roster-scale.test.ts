// Issue 11, item 7: a 1 M-character roster parses in linear time (it took
// minutes with a list search per name, freezing the window). The parse runs
// in a child process stopped at a deadline: a quadratic duplicate check
// needs ~3·10^10 comparisons for these 250,000 names and cannot finish in
// it, the linear one takes about a second. Also: Object.prototype's keys
// are not roles.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRoster } from '../../shared/roster';

const DEADLINE_MS = 25_000;

function parseInChild(format: 'lines' | 'json') {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'roster-scale-child.ts'), format], {
    encoding: 'utf8',
    timeout: DEADLINE_MS,
    killSignal: 'SIGKILL',
  });
  expect(r.signal, 'parsing did not finish before the deadline').toBeNull();
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { chars: number; summary: Record<string, [number, number, boolean]> };
}

describe('parseRoster on a 1 M-character roster', () => {
  it('line format: every name once, duplicates dropped, before the deadline', { timeout: DEADLINE_MS + 5000 }, () => {
    const { chars, summary } = parseInChild('lines');
    expect(chars).toBeGreaterThan(1_000_000);
    expect(summary).toEqual({ 责编: [250_000, 250_000, true], 美编: [1000, 1000, true] });
  });

  it('JSON format with every name listed twice, before the deadline', { timeout: DEADLINE_MS + 5000 }, () => {
    expect(parseInChild('json').summary).toEqual({ 审读: [250_000, 250_000, true] });
  });
});

describe('roles are the roster’s own words only', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%s is an unknown role', (role) => {
    expect(() => parseRoster(`${role} 张三\n`)).toThrow(/unknown role/);
    expect(() => parseRoster(JSON.stringify([{ role, name: '张三' }]))).toThrow(/unknown role/);
  });
});
