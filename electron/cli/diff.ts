// `galley diff [--format text|json|html] [--ignore-whitespace]
//  [--ignore-punctuation-width] [--ignore-line-breaks] [-o OUT] OLD NEW`
// Compares two revisions of a page (docs/design.md §7). Exit codes like diff(1):
// 0 the revisions are equal, 1 they differ, 2 the comparison could not run
// (bad arguments, unreadable file), with a one-line reason on stderr.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { compareDetailed, formatCompareText, renderCompareReport, type CompareOptions } from '../../shared/compare';
import { oneLine, parseCommand, UsageError, type CliIo } from './io';
import { fsReason, ReadError, readPage } from './read';
import { writeFileAtomic } from './write';

export const DIFF_USAGE =
  'usage: galley diff [--format text|json|html] [--ignore-whitespace] [--ignore-punctuation-width] [--ignore-line-breaks] [-o OUT] OLD NEW';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  try {
    return await diff(argv, io);
  } catch (e) {
    // Every failure is one line per message line, never a stack.
    const msg = e instanceof UsageError ? e.message : `internal error: ${oneLine(e)}`;
    for (const line of msg.split('\n')) io.err(line.startsWith('usage:') ? `${line}\n` : `galley: ${line}\n`);
    return 2;
  }
}

async function diff(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      format: { type: 'string', short: 'f' },
      'ignore-whitespace': { type: 'boolean', short: 'w' },
      'ignore-punctuation-width': { type: 'boolean' },
      'ignore-line-breaks': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
    },
    DIFF_USAGE,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    await io.out(DIFF_USAGE + '\n');
    return 0;
  }
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be text, json or html (got “${values.format}”)`);
  if (positionals.length !== 2) {
    throw new UsageError(`give exactly two files, OLD and NEW (got ${positionals.length})\n${DIFF_USAGE}`);
  }
  const [oldPath, newPath] = positionals;
  const read = async (file: string) => {
    try {
      return await readPage(file, io.cwd, io.beforeRead);
    } catch (e) {
      throw new UsageError(`${file}: ${e instanceof ReadError ? e.message : oneLine(e)}`);
    }
  };
  const [a, b] = [await read(oldPath), await read(newPath)];
  const options: CompareOptions = {
    ignoreWhitespace: !!values['ignore-whitespace'],
    ignorePunctuationWidth: !!values['ignore-punctuation-width'],
    ignoreLineBreaks: !!values['ignore-line-breaks'],
  };
  const detailed = compareDetailed(a.text, b.text, options);
  const r = detailed.comparison;

  let out: string;
  if (format === 'json') {
    out =
      JSON.stringify(
        {
          old: { path: oldPath, encoding: a.encoding, ...r.old },
          new: { path: newPath, encoding: b.encoding, ...r.new },
          options,
          changes: r.changes,
          stats: r.stats,
          equal: r.equal,
        },
        null,
        2,
      ) + '\n';
  } else if (format === 'html') {
    out = renderCompareReport(detailed, {
      oldName: oldPath,
      newName: newPath,
      compareOptions: options,
      generated: `galley diff · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    });
  } else {
    out = formatCompareText(r, { oldName: oldPath, newName: newPath });
  }

  const target = values.output;
  if (target && target !== '-') {
    const abs = path.resolve(io.cwd, target);
    const dirOk = await fsp.stat(path.dirname(abs)).then((s) => s.isDirectory(), () => false);
    if (!dirOk) throw new UsageError(`cannot write ${target}: its directory does not exist`);
    if ([path.resolve(io.cwd, oldPath), path.resolve(io.cwd, newPath)].includes(abs)) {
      throw new UsageError(`cannot write ${target}: it is one of the revisions being compared`);
    }
    try {
      await writeFileAtomic(abs, new TextEncoder().encode(out));
    } catch (e) {
      throw new UsageError(`cannot write ${target}: ${fsReason(e)}`);
    }
    io.err(`galley: ${formatLabel(format)} written to ${target}\n`);
  } else {
    await io.out(out);
  }
  return r.equal ? 0 : 1;
}

const formatLabel = (f: Format) => (f === 'html' ? 'report' : f === 'json' ? 'JSON' : 'diff');
