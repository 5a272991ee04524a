// Reading and writing page bytes. Decoding uses the platform TextDecoder
// (WHATWG: Node 20 and every browser know utf-8, utf-16le/be and gb18030), so
// this runs unchanged in the renderer, the main process and the CLI. Encoding
// to GB18030 uses iconv-lite because TextEncoder only ever produces UTF-8.
// Detection is done without asking the user: BOM first, then a binary sniff,
// then strict UTF-8, then strict GB18030 with a plausibility check.
import iconv from 'iconv-lite';

// shared/ compiles without DOM or Node types (tsconfig.shared.json); these are
// the WHATWG Encoding API members used here, present in Node and browsers.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array): string };
declare const TextEncoder: new () => { encode(input?: string): Uint8Array };

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Eol = 'lf' | 'crlf' | 'mixed' | 'none';

export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'];

export interface Decoded {
  /** Decoded text without BOM, line ends as in the file. */
  text: string;
  encoding: Encoding;
  eol: Eol;
}

/** Thrown for input that is not page text; `message` is one line for the user. */
export class DecodeError extends Error {
  /** Short machine-readable reason. */
  readonly reason: 'binary' | 'utf16-no-bom' | 'invalid-bytes' | 'utf32';
  /** Byte offset of the problem, where there is one. */
  readonly offset?: number;
  constructor(reason: DecodeError['reason'], message: string, offset?: number) {
    super(message);
    this.name = 'DecodeError';
    this.reason = reason;
    this.offset = offset;
  }
}

// Magic numbers of files people mistake for text (an image exported as .txt).
const MAGIC: { name: string; bytes: (number | null)[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive (or .docx/.xlsx)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'WebP image', bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50] },
  { name: 'BMP image', bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00] },
  { name: 'Word 97–2003 / OLE document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: '7z archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'executable (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

function sniffMagic(b: Uint8Array): string | undefined {
  for (const m of MAGIC) {
    if (b.length < m.bytes.length) continue;
    if (m.bytes.every((x, i) => x === null || b[i] === x)) return m.name;
  }
  return undefined;
}

export function detectEol(text: string): Eol {
  if (!text.includes('\r')) return text.includes('\n') ? 'lf' : 'none';
  let crlf = 0;
  let other = 0; // lone LF or lone CR (old Mac)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else other++;
    } else if (c === 10) other++;
  }
  if (crlf === 0 && other === 0) return 'none';
  if (other === 0) return 'crlf';
  if (crlf === 0 && !text.includes('\r')) return 'lf';
  return 'mixed';
}

const hex = (n: number) => '0x' + n.toString(16).toUpperCase().padStart(2, '0');

/** Offset of the first byte that breaks UTF-8, and how many multi-byte
 *  sequences were valid before it (evidence that the file is UTF-8). */
function utf8Check(b: Uint8Array): { bad: number; multi: number } {
  let multi = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) min = 0xa0;
      if (c === 0xed) max = 0x9f; // no surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) min = 0x90;
      if (c === 0xf4) max = 0x8f;
    } else return { bad: i, multi };
    for (let k = 1; k <= need; k++) {
      const x = b[i + k];
      if (i + k >= n) return { bad: i, multi };
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (x < lo || x > hi) return { bad: i, multi };
    }
    multi++;
    i += need + 1;
  }
  return { bad: -1, multi };
}

/** Offset of the first byte that breaks GB18030 structure, or -1. */
function gb18030Check(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c <= 0x80) {
      // 0x80 is € in the WHATWG decoder.
      i++;
      continue;
    }
    if (c === 0xff || i + 1 >= n) return i;
    const d = b[i + 1];
    if (d >= 0x30 && d <= 0x39) {
      if (i + 3 >= n) return i;
      const e = b[i + 2];
      const f = b[i + 3];
      if (e < 0x81 || e > 0xfe || f < 0x30 || f > 0x39) return i;
      i += 4;
    } else if ((d >= 0x40 && d <= 0x7e) || (d >= 0x80 && d <= 0xfe)) i += 2;
    else return i;
  }
  return -1;
}

