import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertEol, decodeBytes, DecodeError, detectEol, encodeText } from '../../shared/encoding';

const SAMPLE = readFileSync('resources/samples/000_9801057ab119ebec.txt', 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

function reason(bytes: Uint8Array): string {
  try {
    decodeBytes(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(DecodeError);
    const m = (e as Error).message;
    expect(m).not.toMatch(/\n/);
    return m;
  }
  throw new Error('expected a DecodeError');
}

describe('decodeBytes: detection without the user saying', () => {
  it('reads the sample as UTF-8 with LF', () => {
    const d = decodeBytes(readFileSync('resources/samples/000_9801057ab119ebec.txt'));
    expect(d).toMatchObject({ encoding: 'utf-8', eol: 'lf' });
    expect(d.text).toBe(SAMPLE);
  });

  it('strips a UTF-8 BOM and says it was there', () => {
    const d = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('责编 余瑞新\r\n')]));
    expect(d).toEqual({ text: '责编 余瑞新\r\n', encoding: 'utf-8-bom', eol: 'crlf' });
  });

  it('reads GB18030 (as older layout systems write) and round-trips it', () => {
    const gb = encodeText(SAMPLE, 'gb18030', 'crlf');
    // GB18030 bytes of 责 are D4 F0: not valid UTF-8.
    expect(Array.from(encodeText('责', 'gb18030'))).toEqual([0xd4, 0xf0]);
    const d = decodeBytes(gb);
    expect(d.encoding).toBe('gb18030');
    expect(d.eol).toBe('crlf');
    expect(d.text).toBe(SAMPLE.replace(/\n/g, '\r\n'));
  });

  it('encodes characters outside GBK with GB18030 four-byte sequences', () => {
    const s = '𠀀€·—“”';
    expect(decodeBytes(encodeText('中文' + s, 'gb18030')).text).toBe('中文' + s);
  });

  it('reads UTF-16LE and UTF-16BE with BOM', () => {
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const b = encodeText(SAMPLE, enc);
      expect(b[0] + b[1]).toBe(0xff + 0xfe);
      expect(decodeBytes(b)).toMatchObject({ text: SAMPLE, encoding: enc });
    }
  });

  it('decodes UTF-16 without BOM when the NUL pattern and the text are unmistakable', () => {
    const le = encodeText(SAMPLE, 'utf-16le').subarray(2);
    const be = encodeText(SAMPLE, 'utf-16be').subarray(2);
    expect(decodeBytes(le)).toMatchObject({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('refuses UTF-16 without BOM that does not decode to clean text, and says so', () => {
    // ASCII-looking UTF-16LE with control characters mixed in.
    const b = encodeText('abc\u0001\u0002def\u0003ghi\u0004', 'utf-16le').subarray(2);
    expect(reason(b)).toMatch(/UTF-16 text without a byte-order mark/);
  });

  it('reads an empty file as empty UTF-8 (the CLI decides what to say)', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', eol: 'none' });
  });
});

describe('decodeBytes: rejects what is not page text with a one-line reason', () => {
  it('names the image format of a PNG or JPEG saved as .txt', () => {
    expect(reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(
      'binary file (PNG image), not page text',
    );
    expect(reason(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toMatch(/JPEG image/);
    expect(reason(utf8('%PDF-1.7\n'))).toMatch(/PDF/);
  });

  it('gives the offset of a NUL byte in otherwise-text content', () => {
    const b = utf8('责编 余瑞新\n正文');
    const withNul = new Uint8Array([...b.subarray(0, 7), 0, ...b.subarray(7)]);
    expect(reason(withNul)).toBe('binary content: NUL byte at offset 7');
  });

  it('refuses random bytes', () => {
    let x = 12345;
    const rnd = Uint8Array.from({ length: 8192 }, () => ((x = (x * 1103515245 + 12345) >>> 0), x >>> 24));
    expect(reason(rnd)).toMatch(/binary|neither UTF-8 nor GB18030/);
    // Even with every NUL removed.
    expect(reason(rnd.map((v) => v || 1))).toMatch(/binary|neither UTF-8 nor GB18030/);
  });

  it('names the byte offset of invalid UTF-8 in a UTF-8 page', () => {
    const b = utf8(SAMPLE);
    const bad = new Uint8Array([...b.subarray(0, 300), 0xff, ...b.subarray(300)]);
    // 300 falls inside a 3-byte character: the first broken sequence starts at 299.
    expect(reason(bad)).toMatch(/^invalid UTF-8 at byte offset 29\d \(byte 0x[0-9A-F]{2}\)$/);
  });

  it('reports a GB18030 page cut off in the middle of a character', () => {
    const gb = encodeText(SAMPLE, 'gb18030');
    const m = reason(gb.subarray(0, gb.length - 1 - (gb[gb.length - 1] === 10 ? 1 : 0)));
    expect(m).toMatch(/neither UTF-8 nor GB18030/);
    expect(m).toMatch(/cut off in the middle of a character/);
  });

  it('refuses UTF-32', () => {
    expect(reason(new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatch(/UTF-32/);
  });

  it('refuses text full of control characters', () => {
    expect(reason(utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f'.repeat(5)))).toMatch(
      /control characters/,
    );
  });
});

describe('line ends', () => {
  it('detects lf, crlf, mixed and none', () => {
    expect(detectEol('a\nb\n')).toBe('lf');
    expect(detectEol('a\r\nb\r\n')).toBe('crlf');
    expect(detectEol('a\r\nb\n')).toBe('mixed');
    expect(detectEol('a\rb')).toBe('mixed');
    expect(detectEol('ab')).toBe('none');
  });

  it('converts to the asked line ends, or keeps them', () => {
    expect(convertEol('a\r\nb\nc\rd', 'lf')).toBe('a\nb\nc\nd');
    expect(convertEol('a\r\nb\nc', 'crlf')).toBe('a\r\nb\r\nc');
    expect(convertEol('a\r\nb\n', 'keep')).toBe('a\r\nb\n');
    expect(new TextDecoder().decode(encodeText('甲\n乙', 'utf-8', 'crlf'))).toBe('甲\r\n乙');
  });

  it('writes UTF-8 with BOM when asked', () => {
    expect(Array.from(encodeText('甲', 'utf-8-bom').subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });
});
