import * as z from 'zod/mini';
import { describeVerseRangeIssue } from './issue-words';
import { VerseRangeShape } from './schema';
import { verseRangeIssue } from './verses';

/** An ordered, inclusive range of real verses; it may cross surahs. */
export const VerseRangeSchema = VerseRangeShape.check(
  z.superRefine((range, ctx) => {
    const issue = verseRangeIssue(range);
    if (issue) ctx.addIssue({ code: 'custom', message: describeVerseRangeIssue(issue) });
  }),
);
