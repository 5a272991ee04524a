// The `galley` dispatcher. Every failure ends as one line on stderr and exit
// 2: a UsageError as its message (and its command's usage line), a failed
// write of output as its reason, anything unexpected as
// `galley: internal error: <message>` — never a stack trace. A reader that
// closed the pipe early (`| head`) ends the run quietly.
import type { Locale } from '../../shared/types';
import { runCheck } from './check';
import { runClean } from './clean';
import { runConfirm } from './confirm';
import { runDiffCommand } from './diff-dispatch';
import { oneLine, OutputError, UsageError, type CliIo } from './io';
import { fsReason, localeFlag, messages, resolveLocale } from './messages';
import { runReport } from './report';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const locale = resolveLocale(localeFlag(argv), io.env ?? {});
  const t = messages(locale);
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case undefined:
        io.err(t.help);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        await io.out(t.help);
        return 0;
      case '--version':
      case '-v':
      case 'version':
        await io.out(`galley ${io.version}\n`);
        return 0;
      case 'check':
        return await runCheck(rest, io, locale);
      case 'clean':
        return await runClean(rest, io, locale);
      case 'diff':
        return await runDiffCommand(rest, io, locale);
      case 'confirm':
        return await runConfirm(rest, io, locale);
      case 'report':
        return await runReport(rest, io, locale);
      default:
        throw new UsageError(t.unknownCommand(cmd));
    }
  } catch (e) {
    return report(e, io, locale);
  }
}

function report(e: unknown, io: CliIo, locale: Locale): number {
  const t = messages(locale);
  if (e instanceof OutputError) {
    if (e.closedPipe) return 0;
    io.err(`galley: ${t.cannotWriteStdout(fsReason(e.cause, locale))}\n`);
  } else if (e instanceof UsageError) {
    io.err(`galley: ${e.message}\n`);
    if (e.usage) io.err(t.usage(e.usage) + '\n');
  } else {
    io.err(`galley: ${t.internalError(oneLine(e))}\n`);
  }
  return 2;
}
