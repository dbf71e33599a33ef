import * as z from 'zod/mini';
import { defineValidatedItem } from './index';
import { REMINDERS_SENT_KEY } from './keys';

/** The two notifications of the daily reminder: at the reader's time, and the last-chance nudge. */
export const ReminderKindSchema = z.enum(['reminder', 'nudge']);
export type ReminderKind = z.infer<typeof ReminderKindSchema>;

/** A notification shown: on which reader-day (`YYYY-MM-DD`), which kind, and what it opens. */
export const SentReminderSchema = z.object({
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kind: ReminderKindSchema,
  url: z.string(),
});
export type SentReminder = z.infer<typeof SentReminderSchema>;

/**
 * Background only: the last notification shown of each kind, so that none is shown twice on
 * one reader-day (also across worker and browser restarts), and a click opens what it said.
 */
export const remindersSentItem = defineValidatedItem(
  `local:${REMINDERS_SENT_KEY}`,
  z.array(SentReminderSchema),
  { fallback: [], version: 1 },
);
