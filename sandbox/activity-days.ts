import { type DatedDay, dayId } from './activity-store';
import type { PageMeasure } from './pages';
import { progressOf } from './progress';
import type { ReadingGoal } from './store';
import { planForDay } from './todays-plan';

/** The goal figures of a day that an activity day shows when the reader had a goal. */
const TARGET_FIELDS = [
  'dailyTargetPages',
  'dailyTargetSeconds',
  'dailyTargetRanges',
  'remainingDailyTargetRanges',
] as const;

/**
 * One item of `GET /v1/activity-days`. Every day has its id, date, type, mushaf and
 * `progress`; the reading figures are "included only when the type is QURAN", pages counted
 * in the day's own mushaf ("The Mushaf used to read on that day"). With a reading `goal` the
 * day shows its targets and progress as today's plan would have on that date; without one
 * its progress is 0.
 */
export function activityDayItem(
  day: DatedDay,
  goal: ReadingGoal | undefined,
  measure: PageMeasure,
): Record<string, unknown> {
  const item = {
    id: dayId(day.sub, day.date, day.type),
    date: day.date,
    type: day.type,
    mushafId: day.mushafId,
    progress: 0,
  };
  if (day.type !== 'QURAN') return item;
  const read = progressOf(day, day.mushafId, measure);
  const figures = {
    ranges: read.ranges,
    pagesRead: read.pagesRead,
    secondsRead: read.secondsRead,
    versesRead: read.versesRead ?? 0,
    manuallyAddedSeconds: 0,
  };
  const plan = planForDay(goal, read, day.date, day.mushafId) as Record<string, unknown>;
  if (!plan.hasGoal) return { ...item, ...figures };
  const targets = TARGET_FIELDS.filter((field) => field in plan).map((f) => [f, plan[f]]);
  return { ...item, ...figures, ...Object.fromEntries(targets), progress: plan.progress };
}
