// One-line reasons a file could not be read or written, in Chinese and
// English. The CLI prints them and the app shows them, so both speak the
// user's language with the same words. Node-side (errno codes), not shared/.
import { DecodeError } from '../../shared/encoding';
import type { Locale } from '../../shared/types';
import { TargetRefused, type Refusal } from './output';

type Table = Record<string, { zh: string; en: string }>;

const ERRNO: Table = {
  ENOENT: { zh: '文件或目录不存在', en: 'no such file or directory' },
  EACCES: { zh: '没有权限', en: 'permission denied' },
  EPERM: { zh: '没有权限', en: 'permission denied' },
  EISDIR: { zh: '是一个目录', en: 'is a directory' },
  ENOTDIR: { zh: '路径中有一段不是目录', en: 'a part of the path is not a directory' },
  ELOOP: { zh: '符号链接层数过多', en: 'too many levels of symbolic links' },
  EMFILE: { zh: '打开的文件过多', en: 'too many open files' },
  ENFILE: { zh: '打开的文件过多', en: 'too many open files' },
  EIO: { zh: '输入/输出错误', en: 'input/output error' },
  ENXIO: { zh: '没有这个设备（FIFO 或套接字的另一端没有程序）', en: 'no such device (a FIFO or socket with nobody on the other end)' },
  ENOSPC: { zh: '磁盘空间不足', en: 'no space left on device' },
  EDQUOT: { zh: '超出磁盘配额', en: 'disk quota exceeded' },
  EFBIG: { zh: '文件超出文件系统允许的大小', en: 'file too large for the file system' },
  EROFS: { zh: '文件系统只读', en: 'read-only file system' },
  EPIPE: { zh: '管道已关闭', en: 'broken pipe' },
  EBUSY: { zh: '文件正被占用', en: 'resource busy' },
  ETXTBSY: { zh: '文件正被占用', en: 'text file busy' },
  EEXIST: { zh: '文件已存在', en: 'file already exists' },
  // NotRegularFileError (atomic-write.ts): a device, FIFO or folder kept as it is.
  ENOTREG: { zh: '不是普通文件，不能替换', en: 'not a regular file, not replaced' },
};

const pick = (locale: Locale, m: { zh: string; en: string }) => (locale === 'en' ? m.en : m.zh);

/** Human reason for a file-system error (its errno code), one line. */
export function fsReason(e: unknown, locale: Locale): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const known = code ? ERRNO[code] : undefined;
  if (known) return pick(locale, known);
  const m = (e instanceof Error ? e.message.split('\n')[0] : String(e)).trim();
  return m || (locale === 'en' ? 'cannot read' : '无法读取');
}

export type FileKind = 'fifo' | 'socket' | 'device' | 'other';

export function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): FileKind {
  if (st.isFIFO()) return 'fifo';
  if (st.isSocket()) return 'socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  return 'other';
}

const KIND: Record<FileKind, { zh: string; en: string }> = {
  fifo: { zh: 'FIFO（命名管道）', en: 'a FIFO' },
  socket: { zh: '套接字', en: 'a socket' },
  device: { zh: '设备文件', en: 'a device' },
  other: { zh: '不是普通文件', en: 'not a regular file' },
};

/** "a FIFO, not a page file" — what was found where a file was expected. */
export function notRegularReason(kind: FileKind, what: 'page' | 'roster', locale: Locale): string {
  const k = pick(locale, KIND[kind]);
  if (locale === 'en') return `${k}, not a ${what === 'page' ? 'page' : 'roster'} file`;
  return `${k}，不是${what === 'page' ? '版面文本' : '人员名册'}文件`;
}

const REFUSED: Record<Refusal, { zh: string; en: string }> = {
  directory: { zh: '是一个目录', en: 'is a directory' },
  socket: { zh: '是套接字，不是文件', en: 'is a socket, not a file' },
  'block-device': { zh: '是磁盘设备，不是文件', en: 'is a disk device, not a file' },
  'not-regular': { zh: '不是普通文件', en: 'is not a regular file' },
  'no-directory': { zh: '所在目录不存在', en: 'its directory does not exist' },
};

/** Why output cannot go to a path (electron/io/output.ts refused it). */
export function refusedReason(why: Refusal, locale: Locale): string {
  return pick(locale, REFUSED[why]);
}

/** A failed write, one line: a refusal in words, else the errno's reason. */
export function writeReason(e: unknown, locale: Locale): string {
  return e instanceof TargetRefused ? refusedReason(e.why, locale) : fsReason(e, locale);
}

export const mb = (n: number) => (n / (1024 * 1024)).toFixed(1) + ' MB';

/** Too large: `size` when known up front, else "more than the cap" (a file
 *  that reported a small size and kept going). */
