import type { DatedDay } from './activity-store';
import { addDays, daysBetween } from './dates';
import { countVerses } from './verse';

/** Consecutive days of reading: the first and last date, and how many days. */
export interface StreakRun {
  first: string;
  last: string;
  days: number;
}

/** Whether a streak that ended yesterday is still today's (the `streakToday` setting). */
export type StreakToday = 'yesterday' | 'zero';

/** Which days keep a streak going (the `streakDay` setting). */
export type StreakDay = 'verse' | 'any';

/**
 * The dates up to `today` that count for the Quran streak: Quran days with at least a verse
 * read ("Reading at least a verse daily will keep the streaks going"), or under `any` every
 * Quran day, time alone included.
 */
export function readingDates(days: readonly DatedDay[], today: string, rule: StreakDay) {
  return days
    .filter((day) => day.type === 'QURAN' && day.date <= today)
    .filter((day) => rule === 'any' || (day.versesRead ?? countVerses(day.spans)) > 0)
    .map((day) => day.date);
}

/** The runs of consecutive dates among `dates` (`YYYY-MM-DD`, any order), oldest first. */
export function streakRuns(dates: Iterable<string>): StreakRun[] {
  const runs: StreakRun[] = [];
  for (const date of [...new Set(dates)].sort()) {
    const run = runs.at(-1);
    if (run && daysBetween(run.last, date) === 1) {
      run.last = date;
      run.days += 1;
    } else {
      runs.push({ first: date, last: date, days: 1 });
    }
  }
  return runs;
}

/**
 * The reader's current streak on `today`: the run that ends today, or, while today has no
 * reading yet, the run that ended yesterday when `today` is `yesterday` (the streak is at
 * risk, not broken, until the day ends). Runs after today are not counted.
 */
export function currentRun(
  runs: readonly StreakRun[],
  today: string,
  rule: StreakToday,
): StreakRun | undefined {
  const ends = rule === 'yesterday' ? [today, addDays(today, -1)] : [today];
  return runs.find((run) => ends.includes(run.last));
}
