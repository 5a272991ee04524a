import { describe, expect, it } from 'vitest';
import { matchesAt } from '../../../shared/text/match';

describe('matchesAt', () => {
  const re = /的(?![确士])/y;
  it('matches a sticky expression at the offset only', () => {
    expect(matchesAt(re, '求职者的求职', 3)).toBe(true);
    expect(matchesAt(re, '求职者的求职', 2)).toBe(false);
  });
  it('is not thrown off by an earlier call (lastIndex is set each time)', () => {
    matchesAt(re, '的士', 0);
    expect(matchesAt(re, '的求职者', 0)).toBe(true);
    expect(matchesAt(re, '的确', 0)).toBe(false);
  });
});
