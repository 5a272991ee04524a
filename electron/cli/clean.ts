// `galley clean [--config FILE] [--profile NAME] [--encoding utf-8|gb18030]
//               [--eol lf|crlf] [--locale zh|en] -o OUT FILE`
// Applies the safe fixes and writes the cleaned page, under the config in
// force (a rule turned off fixes nothing, an allowed phrase is left alone).
// When the cleaner refuses (a fix would lose a Han character), nothing is
// written: one line says which characters, exit 2. Defaults: the input's
// encoding when it is UTF-8 or GB18030 (else UTF-8), the input's line ends
// (LF when mixed or none). `-o -` writes to stdout, a FIFO or device is
// written as a stream, a file is replaced atomically. Writing over the input
// needs `-o` naming it (by any path: identity, not spelling), and first
// keeps the original as FILE.<time>.bak — a new name every time, never
// overwriting a file that is there (an earlier backup, the user's FILE.bak).
import path from 'node:path';
import { cleanText } from '../../shared/clean';
import { encodeText, type Encoding } from '../../shared/encoding';
import type { Locale } from '../../shared/types';
import { backupFile } from '../io/atomic-write';
import { settingsForPages } from './config';
import { sameFile } from '../io/file-identity';
import { targetKind, writeOutput, type TargetKind } from '../io/output';
import { oneLine, parseCommand, pick, UsageError, type CliIo } from './io';
import { messages, writeReason } from './messages';
import { ReadError, readPage } from './read';

export async function runClean(argv: string[], io: CliIo, locale: Locale): Promise<number> {
  const t = messages(locale);
  const parsed = parseCommand(
    argv,
    {
      config: { type: 'string' },
      profile: { type: 'string' },
      encoding: { type: 'string' },
      eol: { type: 'string' },
      output: { type: 'string', short: 'o' },
      locale: { type: 'string' },
    },
    'clean',
    locale,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    await io.out(t.usage('clean') + '\n');
    return 0;
  }
  const enc = values.encoding?.toLowerCase();
  if (enc !== undefined) pick('encoding', enc, ['utf-8', 'utf8', 'gb18030', 'gbk'], 'utf-8', locale, ['utf-8', 'gb18030']);
  const eolFlag = pick('eol', values.eol, ['lf', 'crlf'], 'lf', locale);
  pick<Locale>('locale', values.locale, ['zh', 'en'], locale, locale);
  if (!values.output) throw new UsageError(t.outputRequired, 'clean');
  if (positionals.length !== 1) throw new UsageError(t.exactlyOneFile, 'clean');
  const file = positionals[0];
  const out = values.output;

  let decoded;
  try {
    decoded = await readPage(file, io.cwd, locale, io.beforeRead);
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof ReadError ? e.message : oneLine(e)}`);
  }
  const { settings } = await settingsForPages([file], { config: values.config, profile: values.profile }, io.cwd, locale);
  const result = (io.cleaner ?? cleanText)(decoded.text, { locale, ...settings[0].options });
  if (result.refused) throw new UsageError(t.refused(out, result.refused.missing));
  const encoding: Encoding =
    enc === 'gb18030' || enc === 'gbk'
      ? 'gb18030'
      : enc
        ? 'utf-8'
        : decoded.encoding === 'gb18030'
          ? 'gb18030'
          : decoded.encoding === 'utf-8-bom'
            ? 'utf-8-bom'
            : 'utf-8';
  const eol = values.eol !== undefined ? eolFlag : decoded.eol === 'crlf' ? 'crlf' : 'lf';
  const bytes = encodeText(result.text, encoding, eol);

  const counts = new Map<string, number>();
  for (const f of result.applied) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const detail = [...counts].map(([r, n]) => `${r} ${n}`).join(', ');
  let summary = t.fixesApplied(result.applied.length, detail);
  if (result.skipped > 0) summary += (locale === 'zh' ? '；' : '; ') + t.fixesSkipped(result.skipped);

  if (out === '-') {
    await writeStdoutBytes(io, bytes);
    io.err(`galley: ${file}: ${summary}\n`);
    return 0;
  }
  await writeCleaned(io, locale, file, out, bytes);
  io.err(`galley: ${t.cleaned(file, out, encoding, eol.toUpperCase(), summary)}\n`);
  return 0;
}

/** Write the cleaned bytes to OUT, keeping the original first when OUT is
 *  the input itself. Every failure is a UsageError naming OUT. */
async function writeCleaned(io: CliIo, locale: Locale, file: string, out: string, bytes: Uint8Array): Promise<void> {
  const t = messages(locale);
  const inAbs = path.resolve(io.cwd, file);
  const outAbs = path.resolve(io.cwd, out);
  let kind: TargetKind;
  try {
    kind = await targetKind(outAbs);
  } catch (e) {
    throw new UsageError(t.cannotWrite(out, writeReason(e, locale)));
  }
  try {
    if (kind === 'file' && (await sameFile(inAbs, outAbs))) {
      // Overwriting the source was asked for explicitly: keep the original bytes first.
      const backup = await backupFile(inAbs);
      if (backup) io.err(`galley: ${t.keptOriginal(file + backup.slice(inAbs.length))}\n`);
    }
    await writeOutput(outAbs, bytes, kind);
  } catch (e) {
    throw new UsageError(t.cannotWrite(out, writeReason(e, locale)));
  }
}

/** Encoded bytes to stdout (GB18030 is not a JS string): raw where the io can. */
async function writeStdoutBytes(io: CliIo, bytes: Uint8Array): Promise<void> {
  if (io.outBytes) await io.outBytes(bytes);
  else await io.out(new TextDecoder().decode(bytes));
}
