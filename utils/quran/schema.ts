import * as z from 'zod/mini';

// The one definition of a verse and of a range. Every module takes its types from here
// (`import type`, so that content scripts, which only use the types, load no zod); messages
// and storage parse ranges with `VerseRangeSchema` (range-schema.ts), which also checks them.

/** A verse reference, surah and ayah numbers (not checked against the Quran). */
export const VerseKeySchema = z.object({ surah: z.int(), ayah: z.int() });
/** A verse reference, surah and ayah numbers; the functions named `parse…` answer real ones. */
export type VerseKey = z.infer<typeof VerseKeySchema>;

/** The shape of a range, `from` then `to`, before its verses are checked. */
export const VerseRangeShape = z.object({ from: VerseKeySchema, to: VerseKeySchema });
/** An inclusive range of verses, `from` then `to`; `verseRangeIssue` says whether it is valid. */
export type VerseRange = z.infer<typeof VerseRangeShape>;
