import { DEFAULT_MUSHAF_ID, isMushafId, type MushafId, mushafPageCount } from './mushafs';
import { readVerseRange } from './quran/parse';
import { type VerseRangeIssue, verseRangeIssue } from './quran/verses';

// The rules a goal follows, as plain data and functions: `GoalRequestSchema` (goals.ts) runs
// them for the background, and the popup runs the very same ones without loading zod.

/** Goal types `POST /v1/goals` accepts. */
export const GOAL_TYPES = [
  'QURAN_TIME',
  'QURAN_PAGES',
  'QURAN_RANGE',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
] as const;

/** Goal types that have a daily plan (`get-todays-plan` takes only these). */
export const QURAN_GOAL_TYPES = ['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE'] as const;

/** Goal categories. */
export const GOAL_CATEGORIES = [
  'QURAN',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
] as const;

/** Quran.com's own bounds for a time goal, in seconds a day (a duration goal's total ÷ days). */
export const TIME_GOAL_SECONDS = { min: 60, max: 14400 } as const;

/** The API's form of a range amount. */
export const RANGE_AMOUNT_PATTERN = /^\d+:\d+-\d+:\d+$/;

/** A goal as plain data: the shape `GoalRequestSchema` parses, before it is known valid. */
export interface GoalRequestInput {
  mushafId: number;
  body: { type: string; amount: number | string; category: string; duration?: number };
}

/** One broken rule, as data, with the field of the body (or the mushaf) it concerns. */
export type GoalIssue =
  | { field: 'mushafId'; code: 'unknown_mushaf' }
  | { field: 'type'; code: 'unknown_type' | 'not_quran_type' }
  | { field: 'category'; code: 'unknown_category' }
  | { field: 'duration'; code: 'duration_min' }
  | { field: 'amount'; code: 'amount_form' | 'time_not_seconds' | 'pages_not_number' }
  | { field: 'amount'; code: 'time_bounds'; min: number; max: number; days: number }
  | { field: 'amount'; code: 'pages_over'; pages: number }
  | { field: 'amount'; code: 'range_form' }
  | { field: 'amount'; code: 'range'; issue: VerseRangeIssue };

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 1;
const has = (list: readonly string[], value: string) => list.includes(value);

/** Every rule a goal request breaks; empty when `POST /v1/goals` should accept it. */
export function goalIssues({ mushafId, body }: GoalRequestInput): GoalIssue[] {
  const issues: GoalIssue[] = [];
  const { type, amount, category, duration } = body;
  if (!isMushafId(mushafId)) issues.push({ field: 'mushafId', code: 'unknown_mushaf' });
  if (!has(GOAL_TYPES, type)) issues.push({ field: 'type', code: 'unknown_type' });
  else if (category === 'QURAN' && !has(QURAN_GOAL_TYPES, type)) {
    issues.push({ field: 'type', code: 'not_quran_type' });
  }
  if (!has(GOAL_CATEGORIES, category)) issues.push({ field: 'category', code: 'unknown_category' });
  if (duration !== undefined && !isCount(duration)) {
    issues.push({ field: 'duration', code: 'duration_min' });
  }
  const days = duration !== undefined && isCount(duration) ? duration : 1;
  const amountIssue = amountRule(type, amount, isMushafId(mushafId) ? mushafId : undefined, days);
  if (amountIssue) issues.push(amountIssue);
  return issues;
}

/** The amount's rule; `days` spreads a duration goal's total (time bounds are per day). */
function amountRule(
  type: string,
  amount: number | string,
  mushafId: MushafId | undefined,
  days: number,
): GoalIssue | null {
  const isText = typeof amount === 'string';
  if (isText ? !RANGE_AMOUNT_PATTERN.test(amount) : !isCount(amount)) {
    return { field: 'amount', code: type === 'QURAN_RANGE' ? 'range_form' : 'amount_form' };
  }
  if (type === 'QURAN_TIME') {
    if (isText) return { field: 'amount', code: 'time_not_seconds' };
    const { min, max } = TIME_GOAL_SECONDS;
    const perDay = amount / days;
    if (perDay < min || perDay > max) {
      return { field: 'amount', code: 'time_bounds', min, max, days };
    }
  } else if (type === 'QURAN_PAGES') {
    if (isText) return { field: 'amount', code: 'pages_not_number' };
    const pages = mushafPageCount(mushafId ?? DEFAULT_MUSHAF_ID);
    if (amount > pages) return { field: 'amount', code: 'pages_over', pages };
  } else if (type === 'QURAN_RANGE') {
    const range = isText ? readVerseRange(amount) : null;
    if (!range) return { field: 'amount', code: 'range_form' };
    const issue = verseRangeIssue(range);
    if (issue) return { field: 'amount', code: 'range', issue };
  }
  return null;
}

/**
 * Whether putting `next` in place of a goal takes a delete and then a create. The update's
 * body cannot say "every day" (`duration` is at least 1 and no field is required), so an update
 * that leaves `duration` out may keep the old one. When `next` is daily and the goal has, or
 * may have (`known` is null: this device never saw its definition), a duration, the goal is
 * deleted and `next` created in its place.
 */
export function deletesFirst(known: GoalRequestInput | null, next: GoalRequestInput): boolean {
  return next.body.duration === undefined && (known === null || known.body.duration !== undefined);
}
