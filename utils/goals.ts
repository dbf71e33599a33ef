import { z } from 'zod';
import { VerseRangeAmountSchema } from './verse-range';

/** Goal types `POST /v1/goals` accepts. */
export const GoalTypeSchema = z.enum([
  'QURAN_TIME',
  'QURAN_PAGES',
  'QURAN_RANGE',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
]);
export type GoalType = z.infer<typeof GoalTypeSchema>;

/** Goal types that have a daily plan (`get-todays-plan` takes only these). */
export const QuranGoalTypeSchema = z.enum(['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE']);
export type QuranGoalType = z.infer<typeof QuranGoalTypeSchema>;

/** Goal categories. */
export const GoalCategorySchema = z.enum([
  'QURAN',
  'COURSE',
  'QURAN_READING_PROGRAM',
  'RAMADAN_CHALLENGE',
]);
export type GoalCategory = z.infer<typeof GoalCategorySchema>;

/** Mushaf ids with their names and page counts (shared/qf-api README). */
export const MUSHAFS = [
  { id: 1, name: 'QCF V2', pages: 604 },
  { id: 2, name: 'QCF V1', pages: 604 },
  { id: 3, name: 'IndoPak', pages: 604 },
  { id: 4, name: 'Uthmani Hafs', pages: 604 },
  { id: 5, name: 'KFGQPC Hafs', pages: 604 },
  { id: 6, name: 'IndoPak 15 lines', pages: 610 },
  { id: 7, name: 'IndoPak 16 lines', pages: 548 },
  { id: 11, name: 'Tajweed', pages: 604 },
  { id: 19, name: 'QCF Tajweed V4', pages: 604 },
] as const;
export type MushafId = (typeof MUSHAFS)[number]['id'];
export const MushafIdSchema = z.union(MUSHAFS.map((m) => z.literal(m.id))) as z.ZodType<MushafId>;
/** Quran.com's default mushaf. */
export const DEFAULT_MUSHAF_ID: MushafId = 4;

/** Page count of a mushaf. */
export function mushafPageCount(id: MushafId): number {
  return MUSHAFS.find((m) => m.id === id)?.pages ?? 604;
}

/** `amount`: integer (seconds, pages, or a raw amount) or an `S:A-S:A` range. */
export const GoalAmountSchema = z.union([z.int().min(1), z.string().regex(/^\d+:\d+-\d+:\d+$/)]);

/** Body of `POST /v1/goals`: exactly these keys. */
export const GoalBodySchema = z.strictObject({
  type: GoalTypeSchema,
  amount: GoalAmountSchema,
  category: GoalCategorySchema,
  duration: z.int().min(1).optional(),
});
export type GoalBody = z.infer<typeof GoalBodySchema>;

/** Quran.com's own bounds for a time goal, in seconds. */
export const TIME_GOAL_SECONDS = { min: 60, max: 14400 } as const;

/**
 * A goal as the product sends it: the body and the mushaf, with the rules each type's
 * amount follows (seconds, pages within the mushaf, real verses in order).
 */
export const GoalRequestSchema = z
  .object({ mushafId: MushafIdSchema, body: GoalBodySchema })
  .superRefine(({ mushafId, body }, ctx) => {
    const issue = (message: string) =>
      ctx.addIssue({ code: 'custom', path: ['body', 'amount'], message });
    if (body.category === 'QURAN' && !QuranGoalTypeSchema.safeParse(body.type).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['body', 'type'],
        message: 'A Quran goal is time, pages or a verse range.',
      });
    }
    if (body.type === 'QURAN_TIME') {
      if (typeof body.amount !== 'number') issue('A time goal is a number of seconds.');
      else if (body.amount < TIME_GOAL_SECONDS.min || body.amount > TIME_GOAL_SECONDS.max)
        issue('Choose between 1 minute and 4 hours a day.');
    } else if (body.type === 'QURAN_PAGES') {
      const pages = mushafPageCount(mushafId);
      if (typeof body.amount !== 'number') issue('A pages goal is a number of pages.');
      else if (body.amount > pages) issue(`This mushaf has ${pages} pages.`);
    } else if (body.type === 'QURAN_RANGE') {
      const result = VerseRangeAmountSchema.safeParse(body.amount);
      if (!result.success) issue(result.error.issues[0]?.message ?? 'Not a verse range.');
    }
  });
export type GoalRequest = z.infer<typeof GoalRequestSchema>;

/** Fields of `PUT /v1/goals/{id}`: none required. */
export const GoalUpdateSchema = z.object({
  goalId: z.string().min(1),
  mushafId: MushafIdSchema,
  body: GoalBodySchema.partial(),
});
export type GoalUpdate = z.infer<typeof GoalUpdateSchema>;

/** `POST /v1/goals` answer. */
export const CreateGoalResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ id: z.string().min(1) }),
});

/** `PUT /v1/goals/{id}` answer. */
export const UpdateGoalResponseSchema = z.object({ success: z.literal(true), data: z.object({}) });

/** `DELETE /v1/goals/{id}` answer. */
export const DeleteGoalResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ message: z.string().optional() }),
});

/** One day of `GET /v1/goals/estimate`; page amounts may be fractional. */
export const EstimateDaySchema = z.object({
  date: z.string(),
  amount: z.union([z.number().positive(), z.string().min(1)]),
});
export type EstimateDay = z.infer<typeof EstimateDaySchema>;

/** `GET /v1/goals/estimate` answer: up to a week. */
export const EstimateResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ week: z.array(EstimateDaySchema) }),
});

const rangesSchema = z.array(z.string());
/** Today's plan: whether a goal exists, its id and today's progress. */
export const TodaysPlanSchema = z.object({
  hasGoal: z.boolean(),
  goalId: z.string().optional(),
  id: z.string().optional(),
  date: z.string().optional(),
  progress: z.number().min(0).max(1).optional(),
  type: z.string().optional(),
  ranges: rangesSchema.optional(),
  pagesRead: z.number().optional(),
  secondsRead: z.number().optional(),
  versesRead: z.number().optional(),
  manuallyAddedSeconds: z.number().optional(),
  dailyTargetPages: z.number().optional(),
  dailyTargetSeconds: z.number().optional(),
  dailyTargetRanges: rangesSchema.optional(),
  remainingDailyTargetRanges: rangesSchema.optional(),
  mushafId: z.number().optional(),
});
export type TodaysPlan = z.infer<typeof TodaysPlanSchema>;

/** `GET /v1/goals/get-todays-plan` answer. */
export const TodaysPlanResponseSchema = z.object({
  success: z.literal(true),
  data: TodaysPlanSchema,
});
