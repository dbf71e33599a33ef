import type { Hono } from 'hono';
import { GOAL_TYPES, isQuranGoalType, QURAN_GOAL_TYPES } from '../catalog';
import { localDate } from '../dates';
import type { SandboxEnv } from '../env';
import { injectFaults } from '../faults';
import { progressOf } from '../progress';
import { estimateWeek } from '../schedule';
import type { SandboxState } from '../state';
import { isReadingGoal, type ReadingGoal } from '../store';
import { todaysPlan } from '../todays-plan';
import { requireUser } from './auth';
import { checkGoalRules } from './rules';
import { amountParam, enumParam, readMushafId, requiredParam, wholeParam } from './validate';

/** `GET /v1/goals/get-todays-plan` and `GET /v1/goals/estimate`. */
export function planRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const user = requireUser(state, ['goal']);

  api.get('/goals/get-todays-plan', injectFaults(state, 'todaysPlan'), user, (c) => {
    const type = enumParam(c, 'type', QURAN_GOAL_TYPES);
    const mushafId = readMushafId(c);
    const sub = c.get('sub');
    const { planGoal, planMushaf } = state.settings;
    const goal = state.goals.latest(
      sub,
      (g): g is ReadingGoal => isReadingGoal(g) && (planGoal === 'newest' || g.type === type),
    );
    const zone = c.get('zone');
    const now = Date.now();
    const planIn = planMushaf === 'asked' ? mushafId : undefined;
    const day = state.activity.find(sub, localDate(now, zone), 'QURAN', zone);
    const read = progressOf(day, planIn ?? goal?.mushafId ?? mushafId, state.settings.pagesFrom);
    const plan = todaysPlan(goal, read, zone, now, planIn);
    return c.json({ success: true, data: plan });
  });

  api.get('/goals/estimate', injectFaults(state, 'estimate'), user, (c) => {
    const type = enumParam(c, 'type', GOAL_TYPES);
    const amount = amountParam(c);
    const duration =
      c.req.query('duration') === undefined
        ? undefined
        : wholeParam(requiredParam(c, 'duration'), 'duration', 1);
    const mushafId = readMushafId(c);
    checkGoalRules({ type, amount, duration, mushafId }, state.settings);
    const week = isQuranGoalType(type)
      ? estimateWeek({ type, amount, duration }, c.get('zone'))
      : [];
    return c.json({ success: true, data: { week } });
  });
}
