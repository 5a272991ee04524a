// Every sentence the `galley` command line says on its own (help, usage
// errors, notes, summaries), in Chinese and English. The findings' messages
// come from the checker; the reasons a file cannot be read or written from
// electron/io/reasons.ts, shared with the app.
import { PROFILES } from '../../shared/profiles';
import type { Locale } from '../../shared/types';

export { decodeReason, fsReason, notRegularReason, tooLargeReason, writeReason } from '../io/reasons';

/** The locale the CLI speaks: --locale, else $GALLEY_LOCALE, else the
 *  system's (LC_ALL, LC_MESSAGES, LANG — the first one set): English when it
 *  names another language (en_US.UTF-8, de_DE), Chinese when it names
 *  Chinese or none (unset, C, POSIX: containers and CI), Galley being a tool
 *  for Chinese pages. */
export function resolveLocale(flag: string | undefined, env: Record<string, string | undefined>): Locale {
  for (const v of [flag, env.GALLEY_LOCALE]) {
    if (v === 'zh' || v === 'en') return v;
  }
  const sys = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^(C|POSIX)?([._@].*)?$/i.test(sys)) return 'zh';
  return /^zh/i.test(sys) ? 'zh' : 'en';
}

/** The value of --locale in argv, before the options are parsed (so even a
 *  parse error is in the asked-for language). Invalid values are left to
 *  the parser to report. */
export function localeFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--locale') return argv[i + 1];
    if (argv[i].startsWith('--locale=')) return argv[i].slice('--locale='.length);
  }
  return undefined;
}

/** Longest run of lost characters quoted in a refusal: enough to find them. */
const MISSING_SHOWN = 20;
const clip = (s: string) => (s.length > MISSING_SHOWN ? s.slice(0, MISSING_SHOWN) + '…' : s);

const PROFILE_IDS = PROFILES.map((p) => p.id).join(', ');

const SYNOPSIS = {
  check: 'galley check [--format text|json] [--config FILE] [--profile NAME] [--all] [--roster FILE] [--locale zh|en] [--jobs N] FILE_OR_DIR...',
  clean: 'galley clean [--config FILE] [--profile NAME] [--encoding utf-8|gb18030] [--eol lf|crlf] [--locale zh|en] -o OUT FILE',
  diff: 'galley diff [--format text|json|html] [--ignore-whitespace] [--ignore-punctuation-width] [--ignore-line-breaks] [--locale zh|en] [-o OUT] OLD NEW',
  confirm: 'galley confirm --role 责编|美编|审读|排版 --by NAME [--config FILE] [--locale zh|en] PAGE',
  report: 'galley report [--format html|csv|json] [--config FILE] [--profile NAME] [--all] [--locale zh|en] [-o OUT] PAGE',
};
export type Command = keyof typeof SYNOPSIS;

/** The commands' usage lines, the same in both languages' help. */
const USAGE_LINES = `  ${SYNOPSIS.check}
  ${SYNOPSIS.clean}
  galley diff [--format text|json|html] [--ignore-whitespace|-w] [--ignore-punctuation-width]
              [--ignore-line-breaks] [--locale zh|en] [-o OUT] OLD NEW
  ${SYNOPSIS.confirm}
  ${SYNOPSIS.report}
  galley --help | --version`;

