import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathAllowlist, normalisePath, sidecarPathFor } from '../../../electron/main/path-allowlist';

const DIR = path.resolve('/news/2020-05-01');
const PAGE = path.join(DIR, '000_page.txt');

function list(platform: NodeJS.Platform = 'linux') {
  let n = 0;
  return new PathAllowlist(platform, () => `p-${++n}`);
}

describe('PathAllowlist', () => {
  it('hands out an opaque id for a picked page and maps it back', () => {
    const a = list();
    const id = a.allowPage(PAGE, 'open-dialog');
    expect(id).toBe('p-1');
    expect(id).not.toContain('/');
    expect(a.pathOf(id)).toBe(PAGE);
    expect(a.howPicked(id)).toBe('open-dialog');
    expect(a.allowPage(PAGE, 'recent')).toBe(id);
  });

  it('lets a picked page be read', () => {
    const a = list();
    a.allowPage(PAGE, 'drop');
    expect(a.canRead(PAGE)).toBe(true);
  });

  it('refuses a path nobody picked, even beside a picked one', () => {
    const a = list();
    a.allowPage(PAGE, 'open-dialog');
    expect(a.canRead(path.join(DIR, '001_other.txt'))).toBe(false);
    expect(a.canRead('/etc/passwd')).toBe(false);
    expect(a.canWrite(path.join(DIR, '001_other.txt'))).toBe(false);
    expect(a.canWrite(PAGE)).toBe(false); // overwriting the source needs a save-dialog pick
  });

  it('allows the review sidecar beside a picked page, for reading and writing', () => {
    const a = list();
    const id = a.allowPage(PAGE, 'open-dialog');
    expect(a.sidecarOf(id)).toBe(PAGE + '.galley.json');
    expect(a.canRead(sidecarPathFor(PAGE))).toBe(true);
    expect(a.canWrite(sidecarPathFor(PAGE))).toBe(true);
    // …but not a sidecar of an unpicked page
    expect(a.canWrite(path.join(DIR, '001_other.txt.galley.json'))).toBe(false);
  });

  it('refuses `..` tricks that start from an allowed path', () => {
    const a = list();
    a.allowPage(PAGE, 'open-dialog');
    expect(a.canRead(PAGE + '/../001_other.txt')).toBe(false);
    expect(a.canRead(PAGE + '/../../../etc/passwd')).toBe(false);
    expect(a.canWrite(PAGE + '.galley.json/../../etc/cron.d/x')).toBe(false);
    expect(a.canWrite(path.join(DIR, 'x', '..', '..', 'secret.txt.galley.json'))).toBe(false);
    // …while a roundabout spelling of the same allowed file is the same file
    expect(a.canRead(path.join(DIR, 'sub', '..', '000_page.txt'))).toBe(true);
  });

  it('refuses NUL bytes and non-strings', () => {
    const a = list();
    a.allowPage(PAGE, 'open-dialog');
    expect(a.canRead(PAGE + '\0.png')).toBe(false);
    expect(a.canRead(42 as unknown as string)).toBe(false);
    expect(() => a.allowPage('bad\0path', 'drop')).toThrow();
  });

  it('gives nothing for ids it never handed out', () => {
    const a = list();
    a.allowPage(PAGE, 'open-dialog');
    expect(a.pathOf('p-2')).toBeUndefined();
    expect(a.pathOf(PAGE)).toBeUndefined(); // a path is not an id
    expect(a.pathOf({})).toBeUndefined();
    expect(a.sidecarOf('__proto__')).toBeUndefined();
  });

  it('lets a save-dialog target be written but not read as a page', () => {
    const a = list();
    const out = path.join(DIR, 'export.md');
    a.allowWriteTarget(out);
    expect(a.canWrite(out)).toBe(true);
    expect(a.canRead(out)).toBe(false);
  });

  it('compares case-insensitively on Windows and macOS only', () => {
    expect(normalisePath('/A/B.txt', 'win32')).toBe(normalisePath('/a/b.txt', 'win32'));
    expect(normalisePath('/A/B.txt', 'linux')).not.toBe(normalisePath('/a/b.txt', 'linux'));
    const mac = list('darwin');
    mac.allowPage('/News/Page.TXT', 'open-dialog');
    expect(mac.canWrite('/news/page.txt.galley.json')).toBe(true);
  });
});
