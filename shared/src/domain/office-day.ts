/**
 * Office-local calendar arithmetic. The office day, not the UTC day, decides ticket numbering and
 * the daily close, so every conversion goes through the office's IANA time zone.
 */

type LocalParts = { year: string; month: string; day: string; hour: number; minute: number };

// Building an Intl.DateTimeFormat is far more expensive than using one, and the hub asks on every
// command, so keep one per zone (an office has one zone; tests use a handful).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      // `hour12: false` prints midnight as "24" on some ICU versions; h23 never does.
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function localPartsOf(now: number, timeZone: string): LocalParts {
  const parts: LocalParts = { year: '', month: '', day: '', hour: 0, minute: 0 };
  for (const part of formatterFor(timeZone).formatToParts(now)) {
    if (part.type === 'year') parts.year = part.value.padStart(4, '0');
    else if (part.type === 'month') parts.month = part.value;
    else if (part.type === 'day') parts.day = part.value;
    else if (part.type === 'hour') parts.hour = Number(part.value);
    else if (part.type === 'minute') parts.minute = Number(part.value);
  }
  return parts;
}

/**
 * The office day (`YYYY-MM-DD`) that the instant `now` (epoch ms) falls on in `timeZone`.
 * Throws a `RangeError` for an unknown time zone (the configuration validates it first).
 */
export function officeDayOf(now: number, timeZone: string): string {
  const { year, month, day } = localPartsOf(now, timeZone);
  return `${year}-${month}-${day}`;
}

/** Minutes since local midnight (0–1439) of the instant `now` (epoch ms) in `timeZone`. */
export function localMinutesOf(now: number, timeZone: string): number {
  const { hour, minute } = localPartsOf(now, timeZone);
  return hour * 60 + minute;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Minutes since midnight of a configured clock time `HH:MM` (24-hour, two digits each).
 * Throws a `RangeError` for anything else, because a silently wrong close hour would expire a
 * whole queue.
 */
export function parseClockTime(clock: string): number {
  const match = CLOCK_TIME.exec(clock);
  if (!match) throw new RangeError(`Invalid clock time (expected HH:MM): ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
