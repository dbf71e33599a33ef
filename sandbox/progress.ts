import type { ActivityDay } from './activity-store';
import { type PageMeasure, pagesOf } from './pages';
import { countVerses, formatSpan } from './verse';

/** What a reader read on one day, as today's plan and the activity days show it. */
export interface DayProgress {
  pagesRead: number;
  secondsRead: number;
  /** Absent: counted from `ranges`. */
  versesRead?: number;
  /** Ranges read, `S:A-S:A` each. */
  ranges: string[];
}

/**
 * A day's figures, pages counted in `mushafId` by `measure`. Counts set through the test
 * controls are shown as they were set (their pages taken to be pages of `mushafId`).
 */
export function progressOf(
  day: ActivityDay | undefined,
  mushafId: number,
  measure: PageMeasure,
): DayProgress {
  if (!day) return { pagesRead: 0, secondsRead: 0, versesRead: 0, ranges: [] };
  return {
    pagesRead: day.pagesRead ?? pagesOf(day.spans, mushafId, measure),
    secondsRead: day.seconds,
    versesRead: day.versesRead ?? countVerses(day.spans),
    ranges: day.spans.map(formatSpan),
  };
}
