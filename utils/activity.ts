import * as z from 'zod/mini';
import { ErrorInfoSchema } from './errors';
import { MushafIdSchema } from './goals';
import { VerseRangeSchema } from './quran/range-schema';
import { VerseKeySchema } from './quran/schema';

// The reading activity and streak endpoints of the User API, as the official documents give
// them (contract/qf-api, "Activity Days" and "Streaks"). Logging reading is what moves a goal's
// progress and the streak; reading sessions only keep the resume position.

/** A day in the reader's calendar, `YYYY-MM-DD`. */
export const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
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

/** One item of `GET /v1/reading-sessions`: where a reading session stopped, and when. */
export const ReadingSessionSchema = z.object({
  id: z.string(),
  updatedAt: z.string(),
  chapterNumber: z.optional(z.int()),
  verseNumber: z.optional(z.int()),
});

/** `GET /v1/reading-sessions` answer: a page of sessions. */
export const ReadingSessionsResponseSchema = z.object({
  success: z.literal(true),
  data: z.array(ReadingSessionSchema),
});

/**
 * A reading the reader logs ("Add reading", "Mark as read"): verses read, minutes, or both, on
 * a day (today when left out). Without seconds, they come from `estimate-reading-time`.
 */
export const ReadingEntrySchema = z
  .object({
    mushafId: MushafIdSchema,
    ranges: z.array(VerseRangeSchema),
    seconds: z.optional(z.int().check(z.minimum(1))),
    date: z.optional(DateSchema),
  })
  .check(
    z.refine((entry) => entry.ranges.length > 0 || entry.seconds !== undefined, {
      message: 'Give the verses read or the minutes read.',
    }),
  );
export type ReadingEntry = z.infer<typeof ReadingEntrySchema>;

/**
 * What became of a reading: logged (the day and what was sent), found already logged when an
 * unknown outcome was checked, or kept to be sent when the service is reachable again.
 */
export const ReadingLoggedSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.enum(['logged', 'found']),
    date: DateSchema,
    seconds: z.int(),
    ranges: z.array(z.string()),
  }),
  z.object({ status: z.literal('queued'), entryId: z.string(), error: ErrorInfoSchema }),
]);
export type ReadingLogged = z.infer<typeof ReadingLoggedSchema>;

/** What was read from a day through today: seconds, pages, and the ranges (`S:A-S:A`). */
export const ReadSinceSchema = z.object({
  since: DateSchema,
  seconds: z.number().check(z.minimum(0)),
  pages: z.number().check(z.minimum(0)),
  ranges: z.array(z.string()),
});
export type ReadSince = z.infer<typeof ReadSinceSchema>;

/**
 * The reader's day beyond today's plan: the streak (null when not known: no scope, or the
 * call failed), whether anything was read today, where the last reading session stopped, and,
 * when asked from a day (a goal's start), what was read since then.
 */
export const TodaySchema = z.object({
  streakDays: z.nullable(z.int().check(z.minimum(0))),
  readToday: z.nullable(z.boolean()),
  lastPosition: z.nullable(VerseKeySchema),
  read: z.optional(z.nullable(ReadSinceSchema)),
});
export type Today = z.infer<typeof TodaySchema>;
