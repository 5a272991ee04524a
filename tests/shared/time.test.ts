import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../shared/time';
import { decisionWord } from '../../shared/review-audit';
import { translate } from '../../renderer/src/i18n';

describe('formatLocalTime', () => {
  const late = '2026-11-29T16:06:12.722Z';
  it('prints local time with its offset, the day as people there live it', () => {
    expect(formatLocalTime(late, { timeZone: 'Asia/Shanghai' })).toBe('2026-11-30 00:06 +08:00');
    expect(formatLocalTime(late, { timeZone: 'Asia/Kolkata' })).toBe('2026-11-29 21:36 +05:30');
    expect(formatLocalTime(late, { timeZone: 'America/New_York', seconds: true })).toBe('2026-11-29 11:06:12 -05:00');
    expect(formatLocalTime(late, { timeZone: 'UTC' })).toBe('2026-11-29 16:06 +00:00');
  });

  it('uses the runtime zone by default (run with TZ=Asia/Shanghai in CI)', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatLocalTime(late)).toBe(formatLocalTime(late, { timeZone: zone }));
    if (zone === 'Asia/Shanghai') expect(formatLocalTime(late)).toBe('2026-11-30 00:06 +08:00');
  });

  it('returns what it cannot read, and survives an unknown zone', () => {
    expect(formatLocalTime('not a time')).toBe('not a time');
    expect(formatLocalTime(late, { timeZone: 'Mars/Olympus' })).toBe('2026-11-29 16:06 +00:00');
  });
});

describe('decision words', () => {
  it('are the app’s own, in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(decisionWord('accepted', locale)).toBe(translate(locale, 'accepted'));
      expect(decisionWord('rejected', locale)).toBe(translate(locale, 'rejected'));
      expect(decisionWord('left', locale)).toBe(translate(locale, 'open_'));
    }
  });
});
