import { dayId } from './activity-store';
import { convertPages } from './catalog';
import { daysBetween, localDate } from './dates';
import type { DayProgress } from './progress';
import { dailyShares } from './schedule';
import type { ReadingGoal } from './store';
import { formatSpan, parseVerseRange, spanLength, subtractSpans, type VerseSpan } from './verse';

/** The `data` of `GET /v1/goals/get-todays-plan`. */
export type TodaysPlan =
  | { hasGoal: false }
  | ({ hasGoal: true; goalId: string } & Record<string, unknown>);

const ratio = (done: number, due: number) => (due > 0 ? Math.min(1, done / due) : 1);

/** What is left of today's verses: the ranges read are taken out, or else the first verses. */
function remainingVerses(due: VerseSpan, progress: DayProgress): VerseSpan[] {
  const read = progress.ranges
    .map(parseVerseRange)
    .filter((r): r is VerseSpan => typeof r !== 'string');
  if (read.length) return subtractSpans(due, read);
  const skip = Math.min(progress.versesRead ?? 0, spanLength(due));
  return skip < spanLength(due) ? [{ first: due.first + skip, last: due.last }] : [];
}

/** Verses in the ranges read, unless a count was set. */
function versesRead(progress: DayProgress): number {
  if (progress.versesRead !== undefined) return progress.versesRead;
  return progress.ranges
    .map(parseVerseRange)
    .reduce((sum, r) => sum + (typeof r === 'string' ? 0 : spanLength(r)), 0);
}

/**
 * Today's plan from a reading goal and today's progress: the day's target (the goal's share
 * for this day since it started, nothing once a duration goal is over) and how much of it is
 * done. The plan is for `mushafId` (the goal's own mushaf unless given): a pages target set
 * in another mushaf is counted in this one's pages, in proportion to their page counts, and
 * the pages read are taken to be this mushaf's.
 */
export function todaysPlan(
  goal: ReadingGoal | undefined,
  progress: DayProgress,
  zone: string,
  now = Date.now(),
  mushafId?: number,
): TodaysPlan {
  return planForDay(goal, progress, localDate(now, zone), mushafId);
}

/** The plan of one date (`YYYY-MM-DD`) of the reader's calendar; see `todaysPlan`. */
export function planForDay(
  goal: ReadingGoal | undefined,
  progress: DayProgress,
  date: string,
  mushafId?: number,
): TodaysPlan {
  if (!goal) return { hasGoal: false };
  const mushaf = mushafId ?? goal.mushafId;
  const day = Math.max(0, daysBetween(goal.startDate, date));
  const due = dailyShares(goal, day + 1)[day];
  const plan = {
    hasGoal: true as const,
    goalId: goal.id,
    id: dayId(goal.sub, date, 'QURAN'),
    date,
    type: 'QURAN',
    ranges: progress.ranges,
    pagesRead: progress.pagesRead,
    secondsRead: progress.secondsRead,
    versesRead: versesRead(progress),
    manuallyAddedSeconds: 0,
    mushafId: mushaf,
  };
  if (goal.type === 'QURAN_TIME') {
    const target = typeof due === 'number' ? due : 0;
    return { ...plan, dailyTargetSeconds: target, progress: ratio(progress.secondsRead, target) };
  }
  if (goal.type === 'QURAN_PAGES') {
    const target = typeof due === 'number' ? convertPages(due, goal.mushafId, mushaf) : 0;
    return { ...plan, dailyTargetPages: target, progress: ratio(progress.pagesRead, target) };
  }
  const span = typeof due === 'object' ? due : undefined;
  const left = span ? remainingVerses(span, progress) : [];
  const leftCount = left.reduce((sum, r) => sum + spanLength(r), 0);
  return {
    ...plan,
    dailyTargetRanges: span ? [formatSpan(span)] : [],
    remainingDailyTargetRanges: left.map(formatSpan),
    progress: span ? (spanLength(span) - leftCount) / spanLength(span) : 1,
  };
}
