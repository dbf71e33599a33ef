import type { Context } from 'hono';
import { DATE_PATTERN, RANGES_PATTERN } from '../catalog';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';
import type { PageRequest } from '../paging';
import { parseRangeList, type VerseSpan } from '../verse';
import { requiredParam } from './validate';

/**
 * Readers of the query parameters of the activity, streak and reading-session operations.
 * What the documents' schemas refuse is answered 400; a value the schema accepts but that
 * cannot be followed (a date that is not on the calendar, a verse that does not exist, cursor
 * parameters the documents say not to combine) is answered 422.
 */

const bad = (message: string) => new ApiError(400, message);
const unprocessable = (message: string) => new ApiError(422, message);

/** Whether a `YYYY-MM-DD` text is a date of the calendar (not `2026-02-30`). */
export function isCalendarDate(date: string): boolean {
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === date;
}

/** A date given in a query or a body: the documents' pattern (400), then a calendar date (422). */
export function readDate(value: unknown, name: string): string {
  return checkCalendar(readDateForm(value, name), name);
}

/** A date in the documents' form (`YYYY-MM-DD`), else 400. */
function readDateForm(value: unknown, name: string): string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) {
    throw bad(`${name} must be a date like 2023-09-01.`);
  }
  return value;
}

/** A date of the calendar, else 422. */
function checkCalendar(date: string, name: string): string {
  if (!isCalendarDate(date)) throw unprocessable(`${name} ${date} is not a date of the calendar.`);
  return date;
}

/** An optional enumerated query parameter, or its default. */
export function choiceParam<T extends string>(
  c: Context<SandboxEnv>,
  name: string,
  allowed: readonly T[],
  fallback?: T,
): T | undefined {
  const value = c.req.query(name);
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) throw bad(`${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** `first` or `last`: an integer from 1 to 20, written in digits. */
function sizeParam(c: Context<SandboxEnv>, name: string): number | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  const number = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number < 1 || number > 20) {
    throw bad(`${name} must be a whole number from 1 to 20.`);
  }
  return number;
}

/** The cursor parameters, each of the documents' form (400). */
export function pageParams(c: Context<SandboxEnv>): PageRequest {
  return {
    first: sizeParam(c, 'first'),
    last: sizeParam(c, 'last'),
    after: c.req.query('after'),
    before: c.req.query('before'),
  };
}

/** `from` and `to`, each of the documents' form (400). */
export function windowParams(c: Context<SandboxEnv>): { from?: string; to?: string } {
  const read = (name: string) => {
    const value = c.req.query(name);
    return value === undefined ? undefined : readDateForm(value, name);
  };
  return { from: read('from'), to: read('to') };
}

/**
 * The rules of a list request whose parameters have the documents' form, checked once all of
 * them have been read (so that a request the schemas refuse is a 400 whatever else it has):
 * `from` and `to` on the calendar and in order, and the cursor parameters combined as the
 * documents say: "The only possible combinations are `first + after` or `last + before`.
 * They should not be used together".
 */
export function checkListRules(window: { from?: string; to?: string }, paging: PageRequest) {
  const { from, to } = window;
  if (from) checkCalendar(from, 'from');
  if (to) checkCalendar(to, 'to');
  if (from && to && from > to) throw unprocessable(`from ${from} is after to ${to}.`);
  const forwards = paging.first !== undefined || paging.after !== undefined;
  const backwards = paging.last !== undefined || paging.before !== undefined;
  if (forwards && backwards) {
    throw unprocessable('Use first with after, or last with before, not both together.');
  }
}

/** The estimate's `ranges` (required): the documents' pattern (400), real verses (422). */
export function rangesParam(c: Context<SandboxEnv>): VerseSpan[] {
  const value = requiredParam(c, 'ranges');
  if (!RANGES_PATTERN.test(value)) throw bad('ranges must be verse ranges like 1:1-1:7,2:1-2:5.');
  const spans = parseRangeList(value);
  if (typeof spans === 'string') throw unprocessable(spans);
  return spans;
}