const en = {
  usage: (cmd: Command) => `usage: ${SYNOPSIS[cmd]}`,
  help: `Galley — checks the text of newspaper pages (credits, bylines, captions,
broken sentences, quotation marks, duplicates, punctuation).

usage:
${USAGE_LINES}

check   report findings; a directory means every *.txt page inside it.
        Each page's house style is detected (--profile NAME sets it); findings
        on weak evidence are hidden unless --all (then marked, e.g. warning?).
        exit 0: no errors, 1: error-severity findings, 2: could not check an input.
clean   apply the safe fixes and write the cleaned page (-o - for stdout);
        writing over FILE needs -o FILE and keeps a timestamped FILE.….bak.
        Refuses to write (exit 2) if a fix would lose a character of the page.
diff    compare two revisions of a page, paragraph by paragraph, then character by character.
        exit 0: equal, 1: different, 2: could not compare.
confirm record a credits confirmation in the page's review (PAGE.galley.json):
        the role's names on the page, who, when; safe when several run at once.
report  write the page's 校对单 from its review (html by default; csv, json);
        times in local time with their offset.

Config: --config FILE, else the galley.config.json nearest above each page
(rules off, severities, options, allowed phrases, roster, house style).
House styles: ${PROFILE_IDS}.

Language: --locale zh|en, else $GALLEY_LOCALE, else the system locale
(English for a non-Chinese LANG/LC_ALL, Chinese otherwise).
`,
  unknownCommand: (cmd: string) => `unknown command “${cmd}” (expected check, clean, diff, confirm or report; see galley --help)`,
  unknownOption: (opt: string) => `unknown option ${opt}`,
  missingValue: (opt: string) => `option ${opt} needs a value`,
  takesNoValue: (opt: string) => `option ${opt} does not take a value`,
  unexpectedArgument: (arg: string) => `unexpected argument “${arg}”`,
  oneOf: (name: string, allowed: readonly string[], got: string) => `--${name} must be one of ${allowed.join(', ')} (got “${got}”)`,
  noFiles: 'no files given',
  jobsRange: '--jobs must be a whole number from 0 to 64',
  roster: (file: string, why: string) => `--roster ${file}: ${why}`,
  outputRequired: '-o OUT is required (use -o - for stdout)',
  exactlyOneFile: 'give exactly one FILE to clean',
  exactlyTwoFiles: (n: number) => `give exactly two files, OLD and NEW (got ${n})`,
  cannotWrite: (target: string, why: string) => `cannot write ${target}: ${why}`,
  isRevision: 'it is one of the revisions being compared',
  cannotWriteStdout: (why: string) => `cannot write to standard output: ${why}`,
  keptOriginal: (backup: string) => `kept the original as ${backup}`,
  fixesApplied: (n: number, detail: string) => `${n} safe fix${n === 1 ? '' : 'es'} applied${detail ? ` (${detail})` : ''}`,
  cleaned: (file: string, out: string, encoding: string, eol: string, summary: string) => `${file} → ${out} (${encoding}, ${eol}): ${summary}`,
  written: (what: 'html' | 'json' | 'text', target: string) =>
    `${what === 'html' ? 'report' : what === 'json' ? 'JSON' : 'diff'} written to ${target}`,
  summary: (files: number, errors: number, warnings: number, infos: number, failed: number, hidden = 0) => {
    const n = (k: number, w: string) => `${k} ${w}${k === 1 ? '' : 's'}`;
    let line = `${n(files, 'file')} checked: ${n(errors, 'error')}, ${n(warnings, 'warning')}, ${infos} info`;
    if (hidden) line += `; ${en.uncertainHidden(hidden)}`;
    return failed ? `${line}; ${n(failed, 'file')} could not be checked` : line;
  },
  skippedNotPage: 'skipped, not a .txt page',
  noPagesInDir: 'no .txt pages in this directory',
  cannotList: (why: string) => `cannot list directory: ${why}`,
  vanished: 'vanished before it could be read (moved or deleted meanwhile?)',
  brokenLink: 'broken symbolic link',
  emptyFile: 'empty file, nothing to check',
  onlyWhitespace: 'no text, only whitespace',
  internalError: (why: string) => `internal error: ${why}`,
  gaveUp: (seconds: number) => `gave up: checking took longer than ${seconds} s`,
  workerExited: (code: number) => `checker thread exited (code ${code})`,
  unknownProfile: (name: string, known: readonly string[]) => `--profile: no house style “${name}” (known: ${known.join(', ')})`,
  /** The line before a page's findings: its house style, why, and the config. */
  profileLine: (id: string, reasons: readonly string[], config: string | null) =>
    `profile ${id} (${reasons.join('; ')})${config ? `; config ${config}` : ''}`,
  profileByFlag: 'set by --profile',
  uncertainHidden: (n: number) => `${n} uncertain not shown (--all shows them)`,
  configRoster: (config: string, roster: string, why: string) => `config ${config}: roster ${roster}: ${why}`,
  refused: (out: string, missing: string) => `refusing to write ${out}: cleaning would lose the characters “${clip(missing)}”`,
  fixesSkipped: (n: number) => `${n} skipped (the text had changed or fixes overlapped)`,
  exactlyOnePage: 'give exactly one PAGE',
  roleRequired: '--role is required: 责编, 美编, 审读 or 排版',
  byRequired: '--by NAME is required: who confirms',
  reviewUnreadable: (sidecar: string, why: string) =>
    `${sidecar}: the saved review cannot be read (${why}); it is left as it is — open the page in Galley, which keeps it aside`,
  cannotSave: (sidecar: string, why: string) => `cannot save ${sidecar}: ${why}`,
  reviewTooLarge: 'larger than a review can be',
  busy: 'another process kept it locked too long; try again',
  isPageOrReview: 'it is the page or its review',
  reportWritten: (target: string) => `proofing sheet written to ${target}`,
  confirmedLine: (role: string, names: readonly string[], by: string, at: string) =>
    `${role} confirmed (${names.length ? names.join(' ') : 'no name on the page'}) by ${by}, ${at}`,
};

