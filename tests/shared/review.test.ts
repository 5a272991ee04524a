import { describe, expect, it } from 'vitest';
import { checkReview, emptyReview, parseReview, roundLabel, type ReviewState } from '../../shared/review';

const T = '2026-11-29T16:06:12.722Z';
const good = (): ReviewState => ({
  ...emptyReview('p.txt', '甲', new Date(T)),
  decisions: { k1: 'accepted' },
  decisionStamps: { k1: { by: '林', at: T } },
  credits: { 责编: { role: '责编', names: ['余瑞新'], confirmedBy: '林', confirmedAt: T } },
  withdrawn: { 美编: { by: '林', at: T } },
  audit: [{ id: 'a1', kind: 'edit', by: '林', at: T, line: 2, before: '甲', after: '乙' }],
  rounds: [{ n: 1, closedBy: '林', closedAt: T, sourceHash: 'h', text: '甲', credits: {}, decisions: {} }],
  textHistory: [{ sourceHash: 'h', text: '旧', by: '', at: T }],
});

/** Set a field at a dotted path on a copy of a good review. */
function bad(path: (string | number)[], value: unknown): unknown {
  const o = JSON.parse(JSON.stringify(good()));
  let at = o;
  for (const k of path.slice(0, -1)) at = at[k];
  at[path[path.length - 1]] = value;
  return o;
}

describe('parseReview: every field is validated', () => {
  it('accepts a complete review unchanged', () => {
    expect(parseReview(JSON.stringify(good()))).toEqual({ state: good() });
  });

  const cases: [string, (string | number)[], unknown][] = [
    ['a role that is not a confirmation', ['credits', '责编'], 'yes'],
    ['an unknown role', ['credits', '主编'], { role: '主编', names: [], confirmedBy: 'x', confirmedAt: T }],
    ['names that are not a list', ['credits', '责编', 'names'], '余瑞新'],
    ['names with a number', ['credits', '责编', 'names'], ['余瑞新', 5]],
    ['confirmedBy not a string', ['credits', '责编', 'confirmedBy'], { name: 'x' }],
    ['confirmedAt not a time', ['credits', '责编', 'confirmedAt'], 'yesterday'],
    ['role field of another role', ['credits', '责编', 'role'], '美编'],
    ['a decision word unknown', ['decisions', 'k1'], 'maybe'],
    ['a decision that is a number', ['decisions', 'k1'], 1],
    ['decisions a list', ['decisions'], ['accepted']],
    ['decisions null', ['decisions'], null],
    ['credits missing', ['credits'], undefined],
    ['text a number', ['text'], 42],
    ['page a number', ['page'], 1],
    ['sourceHash missing', ['sourceHash'], undefined],
    ['updatedAt not a time', ['updatedAt'], 'soon'],
    ['a decision stamp without time', ['decisionStamps', 'k1'], { by: 'x' }],
    ['textStamp a string', ['textStamp'], 'x'],
    ['withdrawn of an unknown role', ['withdrawn', 'boss'], { by: 'x', at: T }],
    ['audit not a list', ['audit'], {}],
    ['an audit entry without id', ['audit', 0, 'id'], ''],
    ['an audit entry of unknown kind', ['audit', 0, 'kind'], 'delete-all'],
    ['an audit edit with before a list', ['audit', 0, 'before'], ['x']],
    ['an audit line that is not a line', ['audit', 0, 'line'], -3],
    ['an audit role unknown', ['audit', 0, 'role'], 'boss'],
    ['a round without text', ['rounds', 0, 'text'], undefined],
    ['a round number 0', ['rounds', 0, 'n'], 0],
    ['a round with bad credits', ['rounds', 0, 'credits'], { 责编: true }],
    ['a history entry with a numeric text', ['textHistory', 0, 'text'], 7],
    ['rounds a string', ['rounds'], 'one'],
  ];
  for (const [what, path, value] of cases) {
    it(`reports ${what} (${path.join('.')}) without throwing`, () => {
      const r = parseReview(JSON.stringify(bad(path, value)));
      expect(r.state).toBeUndefined();
      expect(r.error).toContain(String(path[0]));
    });
  }

  it('refuses keys that would reach a prototype', () => {
    const json = JSON.stringify(good()).replace('"k1":"accepted"', '"k1":"accepted","__proto__":"accepted"');
    expect(parseReview(json).error).toMatch(/__proto__/);
  });

  it('does not throw on anything JSON can hold', () => {
    for (const v of ['null', '[]', '"x"', '3', 'true', '{}', '{"version":2}', '{"version":"1"}', '[[[[]]]]', '{"version":1,"page":"p"}']) {
      const r = parseReview(v);
      expect(r.state).toBeUndefined();
      expect(typeof r.error).toBe('string');
    }
    expect(parseReview('{"version":1,').error).toBe('sidecar is not valid JSON');
  });

  it('does not throw on a value with a throwing getter', () => {
    const evil = { version: 2, get page(): string { throw new Error('boom'); } };
    expect(checkReview(evil).error).toBeDefined();
  });

  it('lists several problems, a few at a time', () => {
    const o = bad(['credits', '责编'], 'yes') as Record<string, unknown>;
    o.decisions = { a: 1, b: 2, c: 3, d: 4 };
    expect(parseReview(JSON.stringify(o)).error).toMatch(/\(\+\d+\)$/);
  });
});

describe('parseReview: old sidecars load', () => {
  it('migrates version 1, every decision dated when it was saved', () => {
    const v1 = {
      version: 1,
      page: 'p.txt',
      sourceHash: 'abc',
      text: '改过',
      decisions: { k1: 'accepted', k2: 'rejected' },
      credits: { 审读: { role: '审读', names: ['王'], confirmedBy: '林', confirmedAt: T } },
      updatedAt: T,
    };
    const { state } = parseReview(JSON.stringify(v1));
    expect(state).toMatchObject({
      version: 2,
      text: '改过',
      decisions: v1.decisions,
      credits: v1.credits,
      decisionStamps: { k1: { by: '', at: T }, k2: { by: '', at: T } },
      textStamp: { by: '', at: T },
      audit: [],
      rounds: [],
      withdrawn: {},
      textHistory: [],
    });
  });

  it('still refuses a version 1 sidecar with a badly typed credit', () => {
    const v1 = { version: 1, page: 'p', sourceHash: 'a', decisions: {}, credits: { 责编: 'yes' }, updatedAt: T };
    expect(parseReview(JSON.stringify(v1)).error).toContain('credits.责编');
  });
});

describe('round labels', () => {
  it('names rounds as the newsroom does', () => {
    expect([1, 2, 3, 10, 12].map((n) => roundLabel(n))).toEqual(['一校', '二校', '三校', '十校', '十二校']);
    expect(roundLabel(2, 'en')).toBe('Proof 2');
  });
});
