import type { ReadSince } from './activity';
import { daysThrough, lastDay, todayIn } from './goal-form';
import type { GoalRequest } from './goals';
import { versesAmong, versesCount } from './quran/verse-set';

// Where a goal of a number of days stands, for a goal this device made: the API tells no
// goal's start or end, so its days are counted from when this device made or last changed it.

/** What this device keeps of the plan's goal: its definition and when it was saved here. */
export interface KnownGoalDays {
  goalId: string;
  goal: GoalRequest | null;
  savedAt?: number | undefined;
}

/** A goal's days: its first, its last, and how many are left today (today included). */
export interface GoalDays {
  start: string;
  last: string;
  left: number;
  duration: number;
}

/** The days of the plan's goal (`goalId`), when this device knows it and it has a number of days. */
export function goalDays(
  known: KnownGoalDays | null,
  goalId: string | undefined,
  today: string,
  timeZone: string | undefined,
): GoalDays | null {
  const duration = known?.goal?.body.duration;
  if (!known?.savedAt || !duration || known.goalId !== goalId) return null;
  const start = todayIn(timeZone, new Date(known.savedAt));
  const last = lastDay(start, duration);
  return { start, last, left: daysThrough(today, last), duration };
}

/** How a goal stands against its days. */
export type Pace = 'complete' | 'ahead' | 'onTrack' | 'behind';

/**
 * Where a goal stands: complete once all of it is read; behind when less is read than its
 * days before today ask; ahead when more than its days through today ask; else on track. The
 * amount of a time or page goal of a number of days is the whole goal's (seconds, pages); a
 * range goal's is its verses. Null for a goal of another type.
 */
export function goalPace(goal: GoalRequest, days: GoalDays, read: ReadSince): Pace | null {
  const { type, amount } = goal.body;
  const [total, done] =
    type === 'QURAN_RANGE'
      ? [versesCount([String(amount)]), versesAmong(read.ranges, [String(amount)])]
      : type === 'QURAN_PAGES'
        ? [Number(amount), read.pages]
        : type === 'QURAN_TIME'
          ? [Number(amount), read.seconds]
          : [0, 0];
  if (!(total > 0)) return null;
  if (done >= total) return 'complete';
  const elapsed = Math.min(days.duration, days.duration - days.left);
  if (done < (total * elapsed) / days.duration - 1e-9) return 'behind';
  if (done > (total * Math.min(days.duration, elapsed + 1)) / days.duration + 1e-9) return 'ahead';
  return 'onTrack';
}
