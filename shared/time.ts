// Times as people on the paper read them: local wall-clock time with its
// offset (2026-11-30 00:06 +08:00), never a UTC ISO string — after 8 p.m.
// in Beijing that would print the wrong day. The time zone is passed in
// (tests, a report for another desk) or taken from the runtime.

/** The runtime's time zone (TZ in Node, the system's in a browser). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** `GMT+08:00` → `+08:00`; `GMT` → `+00:00`. */
function offsetOf(name: string): string {
  const m = /([+-])(\d{1,2})(?::?(\d{2}))?/.exec(name);
  return m ? `${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}` : '+00:00';
}

/** `2026-11-30 00:06 +08:00` (seconds with `seconds: true`); an unreadable
 *  time is returned as it came, so nothing is hidden. */
export function formatLocalTime(iso: string | Date, options: { timeZone?: string; seconds?: boolean } = {}): string {
  const d = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  let zone = options.timeZone ?? localTimeZone();
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatter(zone).formatToParts(d);
  } catch {
    zone = 'UTC'; // an unknown zone name: say UTC rather than fail
    parts = formatter(zone).formatToParts(d);
  }
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}` + (options.seconds ? `:${get('second')}` : '');
  return `${get('year')}-${get('month')}-${get('day')} ${time} ${offsetOf(get('timeZoneName'))}`;
}
