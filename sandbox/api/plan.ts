import type { Hono } from 'hono';
import { GOAL_TYPES, QURAN_GOAL_TYPES } from '../catalog';
import { injectFaults } from '../faults';
import { estimateWeek } from '../schedule';
import type { SandboxEnv, SandboxState } from '../state';
import { todaysPlan } from '../todays-plan';
import { requireUser } from './auth';
import { checkGoalRules } from './rules';
import { amountParam, enumParam, readMushafId, requiredParam, wholeParam } from './validate';

/** `GET /v1/goals/get-todays-plan` and `GET /v1/goals/estimate`. */
export function planRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const user = requireUser(state);

  api.get('/goals/get-todays-plan', injectFaults(state, 'todaysPlan'), user, (c) => {
    enumParam(c, 'type', QURAN_GOAL_TYPES);
    readMushafId(c);
    const sub = c.get('sub');
    const progress = state.progress.today(sub, c.get('zone'));
    return c.json({
      success: true,
      data: todaysPlan(state.goals.latest(sub), progress, c.get('zone')),
    });
  });

  api.get('/goals/estimate', injectFaults(state, 'estimate'), user, (c) => {
    const type = enumParam(c, 'type', GOAL_TYPES);
    const amount = amountParam(c);
    const duration =
      c.req.query('duration') === undefined
        ? undefined
        : wholeParam(requiredParam(c, 'duration'), 'duration', 1);
    const mushafId = readMushafId(c);
    const goal = checkGoalRules({ type, amount, category: 'QURAN', duration, mushafId });
    return c.json({ success: true, data: { week: estimateWeek(goal, c.get('zone')) } });
  });
}
