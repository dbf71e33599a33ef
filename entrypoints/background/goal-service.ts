import { GoalsError } from '@/utils/errors';
import { type GoalRequest, QuranGoalTypeSchema } from '@/utils/goals';
import type { CreateGoalResult, MessagePayload, MessageResponse } from '@/utils/messages';
import type { GoalsApi } from './goals-api';

/** The product's goal actions, as the extension pages ask for them (FLOWS.md). */
export interface GoalService {
  /** Creates a goal unless one exists; replaces the existing one only when asked. */
  createGoal(request: MessagePayload<'createGoal'>): Promise<CreateGoalResult>;
  /**
   * The id of the reader's existing goal of this goal's kind, from today's plan, or null. Also
   * how a create whose outcome is unknown learns whether it landed before anything is resent.
   */
  findExistingGoal(goal: GoalRequest): Promise<string | null>;
  updateGoal(request: MessagePayload<'updateGoal'>): Promise<MessageResponse<'updateGoal'>>;
  deleteGoal(request: MessagePayload<'deleteGoal'>): Promise<MessageResponse<'deleteGoal'>>;
  estimateGoal(request: MessagePayload<'estimateGoal'>): Promise<MessageResponse<'estimateGoal'>>;
  getTodaysPlan(
    request: MessagePayload<'getTodaysPlan'>,
  ): Promise<MessageResponse<'getTodaysPlan'>>;
}

/** The goal service over the goal endpoints. */
export function createGoalService(api: GoalsApi): GoalService {
  async function findExistingGoal({ mushafId, body }: GoalRequest): Promise<string | null> {
    const type = QuranGoalTypeSchema.safeParse(body.type);
    if (body.category !== 'QURAN' || !type.success) return null;
    const plan = await api.getTodaysPlan({ type: type.data, mushafId });
    if (!plan.hasGoal) return null;
    const goalId = plan.goalId ?? plan.id;
    if (!goalId) {
      throw new GoalsError({
        kind: 'invalid_response',
        message: 'Today’s plan says a goal exists but does not say which.',
      });
    }
    return goalId;
  }

  return {
    findExistingGoal,
    async createGoal({ goal, replace }) {
      const existing = await findExistingGoal(goal);
      if (existing && !replace) return { status: 'exists', goalId: existing };
      if (existing) {
        await api.updateGoal({ goalId: existing, mushafId: goal.mushafId, body: goal.body });
        return { status: 'replaced', goalId: existing };
      }
      const { id } = await api.createGoal(goal);
      return { status: 'created', goalId: id };
    },
    async updateGoal(update) {
      await api.updateGoal(update);
      return {};
    },
    async deleteGoal(goal) {
      await api.deleteGoal(goal);
      return {};
    },
    async estimateGoal({ goal }) {
      return { week: await api.estimateGoal(goal) };
    },
    getTodaysPlan: (query) => api.getTodaysPlan(query),
  };
}
