import { ApiErrorEnvelopeSchema, type ErrorInfo } from '../../utils/errors';
import type { GoalRequest, TodaysPlan } from '../../utils/goals';
import type { Answer } from './extension';

// How the answers the run saw are put into words, as evidence in the findings.

export const isSuccess = (status: number) => status >= 200 && status < 300;

export function describeError(error: ErrorInfo): string {
  return `${error.kind}${error.status ? ` ${error.status}` : ''}: "${error.message}"`;
}

/** An API error answer in short: `type: "message"`, or the body as it came. */
export function describeBody(body: unknown): string {
  const envelope = ApiErrorEnvelopeSchema.safeParse(body);
  if (envelope.success) return `${envelope.data.type}: "${envelope.data.message}"`;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/**
 * The goal today's plan shows, by its `goalId`. The plan's `id` is the day's, not the goal's,
 * so a plan without `goalId` leaves the goal unnamed.
 */
export const planGoal = (plan: TodaysPlan) =>
  plan.goalId ? `goal ${plan.goalId}` : 'a goal but not its id';

export function describePlan(plan: Answer<'getTodaysPlan'>): string {
  if (!plan.ok) return `today's plan failed (${describeError(plan.error)})`;
  if (!plan.value.hasGoal) return "today's plan showed no goal";
  const target = plan.value.dailyTargetSeconds;
  return `today's plan showed ${planGoal(plan.value)}${target === undefined ? '' : ` (${target} s today)`}`;
}

export function describeGoal({ mushafId, body }: GoalRequest): string {
  const over = body.duration ? ` over ${body.duration} days` : ' a day';
  return `${body.type} ${body.amount}${over} (mushaf ${mushafId})`;
}
