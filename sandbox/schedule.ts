import type { QuranGoalType } from './catalog';
import { addDays, localDate, startOfDay } from './dates';
import { formatSpan, parseVerseRange, splitSpan, splitTotal, type VerseSpan } from './verse';

/** The parts of a goal that decide what is due each day. */
export interface GoalPlanInput {
  type: QuranGoalType;
  amount: number | string;
  duration?: number;
}

/** What is due on one day: seconds or pages, or a span of verses. */
export type DailyShare = number | VerseSpan;

/** Days shown by the estimate. */
export const ESTIMATE_DAYS = 7;

/**
 * What is due on each of the goal's first `days` days. A daily goal asks its whole amount
 * every day. A duration goal spreads its total over its days in whole seconds, whole pages
 * or consecutive verse ranges, the first days taking the remainder; when the total has
 * fewer units than the goal has days, it is done sooner (one unit a day).
 */
export function dailyShares(goal: GoalPlanInput, days: number): DailyShare[] {
  const whole: DailyShare =
    goal.type === 'QURAN_RANGE'
      ? (parseVerseRange(String(goal.amount)) as VerseSpan)
      : Number(goal.amount);
  if (goal.duration === undefined) return Array.from({ length: days }, () => whole);
  return typeof whole === 'number'
    ? splitTotal(whole, goal.duration, days)
    : splitSpan(whole, goal.duration, days);
}

/** One day of the estimate: its start in UTC and its amount. */
export interface EstimateDay {
  date: string;
  amount: number | string;
}

/** The estimate's week, from today in the reader's zone. */
export function estimateWeek(goal: GoalPlanInput, zone: string, now = Date.now()): EstimateDay[] {
  const today = localDate(now, zone);
  return dailyShares(goal, ESTIMATE_DAYS).map((share, day) => ({
    date: startOfDay(addDays(today, day), zone),
    amount: typeof share === 'number' ? share : formatSpan(share),
  }));
}