type Messages = typeof en;


const zh: Messages = {
  usage: (cmd) => `用法：${SYNOPSIS[cmd]}`,
  help: `Galley 校对——检查报纸版面文本（署名行、作者署名、图片说明、
断句、引号、重复、标点）。

用法：
${USAGE_LINES}

check   报告检查结果；给出目录即检查其中所有 *.txt 版面。
        自动判断每个版面的版式（--profile NAME 指定）；证据不足的结果默认不显示，
        加 --all 才显示（并标出，如 warning?）。
        退出码 0：没有错误；1：有错误级别的问题；2：有输入无法检查。
clean   应用安全修改，写出清样（-o - 写到标准输出）；
        覆盖 FILE 本身须写明 -o FILE，原文先另存为带时间戳的 FILE.….bak。
        修改若会丢失版面上的字，拒绝写出（退出码 2）。
diff    比较一个版面的两个版本，先按段落，再按字。
        退出码 0：相同；1：不同；2：无法比较。
confirm 在版面的校对记录（PAGE.galley.json）中确认一个职责的署名：
        版面上该职责的姓名、确认人、时间；多人同时确认也不会互相覆盖。
report  根据校对记录写出版面的校对单（默认 html；也可 csv、json），
        时间为本地时间并注明时区。

配置：--config FILE，否则用版面所在目录及其上级中最近的 galley.config.json
（关闭规则、级别、选项、不报告的词语、名册、版式）。
版式：${PROFILE_IDS}。

语言：--locale zh|en，否则看 $GALLEY_LOCALE，再否则看系统区域设置
（LANG/LC_ALL 为中文或未设置时用中文，其他语言用英文）。
`,
  unknownCommand: (cmd) => `未知命令“${cmd}”（应为 check、clean、diff、confirm 或 report；见 galley --help）`,
  unknownOption: (opt) => `未知选项 ${opt}`,
  missingValue: (opt) => `选项 ${opt} 缺少参数值`,
  takesNoValue: (opt) => `选项 ${opt} 不带参数值`,
  unexpectedArgument: (arg) => `多余的参数“${arg}”`,
  oneOf: (name, allowed, got) => `--${name} 只能是 ${allowed.join('、')}（收到“${got}”）`,
  noFiles: '没有给出文件',
  jobsRange: '--jobs 须是 0 到 64 的整数',
  roster: (file, why) => `--roster ${file}：${why}`,
  outputRequired: '须用 -o OUT 指定输出（-o - 表示标准输出）',
  exactlyOneFile: '只能给出一个要清理的 FILE',
  exactlyTwoFiles: (n) => `须给出两个文件：OLD 和 NEW（收到 ${n} 个）`,
  cannotWrite: (target, why) => `无法写入 ${target}：${why}`,
  isRevision: '它是参与比较的版本之一',
  cannotWriteStdout: (why) => `无法写入标准输出：${why}`,
  keptOriginal: (backup) => `原文已另存为 ${backup}`,
  fixesApplied: (n, detail) => `应用了 ${n} 处安全修改${detail ? `（${detail}）` : ''}`,
  cleaned: (file, out, encoding, eol, summary) => `${file} → ${out}（${encoding}，${eol}）：${summary}`,
  written: (what, target) => `${what === 'html' ? '报告' : what === 'json' ? 'JSON' : '比较结果'}已写入 ${target}`,
  summary: (files, errors, warnings, infos, failed, hidden = 0) => {
    let line = `已检查 ${files} 个文件：${errors} 个错误，${warnings} 个警告，${infos} 个提示`;
    if (hidden) line += `；${zh.uncertainHidden(hidden)}`;
    return failed ? `${line}；${failed} 个文件无法检查` : line;
  },
  skippedNotPage: '已跳过，不是 .txt 版面',
  noPagesInDir: '这个目录里没有 .txt 版面',
  cannotList: (why) => `无法列出目录：${why}`,
  vanished: '读取前文件已不在（期间被移动或删除？）',
  brokenLink: '符号链接指向的文件不存在',
  emptyFile: '空文件，没有可检查的内容',
  onlyWhitespace: '没有文字，只有空白',
  internalError: (why) => `内部错误：${why}`,
  gaveUp: (seconds) => `已放弃：检查超过 ${seconds} 秒`,
  workerExited: (code) => `检查线程退出（代码 ${code}）`,
  unknownProfile: (name, known) => `--profile：没有版式“${name}”（可用：${known.join('、')}）`,
  profileLine: (id, reasons, config) => `版式 ${id}（${reasons.join('；')}）${config ? `；配置 ${config}` : ''}`,
  profileByFlag: '由 --profile 指定',
  uncertainHidden: (n) => `${n} 个证据不足的结果未显示（--all 显示）`,
  configRoster: (config, roster, why) => `配置文件 ${config}：名册 ${roster}：${why}`,
  refused: (out, missing) => `拒绝写出 ${out}：清理会丢失文字「${clip(missing)}」`,
  fixesSkipped: (n) => `跳过 ${n} 处（文字已变或修改重叠）`,
  exactlyOnePage: '只能给出一个版面 PAGE',
  roleRequired: '须用 --role 指定职责：责编、美编、审读或排版',
  byRequired: '须用 --by NAME 指定确认人',
  reviewUnreadable: (sidecar, why) => `${sidecar}：已保存的校对记录无法读取（${why}），未作改动——请在 Galley 中打开该版面，它会把记录另存备查`,
  cannotSave: (sidecar, why) => `无法保存 ${sidecar}：${why}`,
  reviewTooLarge: '超出校对记录可能的大小',
  busy: '另一个进程占用太久，请重试',
  isPageOrReview: '它是版面本身或其校对记录',
  reportWritten: (target) => `校对单已写入 ${target}`,
  confirmedLine: (role, names, by, at) => `已确认 ${role}（${names.length ? names.join(' ') : '版面上无姓名'}），确认人 ${by}，${at}`,
};

const TABLE: Record<Locale, Messages> = { zh, en };

export function messages(locale: Locale): Messages {
  return TABLE[locale] ?? zh;
}
