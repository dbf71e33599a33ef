import * as z from 'zod/mini';
import { describeGoalIssue } from './goal-issue-words';
import {
  GOAL_CATEGORIES,
  GOAL_TYPES,
  goalIssues,
  QURAN_GOAL_TYPES,
  RANGE_AMOUNT_PATTERN,
} from './goal-rules';
import { MUSHAFS, type MushafId } from './mushafs';

// The rules themselves (mushafs, time bounds, ranges) live in `goal-rules.ts`, free of zod, so
// that the popup checks a goal with the same code without loading zod.

/** Goal types `POST /v1/goals` accepts. */
export const GoalTypeSchema = z.enum(GOAL_TYPES);
export type GoalType = z.infer<typeof GoalTypeSchema>;

/** Goal types that have a daily plan (`get-todays-plan` takes only these). */
export const QuranGoalTypeSchema = z.enum(QURAN_GOAL_TYPES);
export type QuranGoalType = z.infer<typeof QuranGoalTypeSchema>;

/** Goal categories. */
export const GoalCategorySchema = z.enum(GOAL_CATEGORIES);
export type GoalCategory = z.infer<typeof GoalCategorySchema>;

/** One of the nine mushaf ids (`MushafId`, from `mushafs.ts`). */
export const MushafIdSchema = z.union(
  MUSHAFS.map((m) => z.literal(m.id)),
) as z.ZodMiniType<MushafId>;

/** `amount`: integer (seconds, pages, or a raw amount) or an `S:A-S:A` range. */
export const GoalAmountSchema = z.union([
  z.int().check(z.minimum(1)),
  z.string().check(z.regex(RANGE_AMOUNT_PATTERN)),
]);

/** Body of `POST /v1/goals`: exactly these keys. */
export const GoalBodySchema = z.strictObject({
  type: GoalTypeSchema,
  amount: GoalAmountSchema,
  category: GoalCategorySchema,
  duration: z.optional(z.int().check(z.minimum(1))),
});
export type GoalBody = z.infer<typeof GoalBodySchema>;

/**
 * A goal as the product sends it: the body and the mushaf, with the rules each type's
 * amount follows (seconds, pages within the mushaf, real verses in order).
 */
export const GoalRequestSchema = z.object({ mushafId: MushafIdSchema, body: GoalBodySchema }).check(
  z.superRefine((request, ctx) => {
    for (const issue of goalIssues(request)) {
      const path = issue.field === 'mushafId' ? ['mushafId'] : ['body', issue.field];
      ctx.addIssue({ code: 'custom', path, message: describeGoalIssue(issue) });
    }
  }),
);
export type GoalRequest = z.infer<typeof GoalRequestSchema>;

/** Fields of `PUT /v1/goals/{id}`: none required. */
export const GoalUpdateSchema = z.object({
  goalId: z.string().check(z.minLength(1)),
  mushafId: MushafIdSchema,
  body: z.partial(GoalBodySchema),
});
export type GoalUpdate = z.infer<typeof GoalUpdateSchema>;

/** `POST /v1/goals` answer. */
export const CreateGoalResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ id: z.string().check(z.minLength(1)) }),
});

/** `PUT /v1/goals/{id}` answer. */
export const UpdateGoalResponseSchema = z.object({ success: z.literal(true), data: z.object({}) });

/** `DELETE /v1/goals/{id}` answer. */
export const DeleteGoalResponseSchema = z.object({
  success: z.literal(true),
  data: z.object({ message: z.optional(z.string()) }),
});

/** One day of `GET /v1/goals/estimate`; page amounts may be fractional. */
export const EstimateDaySchema = z.object({
  date: z.string(),
  amount: z.union([z.number().check(z.positive()), z.string().check(z.minLength(1))]),
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
  goalId: z.optional(z.string()),
  id: z.optional(z.string()),
  date: z.optional(z.string()),
  progress: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  type: z.optional(z.string()),
  ranges: z.optional(rangesSchema),
  pagesRead: z.optional(z.number()),
  secondsRead: z.optional(z.number()),
  versesRead: z.optional(z.number()),
  manuallyAddedSeconds: z.optional(z.number()),
  dailyTargetPages: z.optional(z.number()),
  dailyTargetSeconds: z.optional(z.number()),
  dailyTargetRanges: z.optional(rangesSchema),
  remainingDailyTargetRanges: z.optional(rangesSchema),
  mushafId: z.optional(z.number()),
});
export type TodaysPlan = z.infer<typeof TodaysPlanSchema>;

/** `GET /v1/goals/get-todays-plan` answer. */
export const TodaysPlanResponseSchema = z.object({
  success: z.literal(true),
  data: TodaysPlanSchema,
});
