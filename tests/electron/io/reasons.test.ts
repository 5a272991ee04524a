// The reasons a file cannot be read, in the app's and the CLI's language.
// Every kind of DecodeError shared/encoding.ts raises is decoded here from
// real bytes: a reworded message there that the Chinese table no longer
// matches fails this test instead of showing English in the Chinese app.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReason, fsReason, notRegularReason, tooLargeReason } from '../../../electron/io/reasons';
import { decodeBytes, DecodeError, encodeText } from '../../../shared/encoding';

const SAMPLE = readFileSync(path.join(__dirname, '../../../resources/samples/000_9801057ab119ebec.txt'), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

function seeded(n: number, seed: number): Uint8Array {
  let x = seed >>> 0;
  return new Uint8Array(n).map(() => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x >>> 24;
  });
}

const gb = encodeText(SAMPLE.trimEnd(), 'gb18030');
const s = utf8(SAMPLE);
const INPUTS: [string, Uint8Array][] = [
  ['UTF-32', bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0)],
  ['odd UTF-16 after BOM', bytes(0xff, 0xfe, 0x41)],
  ['control characters in UTF-16', encodeText('\u0001\u0002\u0003\u0004x'.repeat(40), 'utf-16le')],
  ['bad UTF-8 after a BOM', bytes(0xef, 0xbb, 0xbf, 0x41, 0xc0, 0xaf)],
  ['control characters', utf8('a\u0001b\u0002c\u0003'.repeat(50))],
  ['PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)],
  ['PDF document', utf8('%PDF-1.4\n')],
  ['UTF-16 without BOM', encodeText('ab\u0001c\u0002d\u0003e\u0004f\u0005g'.repeat(50), 'utf-16le').subarray(2)],
  ['NUL byte', utf8('编辑\0\0审读')],
  ['damaged UTF-8', new Uint8Array([...s.subarray(0, 1000), 0xc0, 0xaf, ...s.subarray(1000)])],
  ['truncated GB18030', gb.subarray(0, gb.length - 1)],
  ['not GB18030 either', bytes(0x41, 0xff, 0x41, 0x42, 0x43, 0x44, 0x45)],
  ['GB18030 of unlikely characters', new Uint8Array(Array(100).fill([0x81, 0x30, 0x81, 0x30]).flat())],
  ['random bytes', seeded(64 * 1024, 42)],
];

function decodeError(b: Uint8Array): DecodeError {
  try {
    decodeBytes(b);
  } catch (e) {
    if (e instanceof DecodeError) return e;
    throw e;
  }
  throw new Error('decoded');
}

describe('decodeReason', () => {
  it.each(INPUTS)('%s: English is the decoder’s own line, Chinese a translation of it', (_name, b) => {
    const e = decodeError(b);
    expect(decodeReason(e, 'en')).toBe(e.message);
    const zh = decodeReason(e, 'zh');
    expect(zh).not.toBe(e.message);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/\b(binary|invalid|neither|byte offset|looks like)\b/);
    // Offsets and byte values survive the translation.
    for (const n of e.message.match(/\b(0x[0-9A-F]{2}|\d+)\b/g) ?? []) expect(zh).toContain(n);
  });

  it('names the file type in Chinese', () => {
    expect(decodeReason(decodeError(INPUTS[5][1]), 'zh')).toBe('二进制文件（PNG 图片），不是版面文本');
  });
});

describe('file reasons', () => {
  it('speaks both languages for errno codes, kinds and sizes', () => {
    expect(fsReason({ code: 'ENOENT' }, 'zh')).toBe('文件或目录不存在');
    expect(fsReason({ code: 'ENOENT' }, 'en')).toBe('no such file or directory');
    expect(fsReason({ code: 'ENOSPC' }, 'en')).toBe('no space left on device');
    expect(notRegularReason('fifo', 'roster', 'en')).toBe('a FIFO, not a roster file');
    expect(notRegularReason('device', 'page', 'zh')).toBe('设备文件，不是版面文本文件');
    expect(tooLargeReason(undefined, 8 * 1024 * 1024, 'page', 'en')).toBe('file too large: more than 8.0 MB (a page is at most 8.0 MB)');
    expect(tooLargeReason(50 * 1024 * 1024, 8 * 1024 * 1024, 'page', 'zh')).toBe('文件太大：50.0 MB（版面文本最多 8.0 MB）');
  });
});