/** C0 controls other than tab, LF, VT, FF, CR (and DEL): a text file has almost none. */
const CONTROL_RE = /[\u0000-\u0008\u000e-\u001f\u007f]/;

function controlCount(text: string): number {
  if (!CONTROL_RE.test(text)) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13) || c === 0x7f) n++;
  }
  return n;
}

/** Share of non-ASCII characters that ordinary Chinese page text uses:
 *  CJK ideographs, CJK and full-width punctuation, general punctuation.
 *  Bytes that are not GB18030 text decode to rare blocks and private use. */
function plausibleChinese(text: string): number {
  let nonAscii = 0;
  let common = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) || // CJK unified
      (c >= 0x3400 && c <= 0x4dbf) || // extension A
      (c >= 0x20000 && c <= 0x3ffff) || // extensions B and later
      (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
      (c >= 0x3000 && c <= 0x312f) || // CJK punctuation, kana, bopomofo
      (c >= 0xff00 && c <= 0xffef) || // full-width forms
      (c >= 0x2000 && c <= 0x27bf) || // punctuation, symbols, arrows, boxes, ■ □ ◆
      (c >= 0xa0 && c <= 0x24f) || // Latin-1 and Latin extended (pinyin tones)
      (c >= 0x370 && c <= 0x45f) || // Greek, Cyrillic (both in GB2312)
      (c >= 0x3200 && c <= 0x33ff) || // enclosed CJK, units
      (c >= 0xfe30 && c <= 0xfe4f) // vertical forms
    )
      common++;
  }
  return nonAscii === 0 ? 1 : common / nonAscii;
}

type Decoder = { decode(input?: Uint8Array): string };
const decoders = new Map<string, Decoder>();

function decodeStrict(label: string, b: Uint8Array): string | undefined {
  let d = decoders.get(label);
  if (!d) decoders.set(label, (d = new TextDecoder(label, { fatal: true, ignoreBOM: true })));
  try {
    return d.decode(b);
  } catch {
    return undefined;
  }
}

function tooManyControls(text: string): boolean {
  const n = controlCount(text);
  return n > 8 && n > text.length / 100;
}

/** UTF-16 without BOM: NUL bytes almost all on one parity (ASCII and line
 *  ends have a zero high byte). Decoded only when the result is clean text. */
function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length < 4 || b.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  const n = Math.min(b.length, 1 << 16);
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  const total = even + odd;
  if (total < 2) return undefined;
  if (odd >= total * 0.7) return 'utf-16le';
  if (even >= total * 0.7) return 'utf-16be';
  return undefined;
}