export function tooLargeReason(size: number | undefined, cap: number, what: 'page' | 'roster', locale: Locale): string {
  if (locale === 'en') {
    const got = size === undefined ? `more than ${mb(cap)}` : mb(size);
    return `file too large: ${got} (a ${what === 'page' ? 'page' : 'roster'} is at most ${mb(cap)})`;
  }
  const got = size === undefined ? `超过 ${mb(cap)}` : mb(size);
  return `文件太大：${got}（${what === 'page' ? '版面文本' : '人员名册'}最多 ${mb(cap)}）`;
}

// What shared/encoding.ts names in its messages (magic numbers), in Chinese.
const FILE_TYPE_ZH: Record<string, string> = {
  'PNG image': 'PNG 图片',
  'JPEG image': 'JPEG 图片',
  'GIF image': 'GIF 图片',
  'PDF document': 'PDF 文档',
  'ZIP archive (or .docx/.xlsx)': 'ZIP 压缩包（或 .docx/.xlsx）',
  'gzip archive': 'gzip 压缩包',
  'TIFF image': 'TIFF 图片',
  'WebP image': 'WebP 图片',
  'BMP image': 'BMP 图片',
  'Word 97–2003 / OLE document': 'Word 97–2003 / OLE 文档',
  'RAR archive': 'RAR 压缩包',
  '7z archive': '7z 压缩包',
  'executable (ELF)': '可执行程序（ELF）',
};

const utf8At = (off: string, byte: string) => `字节偏移 ${off} 处不是有效的 UTF-8（字节 ${byte}）`;

// The English messages of DecodeError (shared/encoding.ts), matched whole
// and rewritten in Chinese. tests/electron/io/reasons.test.ts decodes a
// sample of every kind, so a reworded message there fails a test here.
const DECODE_ZH: [RegExp, (...m: string[]) => string][] = [
  [/^UTF-32 text is not supported; save the page as UTF-8$/, () => '不支持 UTF-32 文本，请另存为 UTF-8'],
  [
    /^invalid (UTF-16LE|UTF-16BE) text \(odd length or unpaired surrogate\) after its byte-order mark$/,
    (e) => `有字节顺序标记，但不是有效的 ${e} 文本（长度为奇数或代理项不成对）`,
  ],
  [/^binary content: control characters in (\S+) text$/, (e) => `二进制内容：${e} 文本中有控制字符`],
  [/^invalid UTF-8 at byte offset (\d+) \(byte (0x[0-9A-F]{2})\) in a file marked UTF-8$/, (o, b) => `标为 UTF-8 的文件在${utf8At(o, b)}`],
  [/^binary content: too many control characters$/, () => '二进制内容：控制字符过多'],
  [/^binary file \((.+)\), not page text$/, (t) => `二进制文件（${FILE_TYPE_ZH[t] ?? t}），不是版面文本`],
  [
    /^looks like UTF-16 text without a byte-order mark; save it as UTF-8 \(or UTF-16 with BOM\)$/,
    () => '像是没有字节顺序标记的 UTF-16 文本，请另存为 UTF-8（或带 BOM 的 UTF-16）',
  ],
  [/^binary content: NUL byte at offset (\d+)$/, (o) => `二进制内容：偏移 ${o} 处有 NUL 字节`],
  [/^invalid UTF-8 text$/, () => '不是有效的 UTF-8 文本'],
  [/^invalid UTF-8 at byte offset (\d+) \(byte (0x[0-9A-F]{2})\)$/, (o, b) => utf8At(o, b)],
  [
    /^neither UTF-8 nor GB18030: invalid UTF-8 at byte offset (\d+) \(byte (0x[0-9A-F]{2})\); invalid GB18030 at byte offset (\d+)(, cut off in the middle of a character)?$/,
    (o, b, g, cut) => `既不是 UTF-8 也不是 GB18030：${utf8At(o, b)}；字节偏移 ${g} 处不是有效的 GB18030${cut ? '，文件在一个字符中间截断' : ''}`,
  ],
  [
    /^neither UTF-8 nor GB18030 text: invalid UTF-8 at byte offset (\d+) \(byte (0x[0-9A-F]{2})\), and as GB18030 it decodes to unlikely characters$/,
    (o, b) => `既不是 UTF-8 也不是 GB18030 文本：${utf8At(o, b)}，按 GB18030 解码又是些不像正文的字符`,
  ],
];

/** Why bytes are not page text, in the locale. English is DecodeError's own
 *  message; an unknown message stays as it is rather than being lost. */
export function decodeReason(err: unknown, locale: Locale): string {
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0].trim();
  if (locale === 'en' || !(err instanceof DecodeError)) return message;
  for (const [re, zh] of DECODE_ZH) {
    const m = re.exec(message);
    if (m) return zh(...m.slice(1));
  }
  return message;
}
