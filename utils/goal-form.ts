import type { GoalIssue, GoalRequestInput } from './goal-rules';
import { DEFAULT_MUSHAF_ID } from './mushafs';
import type { VerseRangeIssue } from './quran/verses';

// The popup's goal form as plain data: what the reader typed, and the goal it makes.

/** The three goal types the form offers directly. */
export type FormGoalType = 'QURAN_TIME' | 'QURAN_PAGES' | 'QURAN_RANGE';
/** Every day; over a number of days; by a date (turned into a number of days). */
export type Schedule = 'daily' | 'days' | 'date';

/** What the reader typed, kept as text so that half-typed values survive. */
export interface Draft {
  type: FormGoalType;
  /** null: not chosen yet (the reader must say how a goal of unknown definition runs). */
  schedule: Schedule | null;
  minutes: string;
  pages: string;
  /** `S:A` */
  from: string;
  /** `S:A` */
  to: string;
  days: string;
  /** `YYYY-MM-DD` */
  finishBy: string;
  mushafId: number;
  /** The advanced goal: any type and category with a raw amount, used when `on`. */
  raw: { on: boolean; type: string; category: string; amount: string };
  /** The preset the form was last filled from, until the reader changes it. */
  preset: string | null;
}

/** The form before the reader touches it: the recommended "10 minutes a day". */
export const DEFAULT_DRAFT: Draft = {
  type: 'QURAN_TIME',
  schedule: 'daily',
  minutes: '10',
  pages: '1',
  from: '1:1',
  to: '1:7',
  days: '30',
  finishBy: '',
  mushafId: DEFAULT_MUSHAF_ID,
  raw: { on: false, type: 'COURSE', category: 'COURSE', amount: '' },
  preset: 'minutes10',
};

/** The form's fields, as errors are attached to them. */
export type FormField =
  | 'schedule'
  | 'minutes'
  | 'pages'
  | 'from'
  | 'to'
  | 'days'
  | 'finishBy'
  | 'mushafId'
  | 'rawType'
  | 'rawCategory'
  | 'rawAmount';

/** One problem with the form, as data; the popup words it in the reader's language. */
export type FormIssue = { field: FormField } & (
  | { code: 'required' | 'number' | 'verse' | 'date_past' | 'at_least_one' }
  /** `min` and `max` minutes a day; `days` > 1 for a goal over days (the field is the total). */
  | { code: 'minutes_bounds'; min: number; max: number; days: number }
  | { code: 'pages_over'; pages: number }
  | { code: 'range'; issue: VerseRangeIssue }
  | { code: 'rule'; issue: GoalIssue }
);

/** The form read: the goal it makes (when valid), its length in days, and its problems. */
export interface FormResult {
  request: GoalRequestInput | null;
  /** Days of the goal; null for a daily goal. */
  duration: number | null;
  issues: FormIssue[];
}

const DAY_MS = 86_400_000;
const utc = (ymd: string) => Date.UTC(+ymd.slice(0, 4), +ymd.slice(5, 7) - 1, +ymd.slice(8, 10));

/** One date formatter per time zone: making one costs far more than using it. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Today's date (`YYYY-MM-DD`) in a time zone; without one, in the browser's own, read from
 * the clock without loading any time zone data.
 */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (timeZone === undefined) {
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The date `days` after a date (`YYYY-MM-DD`). */
export function addDays(ymd: string, days: number): string {
  return new Date(utc(ymd) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days of a goal that starts today and ends on `finishBy`, both counted; ≤ 0 when past. */
export function daysThrough(today: string, finishBy: string): number {
  return Math.round((utc(finishBy) - utc(today)) / DAY_MS) + 1;
}

/** The last day of a goal of `duration` days that starts today. */
export function lastDay(today: string, duration: number): string {
  return addDays(today, duration - 1);
}
