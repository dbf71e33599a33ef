import type { Hono } from 'hono';
import { GOAL_CATEGORIES } from '../catalog';
import { localDate } from '../dates';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';
import { injectFaults } from '../faults';
import { newId } from '../ids';
import type { SandboxState } from '../state';
import type { StoredGoal } from '../store';
import { requireUser } from './auth';
import { checkGoalRules, type GoalDraft } from './rules';
import {
  enumParam,
  type GoalFields,
  REQUIRED_BODY_KEYS,
  readGoalBody,
  readJson,
  readMushafId,
} from './validate';

/** The goal's own fields as they are kept (no `duration` key for a daily goal). */
function storedFields(goal: GoalDraft, category: StoredGoal['category']) {
  const { type, amount, duration, mushafId } = goal;
  return { type, amount, category, ...(duration === undefined ? {} : { duration }), mushafId };
}

/**
 * The goal an update leaves: under the `partial` setting the body's fields over the stored
 * goal's; under `replace` the body's fields alone, which must then make a whole goal (422).
 */
function updatedDraft(
  existing: StoredGoal,
  fields: GoalFields,
  mushafId: number,
  mode: SandboxState['settings']['put'],
): GoalDraft {
  if (mode === 'partial') {
    const { type, amount, category, duration } = existing;
    return { type, amount, category, duration, ...fields, mushafId };
  }
  const missing = REQUIRED_BODY_KEYS.filter((key) => fields[key] === undefined);
  if (missing.length) {
    throw new ApiError(
      422,
      `An update replaces the whole goal, so the body needs ${missing.join(', ')}.`,
    );
  }
  return { ...fields, mushafId } as GoalDraft;
}

/** `POST /v1/goals` (with and without the trailing slash), `PUT` and `DELETE /v1/goals/:id`. */
export function goalRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const user = requireUser(state, ['goal']);

  for (const path of ['/goals', '/goals/']) {
    api.post(path, injectFaults(state, 'createGoal'), user, async (c) => {
      const mushafId = readMushafId(c);
      const fields = readGoalBody(await readJson(c), false);
      const goal = checkGoalRules({ ...fields, mushafId } as GoalDraft, state.settings);
      const sub = c.get('sub');
      const category = fields.category as StoredGoal['category'];
      const policy = state.settings.existingGoal;
      if (policy === 'reject' && state.goals.latest(sub, (g) => g.category === category)) {
        throw new ApiError(422, `You already have a ${category} goal: update or delete it first.`);
      }
      const stored: StoredGoal = {
        sub,
        id: newId(),
        ...storedFields(goal, category),
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
    const draft = updatedDraft(existing, fields, mushafId, state.settings.put);
    const goal = checkGoalRules(draft, state.settings);
    const { sub, id, createdAt, startDate } = existing;
    state.goals.update({
      sub,
      id,
      ...storedFields(goal, draft.category as StoredGoal['category']),
      createdAt,
      startDate,
    });
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
