import * as z from 'zod/mini';
import { describeVerseRangeIssue, type VerseRef, type VerseSpan, verseRangeIssue } from './verses';

// The zod side of verse references; the plain functions they use live in `verses.ts`.

/** A verse reference, surah and ayah numbers (not checked against the Quran). */
export const VerseKeySchema = z.object({
  surah: z.int(),
  ayah: z.int(),
}) satisfies z.ZodMiniType<VerseRef>;
export type VerseKey = z.infer<typeof VerseKeySchema>;

/** An ordered, inclusive range of real verses; it may cross surahs. */
export const VerseRangeSchema = z.object({ from: VerseKeySchema, to: VerseKeySchema }).check(
  z.superRefine((range, ctx) => {
    const issue = verseRangeIssue(range);
    if (issue) ctx.addIssue({ code: 'custom', message: describeVerseRangeIssue(issue) });
  }),
) satisfies z.ZodMiniType<VerseSpan>;
export type VerseRange = z.infer<typeof VerseRangeSchema>;

/** The API's `amount` for a range goal: `S:A-S:A` of real verses, not backwards. */
export const VerseRangeAmountSchema = z.string().check(
  z.regex(/^\d+:\d+-\d+:\d+$/, 'A range is written S:A-S:A, for example 2:255-2:286.'),
  z.superRefine((text, ctx) => {
    const [from = '', to = ''] = text.split('-');
    const [s1, a1] = from.split(':').map(Number);
    const [s2, a2] = to.split(':').map(Number);
    const issue = verseRangeIssue({
      from: { surah: s1 ?? 0, ayah: a1 ?? 0 },
      to: { surah: s2 ?? 0, ayah: a2 ?? 0 },
    });
    if (issue) ctx.addIssue({ code: 'custom', message: describeVerseRangeIssue(issue) });
  }),
);
