/**
 * Calendar days in the reader's time zone (the `x-timezone` header), which is how the
 * service decides what "today" is.
 */

/** Whether the runtime knows this IANA time zone name. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock parts of an instant in a zone. */
function wallClock(instant: number, zone: string): Record<string, number> {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) parts[type] = Number(value);
  return parts;
}

/** The calendar date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDate(instant: number, zone: string): string {
  const { year, month, day } = wallClock(instant, zone);
  return [year, month, day].map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
}

/** The date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from one `YYYY-MM-DD` date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Offset of a zone from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const p = wallClock(instant, zone);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return wall - (instant - (instant % 1000));
}

/** The instant a date begins in a zone, as an ISO date-time in UTC (`…T17:00:00.000Z`). */
export function startOfDay(date: string, zone: string): string {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const first = midnight - offsetAt(midnight, zone);
  return new Date(midnight - offsetAt(first, zone)).toISOString();
}

/** The last millisecond of a date in a zone, as an ISO date-time in UTC (`…T16:59:59.999Z`). */
export function endOfDay(date: string, zone: string): string {
  return new Date(Date.parse(startOfDay(addDays(date, 1), zone)) - 1).toISOString();
}