/**
 * Decode a page file's bytes, detecting its encoding.
 * @throws DecodeError with a one-line, user-facing message.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b = bytes;
  // BOMs first: they are unambiguous.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) {
    throw new DecodeError('utf32', 'UTF-32 text is not supported; save the page as UTF-8');
  }
  if (b.length >= 2 && ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff))) {
    const encoding = b[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = decodeStrict(encoding, b.subarray(2));
    if (text === undefined) {
      throw new DecodeError(
        'invalid-bytes',
        `invalid ${encoding.toUpperCase()} text (odd length or unpaired surrogate) after its byte-order mark`,
      );
    }
    if (tooManyControls(text)) throw new DecodeError('binary', `binary content: control characters in ${encoding} text`);
    return { text, encoding, eol: detectEol(text) };
  }
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    const rest = b.subarray(3);
    const text = decodeStrict('utf-8', rest);
    if (text === undefined) {
      const bad = Math.max(0, utf8Check(rest).bad);
      throw new DecodeError(
        'invalid-bytes',
        `invalid UTF-8 at byte offset ${bad + 3} (byte ${hex(rest[bad])}) in a file marked UTF-8`,
        bad + 3,
      );
    }
    if (tooManyControls(text)) throw new DecodeError('binary', 'binary content: too many control characters');
    return { text, encoding: 'utf-8-bom', eol: detectEol(text) };
  }

  const magic = sniffMagic(b);
  if (magic) throw new DecodeError('binary', `binary file (${magic}), not page text`);

  const nul = b.indexOf(0);
  if (nul !== -1) {
    const guess = sniffUtf16(b);
    if (guess) {
      const text = decodeStrict(guess, b);
      if (text !== undefined && controlCount(text) === 0 && plausibleChinese(text) > 0.9) {
        return { text, encoding: guess, eol: detectEol(text) };
      }
      throw new DecodeError(
        'utf16-no-bom',
        `looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or UTF-16 with BOM)`,
      );
    }
    throw new DecodeError('binary', `binary content: NUL byte at offset ${nul}`, nul);
  }

  // The platform decoder validates fastest; the JS scan below only runs to
  // say where and why the bytes are not UTF-8.
  const asUtf8 = decodeStrict('utf-8', b);
  if (asUtf8 !== undefined) {
    if (tooManyControls(asUtf8)) throw new DecodeError('binary', 'binary content: too many control characters');
    return { text: asUtf8, encoding: 'utf-8', eol: detectEol(asUtf8) };
  }
  const u = utf8Check(b);
  if (u.bad === -1) throw new DecodeError('invalid-bytes', 'invalid UTF-8 text');
  // Several valid multi-byte sequences before the error: this is UTF-8 with
  // damage, not GB18030 (whose pairs rarely form valid UTF-8 by chance).
  const utf8Msg = `invalid UTF-8 at byte offset ${u.bad} (byte ${hex(b[u.bad])})`;
  if (u.multi >= 4) throw new DecodeError('invalid-bytes', utf8Msg, u.bad);

  const g = gb18030Check(b);
  if (g !== -1) {
    const tail = g + 4 >= b.length ? ', cut off in the middle of a character' : '';
    throw new DecodeError(
      'invalid-bytes',
      `neither UTF-8 nor GB18030: ${utf8Msg}; invalid GB18030 at byte offset ${g}${tail}`,
      u.bad,
    );
  }
  const text = decodeStrict('gb18030', b);
  if (text === undefined || tooManyControls(text) || plausibleChinese(text) < 0.9) {
    if (text !== undefined && tooManyControls(text)) {
      throw new DecodeError('binary', 'binary content: too many control characters');
    }
    throw new DecodeError(
      'invalid-bytes',
      `neither UTF-8 nor GB18030 text: ${utf8Msg}, and as GB18030 it decodes to unlikely characters`,
      u.bad,
    );
  }
  return { text, encoding: 'gb18030', eol: detectEol(text) };
}

/** Line ends to write: as given, or keep the text's own. */
export type EolOut = 'lf' | 'crlf' | 'keep';

export function convertEol(text: string, eol: EolOut): string {
  if (eol === 'keep') return text;
  const lf = text.replace(/\r\n?/g, '\n');
  return eol === 'crlf' ? lf.replace(/\n/g, '\r\n') : lf;
}

function encodeUtf16(text: string, be: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = be ? 0xfe : 0xff;
  out[1] = be ? 0xff : 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (be ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

/** Encode page text for writing. UTF-16 is written with its BOM. */
export function encodeText(text: string, encoding: Encoding, eol: EolOut = 'keep'): Uint8Array {
  const t = convertEol(text, eol);
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(t);
    case 'utf-8-bom': {
      const body = new TextEncoder().encode(t);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case 'utf-16le':
      return encodeUtf16(t, false);
    case 'utf-16be':
      return encodeUtf16(t, true);
    case 'gb18030': {
      // iconv-lite returns a Node Buffer (a Uint8Array subclass); copy into a
      // plain Uint8Array so callers never depend on Buffer.
      const buf: Uint8Array = iconv.encode(t, 'gb18030');
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength).slice();
    }
  }
}
