import type { ActivityDay, ReadSince, Today } from '@/utils/activity';
import type { ActivityApi } from '../api/activity-api';

/** What the reader's day needs from the rest of the background. */
export interface DayDeps {
  activity: Pick<ActivityApi, 'activityDays' | 'currentStreakDays' | 'lastReadingPosition'>;
  /** The scopes the reader's token was granted. */
  scopes(): Promise<string[]>;
  /** Today in the reader's zone, `YYYY-MM-DD`. */
  today(): Promise<string>;
}

/** Whether `scopes` grant `name` itself or one of its children (`streak.read`…). */
export function grants(scopes: readonly string[], name: string): boolean {
  return scopes.some((scope) => scope === name || scope.startsWith(`${name}.`));
}

/** Whether a logged day has any reading in it. */
export function hasReading(day: ActivityDay): boolean {
  return (
    (day.secondsRead ?? 0) > 0 ||
    (day.pagesRead ?? 0) > 0 ||
    (day.versesRead ?? 0) > 0 ||
    (day.ranges?.length ?? 0) > 0
  );
}

/** What the logged days hold in all: their seconds, pages and ranges. */
export function readSince(since: string, days: readonly ActivityDay[]): ReadSince {
  return {
    since,
    seconds: days.reduce((sum, day) => sum + (day.secondsRead ?? 0), 0),
    pages: days.reduce((sum, day) => sum + (day.pagesRead ?? 0), 0),
    ranges: days.flatMap((day) => day.ranges ?? []),
  };
}

/**
 * The reader's day beyond today's plan: the streak, whether anything was read today, and
 * where the last reading session stopped, each asked only with its scope. Each part is null
 * when it cannot be known (no scope, or its call failed): one part failing never hides
 * another.
 */
export function createDay(deps: DayDeps) {
  const known = <T>(ask: () => Promise<T>): Promise<T | null> => ask().catch(() => null);
  return {
    /** The day; with `since` (a day up to today), also what was read from it through today. */
    async today(since?: string): Promise<Today> {
      const [scopes, date] = await Promise.all([deps.scopes(), deps.today()]);
      const from = since && since < date ? since : date;
      const days = grants(scopes, 'activity_day')
        ? known(() => deps.activity.activityDays({ from, to: date }))
        : Promise.resolve(null);
      const [streakDays, logged, lastPosition] = await Promise.all([
        grants(scopes, 'streak') ? known(() => deps.activity.currentStreakDays()) : null,
        days,
        // The documents name no scope for reading sessions; the Quran Foundation's scopes page
        // names `reading_session`. Asked only with it: a 403 would cost a token refresh.
        grants(scopes, 'reading_session') ? known(() => deps.activity.lastReadingPosition()) : null,
      ]);
      const readToday = logged ? logged.some((day) => day.date === date && hasReading(day)) : null;
      return {
        streakDays,
        readToday,
        lastPosition,
        ...(since ? { read: logged && readSince(from, logged) } : {}),
      };
    },
  };
}
export type Day = ReturnType<typeof createDay>;
