import { describe, expect, it } from 'vitest';
import { createGoalService } from '@/entrypoints/background/goal-service';
import type { GoalsApi } from '@/entrypoints/background/goals-api';
import { GoalsError } from '@/utils/errors';
import type { GoalRequest, TodaysPlan } from '@/utils/goals';

/** An API that answers today's plan from `plan` and records every call. */
function recordingApi(plan: TodaysPlan | Error) {
  const calls: string[] = [];
  const api: GoalsApi = {
    async getTodaysPlan(query) {
      calls.push(`plan ${query.type} ${query.mushafId}`);
      if (plan instanceof Error) throw plan;
      return plan;
    },
    async createGoal(goal) {
      calls.push(`create ${goal.body.type} ${goal.body.amount}`);
      return { id: 'new-goal' };
    },
    async updateGoal(update) {
      calls.push(`update ${update.goalId} ${JSON.stringify(update.body)}`);
    },
    async deleteGoal(goal) {
      calls.push(`delete ${goal.goalId}`);
    },
    async estimateGoal() {
      calls.push('estimate');
      return [{ date: '2026-01-01', amount: 2 }];
    },
  };
  return { api, calls };
}

const pages: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' },
};
const course: GoalRequest = {
  mushafId: 4,
  body: { type: 'COURSE', amount: 1, category: 'COURSE' },
};

describe('createGoalService', () => {
  it('creates when today’s plan has no goal', async () => {
    const { api, calls } = recordingApi({ hasGoal: false });
    expect(await createGoalService(api).createGoal({ goal: pages, replace: false })).toEqual({
      status: 'created',
      goalId: 'new-goal',
    });
    expect(calls).toEqual(['plan QURAN_PAGES 4', 'create QURAN_PAGES 2']);
  });

  it('answers exists, and creates nothing, when a goal exists and replacing was not asked', async () => {
    const { api, calls } = recordingApi({ hasGoal: true, goalId: 'old-goal' });
    expect(await createGoalService(api).createGoal({ goal: pages, replace: false })).toEqual({
      status: 'exists',
      goalId: 'old-goal',
    });
    expect(calls).toEqual(['plan QURAN_PAGES 4']);
  });

  it('updates the existing goal in place when replacing is asked', async () => {
    const { api, calls } = recordingApi({ hasGoal: true, id: 'old-goal' });
    expect(await createGoalService(api).createGoal({ goal: pages, replace: true })).toEqual({
      status: 'replaced',
      goalId: 'old-goal',
    });
    expect(calls).toEqual([
      'plan QURAN_PAGES 4',
      'update old-goal {"type":"QURAN_PAGES","amount":2,"category":"QURAN"}',
    ]);
  });

  it('creates a goal outside the Quran category without asking for a plan', async () => {
    const { api, calls } = recordingApi({ hasGoal: true, goalId: 'old-goal' });
    expect((await createGoalService(api).createGoal({ goal: course, replace: false })).status).toBe(
      'created',
    );
    expect(calls).toEqual(['create COURSE 1']);
  });

  it('creates nothing when today’s plan cannot be read', async () => {
    const { api, calls } = recordingApi(new GoalsError({ kind: 'timeout', message: 'late' }));
    await expect(
      createGoalService(api).createGoal({ goal: pages, replace: false }),
    ).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(calls).toEqual(['plan QURAN_PAGES 4']);
  });

  it('refuses a plan that has a goal without an id', async () => {
    const { api } = recordingApi({ hasGoal: true });
    await expect(createGoalService(api).findExistingGoal(pages)).rejects.toMatchObject({
      kind: 'invalid_response',
    });
  });

  it('answers the estimate as a week and the other actions as empty values', async () => {
    const { api, calls } = recordingApi({ hasGoal: false });
    const service = createGoalService(api);
    expect(await service.estimateGoal({ goal: pages })).toEqual({
      week: [{ date: '2026-01-01', amount: 2 }],
    });
    expect(await service.deleteGoal({ goalId: 'g', category: 'QURAN' })).toEqual({});
    expect(await service.updateGoal({ goalId: 'g', mushafId: 4, body: { amount: 5 } })).toEqual({});
    expect(await service.getTodaysPlan({ type: 'QURAN_TIME', mushafId: 1 })).toEqual({
      hasGoal: false,
    });
    expect(calls).toEqual(['estimate', 'delete g', 'update g {"amount":5}', 'plan QURAN_TIME 1']);
  });
});
