// `npm run eval [-- [DIR] [--json] [--show RULE] [--update-baseline]]`
// Checks every page under DIR (default eval/corpus) and, where a page has
// NAME.expected.json beside it, judges the findings against it: precision
// and recall per rule and per page, false findings, misses, every fix.
// --all judges uncertain findings too, as `galley check --all` shows them.
// --update-baseline writes eval/baseline.json from this run (eval/corpus
// only); tests/eval/eval.test.ts fails when a figure drops below it.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineOf, drops, type Baseline } from '../eval/harness/baseline';
import { BASELINE_PATH, CORPUS_DIR, readBaseline } from '../eval/harness/paths';
import { jsonReport, textReport } from '../eval/harness/report';
import { runEval } from '../eval/harness/run';

const USAGE = 'usage: npm run eval -- [DIR] [--all] [--json] [--show RULE] [--update-baseline]';

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      show: { type: 'string' },
      'update-baseline': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || positionals.length > 1) {
    process.stdout.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  const dir = positionals[0] ? resolve(positionals[0]) : CORPUS_DIR;
  const started = performance.now();
  const run = runEval(dir, values.all === true);
  const ms = Math.round(performance.now() - started);
  if (values.json) process.stdout.write(JSON.stringify(jsonReport(run), null, 2) + '\n');
  else process.stdout.write(textReport(run, values.show) + `\n${run.pages.length} page(s) in ${ms} ms\n`);
  if (run.problems.length) return 2;
  if (values.all) return 0; // the baseline holds the default view
  if (values['update-baseline']) return updateBaseline(dir, run.scores);
  if (dir === CORPUS_DIR && !values.json) reportDrops(run.scores);
  return 0;
}

function updateBaseline(dir: string, scores: Parameters<typeof baselineOf>[0]): number {
  if (dir !== CORPUS_DIR) {
    process.stderr.write('eval: --update-baseline only runs over eval/corpus\n');
    return 2;
  }
  const old: Baseline | undefined = readBaseline();
  const next = baselineOf(scores, old?.tolerance);
  writeFileSync(BASELINE_PATH, JSON.stringify(next, null, 2) + '\n');
  process.stdout.write(`wrote ${BASELINE_PATH}\n`);
  return 0;
}

function reportDrops(scores: Parameters<typeof drops>[0]): void {
  const base = readBaseline();
  if (!base) return;
  const d = drops(scores, base);
  process.stdout.write(d.length ? `Below the baseline:\n${d.map((x) => `  ${x}`).join('\n')}\n` : 'No figure below the baseline.\n');
}

process.exitCode = main(process.argv.slice(2));
