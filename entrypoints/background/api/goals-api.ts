import {
  CreateGoalResponseSchema,
  DeleteGoalResponseSchema,
  type EstimateDay,
  EstimateResponseSchema,
  type GoalCategory,
  type GoalRequest,
  type GoalUpdate,
  type QuranGoalType,
  type TodaysPlan,
  TodaysPlanResponseSchema,
  UpdateGoalResponseSchema,
} from '@/utils/goals';
import type { MushafId } from '@/utils/mushafs';
import type { Transport } from './transport';

/** One function per goal endpoint of the User API (contract/qf-api README, "Goals"). */
export interface GoalsApi {
  /** `POST /v1/goals?mushafId=`: makes a goal; answers its id. Not idempotent. */
  createGoal(goal: GoalRequest): Promise<{ id: string }>;
  /** `GET /v1/goals/get-todays-plan?type=&mushafId=`: whether a goal exists, and today's part. */
  getTodaysPlan(query: { type: QuranGoalType; mushafId: MushafId }): Promise<TodaysPlan>;
  /** `PUT /v1/goals/{id}?mushafId=`: changes the given fields of a goal. */
  updateGoal(update: GoalUpdate): Promise<void>;
  /** `DELETE /v1/goals/{id}?category=`: removes a goal. */
  deleteGoal(goal: { goalId: string; category: GoalCategory }): Promise<void>;
  /** `GET /v1/goals/estimate?type=&amount=&duration=&mushafId=`: up to a week of daily amounts. */
  estimateGoal(goal: GoalRequest): Promise<EstimateDay[]>;
}

const goalPath = (id: string) => `/v1/goals/${encodeURIComponent(id)}`;

/** The goal endpoints over a transport. */
export function createGoalsApi(transport: Transport): GoalsApi {
  return {
    async createGoal({ mushafId, body }) {
      const answer = await transport.request({
        method: 'POST',
        path: '/v1/goals',
        query: { mushafId },
        body,
        response: CreateGoalResponseSchema,
      });
      return { id: answer.data.id };
    },
    async getTodaysPlan({ type, mushafId }) {
      const answer = await transport.request({
        method: 'GET',
        path: '/v1/goals/get-todays-plan',
        query: { type, mushafId },
        response: TodaysPlanResponseSchema,
      });
      return answer.data;
    },
    async updateGoal({ goalId, mushafId, body }) {
      await transport.request({
        method: 'PUT',
        path: goalPath(goalId),
        query: { mushafId },
        body,
        response: UpdateGoalResponseSchema,
      });
    },
    async deleteGoal({ goalId, category }) {
      await transport.request({
        method: 'DELETE',
        path: goalPath(goalId),
        query: { category },
        response: DeleteGoalResponseSchema,
      });
    },
    async estimateGoal({ mushafId, body }) {
      const answer = await transport.request({
        method: 'GET',
        path: '/v1/goals/estimate',
        query: { type: body.type, amount: body.amount, duration: body.duration, mushafId },
        response: EstimateResponseSchema,
      });
      return answer.data.week;
    },
  };
}
