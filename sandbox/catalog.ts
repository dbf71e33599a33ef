/**
 * The enumerations of the official Quran Foundation documents that the sandbox needs,
 * written out here so that the sandbox runs without the documents beside it. The contract
 * tests compare every answer with the documents themselves.
 */

/**
 * Page count of each mushaf id the documents list: 604, except ids 6 and 7 (the counts are
 * from contract/qf-api/README.md; the documents list only the ids).
 */
export const MUSHAF_PAGE_COUNTS: Readonly<Record<number, number>> = {
  1: 604,
  2: 604,
  3: 604,
  4: 604,
  5: 604,
  6: 610,
  7: 548,
  11: 604,
  19: 604,
};

/**
 * A number of pages of one mushaf as pages of another, in proportion to their page counts
 * (the same number when both have as many pages).
 */
export function convertPages(pages: number, from: number, to: number): number {
  const fromCount = MUSHAF_PAGE_COUNTS[from];
  const toCount = MUSHAF_PAGE_COUNTS[to];
  if (!fromCount || !toCount || fromCount === toCount) return pages;
  return (pages * toCount) / fromCount;
}

/** Goal types the create, update and estimate operations accept. */
export const GOAL_TYPES = [
  'QURAN_TIME',
  'QURAN_PAGES',
  'QURAN_RANGE',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

/**
 * Quran reading goal types: the `type` today's plan accepts, and the goals the sandbox can
 * plan day by day.
 */
export const QURAN_GOAL_TYPES = ['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE'] as const;
export type QuranGoalType = (typeof QURAN_GOAL_TYPES)[number];

/** Whether a goal type is a Quran reading type. */
export function isQuranGoalType(type: string): type is QuranGoalType {
  return (QURAN_GOAL_TYPES as readonly string[]).includes(type);
}

/** Goal categories (`category` in bodies, `?category=` on delete). */
export const GOAL_CATEGORIES = [
  'QURAN',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

/**
 * Activity types (`type` of `POST /v1/activity-days` and `GET /v1/activity-days`) as each
 * document lists them: the production document has twelve, the pre-live one three.
 */
export const ACTIVITY_TYPES = {
  production: [
    'QURAN',
    'LESSON',
    'LEARNING_PLAN',
    'QURAN_READING_PROGRAM',
    'TAFSIR',
    'ANSWERS',
    'HADITH',
    'LAYERS',
    'QIRAAT',
    'AUDIO',
    'REFLECTIONS',
    'LESSONS',
  ],
  prelive: ['QURAN', 'LESSON', 'QURAN_READING_PROGRAM'],
} as const;
export type ActivityType = (typeof ACTIVITY_TYPES.production)[number];

/** Streak types (`type` of both streak operations): the documents list only Quran reading. */
export const STREAK_TYPES = ['QURAN'] as const;

/** The documents' pattern for `ranges` items and the estimate's `ranges`: `1:1-1:2,2:1-2:5`. */
export const RANGES_PATTERN = /^(\d+:\d+-\d+:\d+(?:,\d+:\d+-\d+:\d+)*)$/;

/** The documents' pattern for a date (`from`, `to`, `date`). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The most items a page can hold: the documents' maximum for `first` and `last`. */
export const MAX_PAGE_SIZE = 20;

/** Verses in the Quran (1:1 to 114:6). */
export const QURAN_VERSE_COUNT = 6236;

/** The documents' pattern for a verse-range amount (`2:1-2:29`). */
export const RANGE_AMOUNT_PATTERN = /^(\d+):(\d+)-(\d+):(\d+)$/;

/** Seconds in a day: the most a time goal can ask of one day under `timeCap`. */
export const SECONDS_PER_DAY = 86_400;

/** The error `type` and example message the documents give for each status. */
export const API_ERRORS = {
  400: {
    type: 'invalid_request',
    message: 'The request is missing required headers or is invalid',
  },
  401: { type: 'unauthorized', message: 'The request requires user authentication' },
  403: {
    type: 'forbidden',
    message: 'The server understood the request, but refuses to authorize it',
  },
  404: { type: 'not_found', message: 'The requested resource could not be found' },
  422: {
    type: 'unprocessable_entity',
    message: 'The request was well-formed but was unable to be followed due to semantic errors',
  },
  429: { type: 'rate_limit_exceeded', message: 'Too many requests, please try again later' },
  500: {
    type: 'internal_server_error',
    message: 'The server encountered an internal error and was unable to complete your request',
  },
  502: {
    type: 'bad_gateway',
    message:
      'The server was acting as a gateway or proxy and received an invalid response from the upstream server',
  },
  503: {
    type: 'service_unavailable',
    message:
      'The server is currently unable to handle the request due to a temporary overload or scheduled maintenance',
  },
  504: {
    type: 'gateway_timeout',
    message:
      'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server',
  },
} as const;
export type ApiErrorStatus = keyof typeof API_ERRORS;

/** Whether a number is one of the documented error statuses. */
export function isApiErrorStatus(status: unknown): status is ApiErrorStatus {
  return typeof status === 'number' && Object.hasOwn(API_ERRORS, status);
}
