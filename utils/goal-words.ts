import { ayahCount } from './quran/ayah-counts';
import { readVerseRange } from './quran/read-range';

// Words about today's part of a goal: for today's card, in the popup's first paint, and Edit.

/** What today's plan leaves to read (`GET /v1/goals/get-todays-plan`). */
export interface PlanProgress extends PlanTargets {
  progress?: number | undefined;
  pagesRead?: number | undefined;
  secondsRead?: number | undefined;
  remainingDailyTargetRanges?: string[] | undefined;
}

/**
 * What is left of today's target, in the target's own unit; `done` once the plan's progress
 * is whole. The ranges left are the plan's own; time and pages are the target less what was
 * read.
 */
export function leftToday(
  plan: PlanProgress,
): { type: FormGoalType; amount: number | string } | 'done' | null {
  if ((plan.progress ?? 0) >= 1) return 'done';
  const target = planTarget(plan);
  if (!target) return null;
  if (target.type === 'QURAN_RANGE') {
    const left = plan.remainingDailyTargetRanges;
    return left ? (left.length ? { type: target.type, amount: left.join(',') } : 'done') : target;
  }
  const read = (target.type === 'QURAN_PAGES' ? plan.pagesRead : plan.secondsRead) ?? 0;
  const amount = Math.max(0, Number(target.amount) - read);
  return amount > 0 ? { ...target, amount } : 'done';
}

/** Where to read a range on Quran.com (`2:21-2:30`): the page of the next portion. */
export function readingUrl(range: string): string | null {
  const parsed = readVerseRange(range);
  if (!parsed) return null;
  const { from, to } = parsed;
  return `https://quran.com/${from.surah}:${from.ayah}-${to.surah}:${to.ayah}`;
}

/**
 * Where the reader reads on from a verse on Quran.com (the surah, opened at that verse); null
 * for a verse that does not exist.
 */
export function positionUrl(position: { surah: number; ayah: number } | null | undefined) {
  if (!position) return null;
  const { surah, ayah } = position;
  return ayah >= 1 && ayah <= ayahCount(surah)
    ? `https://quran.com/${surah}?startingVerse=${ayah}`
    : null;
}

/** The daily target fields of today's plan (`GET /v1/goals/get-todays-plan`). */
export interface PlanTargets {
  dailyTargetSeconds?: number | undefined;
  dailyTargetPages?: number | undefined;
  dailyTargetRanges?: string[] | undefined;
}

/**
 * Today's target of the reader's goal and the goal type it tells: the plan's own `type` is
 * the activity category (`QURAN`), so the target field that is set says which goal it is.
 */
export function planTarget(
  plan: PlanTargets,
): { type: FormGoalType; amount: number | string } | null {
  const { dailyTargetRanges: ranges, dailyTargetPages: pages, dailyTargetSeconds: seconds } = plan;
  if (ranges?.length) return { type: 'QURAN_RANGE', amount: ranges.join(',') };
  if (pages) return { type: 'QURAN_PAGES', amount: pages };
  if (seconds) return { type: 'QURAN_TIME', amount: seconds };
  return null;
}
