import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText } from '../../../../shared/check';

const S0 = readFileSync(new URL('../../../../resources/samples/000_9801057ab119ebec.txt', import.meta.url), 'utf8');
const S1 = readFileSync(new URL('../../../../resources/samples/001_090f44e9df0cafa1.txt', import.meta.url), 'utf8');
const S2 = readFileSync(new URL('../../../../resources/samples/002_6323321094799b0d.txt', import.meta.url), 'utf8');
const CREDITS0 = '责编 余瑞新 张羽 美编 李晓萌 审读 王忠良 排版 林艳';

const found = (text: string) =>
  checkText(text).findings.filter((f) => f.rule === 'credits/missing').map((f) => [f.line, f.column, f.severity]);

describe('credits/missing', () => {
  it('does not fire on the real pages (credits above or below the masthead)', () => {
    expect(found(S0)).toEqual([]);
    expect(found(S1)).toEqual([]);
    expect(found(S2)).toEqual([]); // sample 002 sets the credits line under XING FU SHI BEI
  });

  it('fires once, as an error, on sample 000 with its credits line lost', () => {
    const page = S0.replace(CREDITS0, '');
    expect(found(page)).toEqual([[7, 1, 'error']]); // first line left: 幸福市北
    const f = checkText(page).findings.find((x) => x.rule === 'credits/missing')!;
    expect(f.message).toBe('版面缺少署名行（责编、美编、审读、排版）');
    expect(page.slice(f.start, f.end)).toBe('幸福市北');
  });

  it('still fires when only a body-like mention of a role is left', () => {
    expect(found(S0.replace(CREDITS0, '责编 余瑞新'))).toEqual([[5, 1, 'error']]);
    expect(found(S0.replace(CREDITS0, '这期版面的责编和美编都在审读样张。'))).toHaveLength(1);
  });

  it('leaves a damaged but recognisable credits line to credits/incomplete', () => {
    expect(found(S0.replace(' 排版 林艳', ''))).toEqual([]);
  });

  it('is the same on CRLF text', () => {
    expect(found(S0.replace(CREDITS0, '').replace(/\n/g, '\r\n'))).toEqual([[7, 1, 'error']]);
  });

  it('says nothing about an empty page', () => {
    expect(found('')).toEqual([]);
    expect(found('\n\n  \n')).toEqual([]);
  });
});
