// Reading pages from disk: size cap, decoding, and a one-line reason in
// OpenedPage.error instead of an exception (nothing thrown reaches the
// renderer). Folder opens list *.txt beside each other, not recursively.
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { OpenedPage } from '../../shared/ipc';
import type { Locale } from '../../shared/types';
import { readCapped, TooLargeError } from '../io/read-capped';
import { isTempFile } from './atomic-write';
import { decodePage, decodeReason } from './decode';

/** Pages are a few hundred KB; 64 MB leaves room for odd exports while
 *  keeping memory bounded (a 50 MB page still opens). */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

type MessageKey = 'tooLarge' | 'tooLargeRoster' | 'notFound' | 'denied' | 'isFolder' | 'notFile' | 'unreadable' | 'notText';

const MESSAGES: Record<Locale, Record<MessageKey, (arg: string) => string>> = {
  zh: {
    tooLarge: (mb) => `文件太大（${mb} MB），超过 64 MB 上限，不像一个版面文本`,
    tooLargeRoster: (mb) => `文件太大（${mb} MB），超过 4 MB 上限，不像人员名册`,
    notFound: () => '文件不存在（可能在打开时被移动或删除）',
    denied: () => '没有读取这个文件的权限',
    isFolder: () => '这是一个文件夹，不是版面文本',
    notFile: () => '这不是普通文件',
    unreadable: (why) => `无法读取文件：${why}`,
    notText: (why) => `不是可识别的文本：${why}`,
  },
  en: {
    tooLarge: (mb) => `file is too large (${mb} MB; the limit is 64 MB) — not a page text`,
    tooLargeRoster: (mb) => `file is too large (${mb} MB; the limit is 4 MB) — not a staff roster`,
    notFound: () => 'file not found (moved or deleted while opening?)',
    denied: () => 'permission denied reading this file',
    isFolder: () => 'this is a folder, not a page text',
    notFile: () => 'this is not a regular file',
    unreadable: (why) => `cannot read the file: ${why}`,
    notText: (why) => `not readable text: ${why}`,
  },
};

export function fileMessage(locale: Locale, key: MessageKey, arg = ''): string {
  return (MESSAGES[locale] ?? MESSAGES.zh)[key](arg);
}

/** First line of an error's message, without stack or newlines. */
export function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split(/\r?\n/)[0].trim() || 'unknown error';
}

function errnoMessage(err: unknown, locale: Locale): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return fileMessage(locale, 'notFound');
  if (code === 'EACCES' || code === 'EPERM') return fileMessage(locale, 'denied');
  if (code === 'EISDIR') return fileMessage(locale, 'isFolder');
  return fileMessage(locale, 'unreadable', code ?? oneLine(err));
}

export interface ReadOptions {
  /** Cap in bytes, counted while reading (default MAX_PAGE_BYTES). */
  maxBytes?: number;
  /** Which too-large message: a page's or a roster's. */
  what?: 'page' | 'roster';
}

const tooLarge = (locale: Locale, what: 'page' | 'roster', bytes: number | undefined, cap: number) =>
  fileMessage(locale, what === 'roster' ? 'tooLargeRoster' : 'tooLarge', bytes === undefined ? `> ${mbOf(cap)}` : mbOf(bytes));
const mbOf = (n: number) => (n / 1024 / 1024).toFixed(1);

/** Reads and decodes one page; never throws. `id` is the opaque page id.
 *  The cap holds while reading: a file that says it is small and never ends
 *  (/proc/self/pagemap, or a link to it in a folder) stops at the cap. */
export async function readPage(id: string, filePath: string, locale: Locale = 'zh', opts: ReadOptions = {}): Promise<OpenedPage> {
  const base: OpenedPage = { id, name: path.basename(filePath), path: filePath };
  const cap = opts.maxBytes ?? MAX_PAGE_BYTES;
  const what = opts.what ?? 'page';
  let handle: fsp.FileHandle | undefined;
  try {
    // Stat before opening: opening a FIFO or device named .txt would block.
    const pre = await fsp.stat(filePath);
    if (pre.isDirectory()) return { ...base, error: fileMessage(locale, 'isFolder') };
    if (!pre.isFile()) return { ...base, error: fileMessage(locale, 'notFile') };
    // Stat again through the handle: the file we measure is the file we read.
    handle = await fsp.open(filePath, 'r');
    const st = await handle.stat();
    if (!st.isFile()) return { ...base, error: fileMessage(locale, 'notFile') };
    if (st.size > cap) return { ...base, error: tooLarge(locale, what, st.size, cap) };
    let bytes: Buffer;
    try {
      bytes = await readCapped(handle, cap);
    } catch (err) {
      if (err instanceof TooLargeError) return { ...base, error: tooLarge(locale, what, undefined, cap) };
      throw err;
    }
    try {
      const decoded = decodePage(bytes);
      return { ...base, text: decoded.text, encoding: decoded.encoding, eol: decoded.eol };
    } catch (err) {
      return { ...base, error: fileMessage(locale, 'notText', decodeReason(err, locale)) };
    }
  } catch (err) {
    return { ...base, error: errnoMessage(err, locale) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function isPageFileName(name: string): boolean {
  return /\.txt$/i.test(name) && !name.startsWith('.') && !isTempFile(name);
}

/** The *.txt entries directly inside a folder, sorted by name (pages are
 *  numbered 000_, 001_ …). Entries that are not regular files (a FIFO, a
 *  dangling link, a folder named x.txt) stay in the list so readPage can say
 *  why each one was skipped; sidecars, backups and other files are left out.
 *  Throws only when the folder itself is unreadable. */
export async function listFolderPages(folder: string): Promise<string[]> {
  const entries = await fsp.readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => isPageFileName(e.name))
    .map((e) => path.join(folder, e.name))
    .sort((a, b) => a.localeCompare(b, 'en'));
}

export { errnoMessage };
