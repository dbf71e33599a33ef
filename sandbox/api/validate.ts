import type { Context } from 'hono';
import {
  GOAL_CATEGORIES,
  GOAL_TYPES,
  type GoalCategory,
  type GoalType,
  MUSHAF_PAGE_COUNTS,
  RANGE_AMOUNT_PATTERN,
} from '../catalog';
import { isTimeZone } from '../dates';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';

/**
 * Checks that requests have the shape the documents describe. A request that does not
 * (missing or malformed parameter, unknown body key, wrong type) is answered 400; the
 * rules the documents leave to the server are in `rules.ts` and answered 422.
 */

/** The body fields of create and update. */
export interface GoalFields {
  type?: GoalType;
  amount?: number | string;
  category?: GoalCategory;
  duration?: number;
}

/** The fields the create body requires (every field is optional on update). */
export const REQUIRED_BODY_KEYS = ['type', 'amount', 'category'] as const;
const BODY_KEYS: readonly string[] = [...REQUIRED_BODY_KEYS, 'duration'];
const bad = (message: string) => new ApiError(400, message);
const isWhole = (value: unknown, min: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min;

/** The request's JSON body, or 400. */
export async function readJson(c: Context<SandboxEnv>): Promise<unknown> {
  try {
    return JSON.parse(await c.req.text());
  } catch {
    throw bad('The body is not valid JSON.');
  }
}

/** A goal body as the documents allow it; `partial` for update (no key required). */
export function readGoalBody(body: unknown, partial: boolean): GoalFields {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw bad('The body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !BODY_KEYS.includes(key));
  if (unknown.length) throw bad(`Unknown body key: ${unknown.join(', ')}.`);
  for (const key of partial ? [] : REQUIRED_BODY_KEYS) {
    if (!(key in fields)) throw bad(`The body needs "${key}".`);
  }
  const { type, amount, category, duration } = fields;
  if ('type' in fields && !GOAL_TYPES.includes(type as GoalType)) {
    throw bad(`type must be one of ${GOAL_TYPES.join(', ')}.`);
  }
  if ('category' in fields && !GOAL_CATEGORIES.includes(category as GoalCategory)) {
    throw bad(`category must be one of ${GOAL_CATEGORIES.join(', ')}.`);
  }
  if ('amount' in fields && !isWhole(amount, 1)) {
    if (typeof amount !== 'string' || !RANGE_AMOUNT_PATTERN.test(amount)) {
      throw bad('amount must be a whole number of at least 1 or a range like "2:1-2:29".');
    }
  }
  if ('duration' in fields && !isWhole(duration, 1))
    throw bad('duration must be a whole number of days, at least 1.');
  return fields as GoalFields;
}

/** A required query parameter. */
export function requiredParam(c: Context<SandboxEnv>, name: string): string {
  const value = c.req.query(name);
  if (value === undefined || value === '') throw bad(`The query parameter ${name} is missing.`);
  return value;
}

/** An integer query parameter of at least `min`. */
export function wholeParam(value: string, name: string, min: number): number {
  const number = /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(number >= min)) throw bad(`${name} must be a whole number of at least ${min}.`);
  return number;
}

/** `mushafId`: one of the documented ids. */
export function readMushafId(c: Context<SandboxEnv>): number {
  const value = requiredParam(c, 'mushafId');
  if (!/^\d+$/.test(value) || !Object.hasOwn(MUSHAF_PAGE_COUNTS, Number(value))) {
    throw bad(`mushafId must be one of ${Object.keys(MUSHAF_PAGE_COUNTS).join(', ')}.`);
  }
  return Number(value);
}

/** An enumerated query parameter. */
export function enumParam<T extends string>(
  c: Context<SandboxEnv>,
  name: string,
  allowed: readonly T[],
): T {
  const value = requiredParam(c, name);
  if (!allowed.includes(value as T)) throw bad(`${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
}

/** The estimate's `amount`: an integer of at least 1 or a verse range. */
export function amountParam(c: Context<SandboxEnv>): number | string {
  const value = requiredParam(c, 'amount');
  if (RANGE_AMOUNT_PATTERN.test(value)) return value;
  return wholeParam(value, 'amount', 1);
}

/**
 * The reader's time zone (`x-timezone`): UTC when absent. A name that is not an IANA zone
 * is read as UTC too, or answered 400 when `strict`.
 */
export function readZone(c: Context<SandboxEnv>, strict: boolean): string {
  const zone = c.req.header('x-timezone') || 'UTC';
  if (isTimeZone(zone)) return zone;
  if (strict) throw bad(`x-timezone "${zone}" is not an IANA time zone.`);
  return 'UTC';
}
