import * as z from 'zod/mini';
import { DateSchema } from '../activity';
import { ErrorInfoSchema } from '../errors';
import { MushafIdSchema } from '../goals';
import { AccountOwnerSchema } from '../messages';
import { VerseRangeSchema } from '../quran/range-schema';
import { defineValidatedItem, listOf } from './index';
import { READING_QUEUE_KEY } from './keys';

/**
 * A reading as it is sent: its day fixed when the reader logged it (a reading kept tonight is
 * still today's when it goes tomorrow), and its seconds once known (given, or estimated).
 */
export const PendingReadingSchema = z.object({
  mushafId: MushafIdSchema,
  ranges: z.array(VerseRangeSchema),
  seconds: z.optional(z.int().check(z.minimum(1))),
  date: DateSchema,
});
export type PendingReading = z.infer<typeof PendingReadingSchema>;

/** What the reader's day held before the reading was first sent: what a later check compares. */
export const ReadingBaselineSchema = z.object({
  /** The day's `secondsRead`; null when the API gave none. */
  secondsRead: z.nullable(z.number()),
  /** The day's `ranges` (`S:A-S:A`, several to an item separated by commas). */
  ranges: z.array(z.string()),
});
export type ReadingBaseline = z.infer<typeof ReadingBaselineSchema>;

/**
 * A reading waiting to be logged, for the account that logged it. `postedAt`: when a POST of
 * it left whose outcome is unknown (it may have reached the service), so the day is read and
 * compared with `baseline` before any other is sent; null when none may have landed.
 */
export const QueuedReadingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Sent only while this account is signed in, and shown only to it. */
  owner: AccountOwnerSchema,
  reading: PendingReadingSchema,
  /** Null until the day was read before a first POST. */
  baseline: z.nullable(ReadingBaselineSchema),
  /** Epoch milliseconds. */
  postedAt: z.nullable(z.number()),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  state: z.enum(['waiting', 'sending', 'failed']),
  attempts: z.int().check(z.minimum(0)),
  /** Epoch milliseconds of the last send's start. */
  sentAt: z.optional(z.number()),
  lastError: z.optional(ErrorInfoSchema),
});
export type QueuedReading = z.infer<typeof QueuedReadingSchema>;

/** Background only: readings waiting to be logged, oldest first; kept across browser restarts. */
export const readingQueueItem = defineValidatedItem(
  `local:${READING_QUEUE_KEY}`,
  listOf<QueuedReading>(QueuedReadingSchema),
  { fallback: [], version: 1 },
);
