import { todayIn } from './goal-form';
import { amountWords, type Words } from './plan-words';

// The plan's week in words, for the plan's days under the form (`PlanWeek`, fetched after the
// first paint): apart from `plan-words.ts`, which today's card needs in the first paint.

/** One day of the plan, ready to show. */
export interface PlanDay {
  date: string;
  words: string;
}

/**
 * The reader's calendar day of an estimate day: the API names each day by an instant (its
 * start, written in UTC), which falls on the previous UTC date for readers east of UTC.
 */
export function planDay(date: string, timeZone: string | undefined): string {
  const instant = new Date(date);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(instant.getTime())) return date.slice(0, 10);
  return todayIn(timeZone, instant);
}

/** The week of an estimate in reader words, and how many days the goal runs beyond it. */
export function weekWords(
  type: string,
  week: readonly { date: string; amount: number | string }[],
  duration: number | null,
  w: Words,
  timeZone: string | undefined,
): { days: PlanDay[]; moreDays: number } {
  const days = week.map((day) => ({
    date: w.day(planDay(day.date, timeZone)),
    words: amountWords(type, day.amount, w),
  }));
  return { days, moreDays: duration === null ? 0 : Math.max(0, duration - week.length) };
}
