// `galley clean [--encoding utf-8|gb18030] [--eol lf|crlf] -o OUT FILE`
// Applies the safe fixes and writes the cleaned page atomically. Defaults:
// the input's encoding when it is UTF-8 or GB18030 (else UTF-8), the input's
// line ends (LF when mixed or none). `-o -` writes to stdout. Writing over
// the input needs `-o` naming it explicitly, and keeps FILE.bak first.
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { cleanText } from '../../shared/clean';
import { encodeText, type Encoding } from '../../shared/encoding';
import type { Locale } from '../../shared/types';
import { oneLine, parseCommand, UsageError, type CliIo } from './io';
import { fsReason, ReadError, readPage } from './read';
import { writeFileAtomic } from './write';

export const CLEAN_USAGE = 'usage: galley clean [--encoding utf-8|gb18030] [--eol lf|crlf] -o OUT FILE';

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fsp.stat(a).catch(() => null), fsp.stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export async function runClean(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseCommand(
    argv,
    { encoding: { type: 'string' }, eol: { type: 'string' }, output: { type: 'string', short: 'o' }, locale: { type: 'string' } },
    CLEAN_USAGE,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    await io.out(CLEAN_USAGE + '\n');
    return 0;
  }
  if (values.encoding !== undefined && !['utf-8', 'utf8', 'gb18030', 'gbk'].includes(values.encoding.toLowerCase())) {
    throw new UsageError(`--encoding must be utf-8 or gb18030 (got “${values.encoding}”)`);
  }
  if (values.eol !== undefined && !['lf', 'crlf'].includes(values.eol)) {
    throw new UsageError(`--eol must be lf or crlf (got “${values.eol}”)`);
  }
  if (values.locale !== undefined && !['zh', 'en'].includes(values.locale)) {
    throw new UsageError(`--locale must be zh or en (got “${values.locale}”)`);
  }
  if (!values.output) throw new UsageError(`-o OUT is required (use -o - for stdout)\n${CLEAN_USAGE}`);
  if (positionals.length !== 1) throw new UsageError(`give exactly one FILE to clean\n${CLEAN_USAGE}`);
  const file = positionals[0];
  const inAbs = path.resolve(io.cwd, file);
  const out = values.output;

  let decoded;
  try {
    decoded = await readPage(file, io.cwd, io.beforeRead);
  } catch (e) {
    throw new UsageError(`${file}: ${e instanceof ReadError ? e.message : oneLine(e)}`);
  }
  const result = cleanText(decoded.text, { locale: (values.locale as Locale) ?? 'zh' });
  const enc = values.encoding?.toLowerCase();
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
  const eol = (values.eol as 'lf' | 'crlf' | undefined) ?? (decoded.eol === 'crlf' ? 'crlf' : 'lf');
  const bytes = encodeText(result.text, encoding, eol);

  const counts = new Map<string, number>();
  for (const f of result.applied) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const detail = [...counts].map(([r, n]) => `${r} ${n}`).join(', ');
  const summary = `${result.applied.length} safe fix${result.applied.length === 1 ? '' : 'es'} applied${detail ? ` (${detail})` : ''}`;

  if (out === '-') {
    await writeStdoutBytes(io, bytes);
    io.err(`galley: ${file}: ${summary}\n`);
    return 0;
  }
  const outAbs = path.resolve(io.cwd, out);
  const dirOk = await fsp.stat(path.dirname(outAbs)).then((s) => s.isDirectory(), () => false);
  if (!dirOk) throw new UsageError(`cannot write ${out}: its directory does not exist`);
  const outStat = await fsp.stat(outAbs).catch(() => null);
  if (outStat?.isDirectory()) throw new UsageError(`cannot write ${out}: is a directory`);
  try {
    if (await sameFile(inAbs, outAbs)) {
      // Overwriting the source was asked for explicitly: keep the original bytes first.
      const original = await fsp.readFile(inAbs);
      await writeFileAtomic(inAbs + '.bak', original);
      io.err(`galley: kept the original as ${file}.bak\n`);
    }
    await writeFileAtomic(outAbs, bytes);
  } catch (e) {
    throw new UsageError(`cannot write ${out}: ${fsReason(e)}`);
  }
  io.err(`galley: ${file} → ${out} (${encoding}, ${eol.toUpperCase()}): ${summary}\n`);
  return 0;
}

/** Encoded bytes to stdout (GB18030 is not a JS string): raw where the io can. */
async function writeStdoutBytes(io: CliIo, bytes: Uint8Array): Promise<void> {
  if (io.outBytes) await io.outBytes(bytes);
  else await io.out(new TextDecoder().decode(bytes));
}
