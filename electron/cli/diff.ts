// `galley diff [--format text|json|html] [--ignore-whitespace]
//  [--ignore-punctuation-width] [--ignore-line-breaks] [--locale zh|en] [-o OUT] OLD NEW`
// Compares two revisions of a page (docs/design.md §7). Exit codes like diff(1): 0 the
// revisions are equal, 1 they differ, 2 the comparison could not run (bad
// arguments, unreadable file, output not written), with a one-line reason.
import { compareDetailed, formatCompareText, renderCompareReport, type CompareOptions } from '../../shared/compare';
import type { Locale } from '../../shared/types';
import { oneLine, parseCommand, pick, UsageError, type CliIo } from './io';
import { messages } from './messages';
import { ReadError, readPage } from './read';
import { writeTarget } from './write-target';

const FORMATS = ['text', 'json', 'html'] as const;
type Format = (typeof FORMATS)[number];

export async function runDiff(argv: string[], io: CliIo, locale: Locale): Promise<number> {
  const t = messages(locale);
  const parsed = parseCommand(
    argv,
    {
      format: { type: 'string', short: 'f' },
      'ignore-whitespace': { type: 'boolean', short: 'w' },
      'ignore-punctuation-width': { type: 'boolean' },
      'ignore-line-breaks': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
    },
    'diff',
    locale,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    await io.out(t.usage('diff') + '\n');
    return 0;
  }
  const format = pick<Format>('format', values.format, FORMATS, 'text', locale);
  pick<Locale>('locale', values.locale, ['zh', 'en'], locale, locale);
  if (positionals.length !== 2) throw new UsageError(t.exactlyTwoFiles(positionals.length), 'diff');
  const [oldPath, newPath] = positionals;
  const read = async (file: string) => {
    try {
      return await readPage(file, io.cwd, locale, io.beforeRead);
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
  const out = render(format, detailed, oldPath, newPath, a.encoding, b.encoding, options);

  const target = values.output;
  if (target && target !== '-') {
    await writeTarget(io, locale, target, out, [oldPath, newPath], t.isRevision);
    io.err(`galley: ${t.written(format, target)}\n`);
  } else {
    await io.out(out);
  }
  return r.equal ? 0 : 1;
}

function render(
  format: Format,
  detailed: ReturnType<typeof compareDetailed>,
  oldPath: string,
  newPath: string,
  oldEncoding: string,
  newEncoding: string,
  options: CompareOptions,
): string {
  const r = detailed.comparison;
  if (format === 'json') {
    const json = {
      old: { path: oldPath, encoding: oldEncoding, ...r.old },
      new: { path: newPath, encoding: newEncoding, ...r.new },
      options,
      changes: r.changes,
      stats: r.stats,
      equal: r.equal,
    };
    return JSON.stringify(json, null, 2) + '\n';
  }
  if (format === 'html') {
    return renderCompareReport(detailed, {
      oldName: oldPath,
      newName: newPath,
      compareOptions: options,
      generated: `galley diff · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    });
  }
  return formatCompareText(r, { oldName: oldPath, newName: newPath });
}
