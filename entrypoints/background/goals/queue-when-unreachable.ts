import { ERROR_POLICY } from '@/utils/error-policy';
import { GoalsError, toErrorInfo } from '@/utils/errors';
import type { GoalRequest } from '@/utils/goals';
import type { GoalService } from './goal-service';

/** Whether the service could not be reached or failed: the goal can wait in the outbox. */
export const isUnreachable = (error: unknown) =>
  error instanceof GoalsError && ERROR_POLICY[error.kind].queueCreate === true;

/** Keeps a goal the service could not take now (the outbox's `add`); answers the entry's id. */
export type QueueGoal = (
  goal: GoalRequest,
  replace: boolean,
  error: unknown,
) => Promise<{ id: string }>;

/**
 * The goal service whose creates that fail unreachable wait in the outbox (answered `queued`,
 * with the failure). Composed here so that the goal service does not know the outbox: the
 * outbox's `deliver` calls the service, and only this function calls the outbox.
 */
export function queueWhenUnreachable(goals: GoalService, queue: QueueGoal): GoalService {
  return {
    ...goals,
    async createGoal(request) {
      try {
        return await goals.createGoal(request);
      } catch (error) {
        if (!isUnreachable(error)) throw error;
        // Once the old goal is deleted there is nothing left to replace: the entry creates.
        const deleted = toErrorInfo(error).oldGoalDeleted === true;
        const entry = await queue(request.goal, request.replace && !deleted, error);
        return { status: 'queued', entryId: entry.id, error: toErrorInfo(error) };
      }
    },
  };
}
