import * as z from 'zod/mini';
import { MushafIdSchema } from './goals';

// The reading activity and streak endpoints of the User API, as the official documents give
// them (contract/qf-api, "Activity Days" and "Streaks"). Logging reading is what moves a goal's
// progress and the streak; reading sessions only keep the resume position.

/** A day in the reader's calendar, `YYYY-MM-DD`. */
const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
/** One item of `ranges`: comma-separated `S:A-S:A` ranges (the documents' pattern). */
const RangesTextSchema = z.string().check(z.regex(/^(\d+:\d+-\d+:\d+(?:,\d+:\d+-\d+:\d+)*)$/));

/**
 * Body of `POST /v1/activity-days` for Quran reading: exactly these keys. `seconds` is at least
 * 1; `date` is today or earlier in the `x-timezone` zone, today when left out.
 */
export const QuranActivityBodySchema = z.strictObject({
  type: z.literal('QURAN'),
  seconds: z.int().check(z.minimum(1)),
  ranges: z.array(RangesTextSchema),
  mushafId: MushafIdSchema,
  date: z.optional(DateSchema),
});
export type QuranActivityBody = z.infer<typeof QuranActivityBodySchema>;

/** `POST /v1/activity-days` answer: the documents give `data` as an object and no more. */
export const LogActivityResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({}),
});

const numberOrAbsent = z.optional(z.nullable(z.number()));
/** One day of `GET /v1/activity-days`. */
export const ActivityDaySchema = z.object({
  id: z.string(),
  date: DateSchema,
  progress: z.number().check(z.minimum(0), z.maximum(1)),
  type: z.string(),
  mushafId: z.number(),
  ranges: z.optional(z.nullable(z.array(z.string()))),
  pagesRead: numberOrAbsent,
  secondsRead: numberOrAbsent,
  versesRead: numberOrAbsent,
  manuallyAddedSeconds: numberOrAbsent,
});
export type ActivityDay = z.infer<typeof ActivityDaySchema>;

/** `GET /v1/activity-days` answer: a page of days and where the next one starts. */
export const ActivityDaysResponseSchema = z.object({
  success: z.literal(true),
  data: z.array(ActivityDaySchema),
  pagination: z.optional(
    z.object({
      startCursor: z.optional(z.nullable(z.string())),
      endCursor: z.optional(z.nullable(z.string())),
      hasNextPage: z.optional(z.boolean()),
      hasPreviousPage: z.optional(z.boolean()),
    }),
  ),
});

/** `GET /v1/activity-days/estimate-reading-time` answer. */
export const ReadingTimeResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ seconds: z.int().check(z.minimum(0)) }),
});

/** `GET /v1/streaks/current-streak-days` answer. */
export const CurrentStreakResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ days: z.int().check(z.minimum(0)) }),
});
