// The `galley` dispatcher. Every failure ends as one line on stderr and exit
// 2: a UsageError as its message, anything unexpected as
// `galley: internal error: <message>` — never a stack trace.
import { runCheck } from './check';
import { runClean } from './clean';
import { runDiffCommand } from './diff-dispatch';
import { oneLine, UsageError, type CliIo } from './io';

export const USAGE = `Galley — checks the text of newspaper pages (credits, bylines, captions,
broken sentences, quotation marks, duplicates, punctuation).

usage:
  galley check [--format text|json] [--roster FILE] [--locale zh|en] [--jobs N] FILE_OR_DIR...
  galley clean [--encoding utf-8|gb18030] [--eol lf|crlf] -o OUT FILE
  galley diff [--format text|json|html] [--ignore-whitespace|-w] [--ignore-punctuation-width]
              [--ignore-line-breaks] [-o OUT] OLD NEW
  galley --help | --version

check   report findings; a directory means every *.txt page inside it.
        exit 0: no errors, 1: error-severity findings, 2: could not check an input.
clean   apply the safe fixes and write the cleaned page (-o - for stdout);
        writing over FILE needs -o FILE and keeps FILE.bak.
diff    compare two revisions of a page, paragraph by paragraph, then character by character.
        exit 0: equal, 1: different, 2: could not compare.
`;

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    switch (cmd) {
      case undefined:
        io.err(USAGE);
        return 2;
      case '--help':
      case '-h':
      case 'help':
        await io.out(USAGE);
        return 0;
      case '--version':
      case '-v':
      case 'version':
        await io.out(`galley ${io.version}\n`);
        return 0;
      case 'check':
        return await runCheck(rest, io);
      case 'clean':
        return await runClean(rest, io);
      case 'diff':
        return await runDiffCommand(rest, io);
      default:
        throw new UsageError(`unknown command “${cmd}” (expected check, clean or diff; see galley --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      for (const line of e.message.split('\n')) io.err(line.startsWith('usage:') ? line + '\n' : `galley: ${line}\n`);
    } else {
      io.err(`galley: internal error: ${oneLine(e)}\n`);
    }
    return 2;
  }
}
