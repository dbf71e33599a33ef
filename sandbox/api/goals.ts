import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { GOAL_CATEGORIES } from '../catalog';
import { localDate } from '../dates';
import { ApiError } from '../errors';
import { injectFaults } from '../faults';
import type { SandboxEnv, SandboxState } from '../state';
import type { StoredGoal } from '../store';
import { requireUser } from './auth';
import { checkGoalRules, type GoalDraft } from './rules';
import { enumParam, readGoalBody, readJson, readMushafId } from './validate';

/** A new goal id, shaped like the service's (`c` and 24 base-36 characters). */
function newGoalId(): string {
  const digits = [...randomBytes(24)].map((byte) => (byte % 36).toString(36)).join('');
  return `c${digits}`;
}

/** `POST /v1/goals` (with and without the trailing slash), `PUT` and `DELETE /v1/goals/:id`. */
export function goalRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const user = requireUser(state);

  for (const path of ['/goals', '/goals/']) {
    api.post(path, injectFaults(state, 'createGoal'), user, async (c) => {
      const mushafId = readMushafId(c);
      const fields = readGoalBody(await readJson(c), false);
      const goal = checkGoalRules({ ...fields, mushafId } as GoalDraft);
      const sub = c.get('sub');
      const policy = state.settings.existingGoal;
      if (policy === 'reject' && state.goals.latest(sub)) {
        throw new ApiError(422, 'You already have a reading goal: update or delete it first.');
      }
      const stored: StoredGoal = {
        sub,
        id: newGoalId(),
        type: goal.type,
        amount: goal.amount,
        category: goal.category,
        ...(goal.duration === undefined ? {} : { duration: goal.duration }),
        mushafId,
        createdAt: new Date().toISOString(),
        startDate: localDate(Date.now(), c.get('zone')),
      };
      state.goals.add(stored, policy);
      return c.json({ success: true, data: { id: stored.id } });
    });
  }

  api.put('/goals/:id', injectFaults(state, 'updateGoal'), user, async (c) => {
    const mushafId = readMushafId(c);
    const fields = readGoalBody(await readJson(c), true);
    const existing = state.goals.find(c.get('sub'), c.req.param('id'));
    if (!existing) throw new ApiError(404, 'There is no goal with this id.');
    const goal = checkGoalRules({ ...existing, ...fields, mushafId });
    state.goals.update({ ...existing, ...goal, sub: existing.sub, id: existing.id });
    return c.json({ success: true, data: {} });
  });

  api.delete('/goals/:id', injectFaults(state, 'deleteGoal'), user, (c) => {
    const category = enumParam(c, 'category', GOAL_CATEGORIES);
    const sub = c.get('sub');
    const goal = state.goals.find(sub, c.req.param('id'));
    if (!goal || goal.category !== category)
      throw new ApiError(404, 'There is no goal with this id.');
    state.goals.remove(sub, goal.id);
    return c.json({ success: true, data: { message: 'goal deleted' } });
  });
}
