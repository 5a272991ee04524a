// One seam between file bytes and page text. shared/encoding.ts (decodeBytes:
// BOMs, UTF-8, GB18030, UTF-16 guessing) is the real decoder; until it lands
// this strict UTF-8 stand-in keeps the same contract: it throws an Error with
// a one-line user message on binary or undecodable input.
import type { Encoding, Eol } from '../../shared/ipc';

export interface DecodedPage {
  text: string;
  encoding: Encoding;
  eol: Eol | 'mixed' | 'none';
}

export function detectEol(text: string): DecodedPage['eol'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  if (crlf === 0 && lf === 0) return 'none';
  if (crlf > 0 && lf > 0) return 'mixed';
  return crlf > 0 ? 'crlf' : 'lf';
}

export function decodePage(bytes: Uint8Array): DecodedPage {
  let body = bytes;
  let encoding: Encoding = 'utf-8';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    encoding = 'utf-8-bom';
  }
  if (body.includes(0)) throw new Error('this is not a text page (it contains NUL bytes; binary file?)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new Error('this page is not valid UTF-8 text');
  }
  return { text, encoding, eol: detectEol(text) };
}
