import type { Hono } from 'hono';
import { activityDayItem } from '../activity-days';
import { ACTIVITY_TYPES } from '../catalog';
import { localDate } from '../dates';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';
import { injectFaults } from '../faults';
import { pageOf } from '../paging';
import type { SandboxState } from '../state';
import { isReadingGoal, type ReadingGoal } from '../store';
import { countVerses } from '../verse';
import { readActivityBody } from './activity-input';
import { requireUser } from './auth';
import { checkListRules, choiceParam, pageParams, rangesParam, windowParams } from './list-params';
import { readJson } from './validate';

/**
 * `POST /v1/activity-days`, `GET /v1/activity-days` and
 * `GET /v1/activity-days/estimate-reading-time`, each with its child scope of `activity_day`.
 */
export function activityRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const types = () => ACTIVITY_TYPES[state.settings.apiDocument];

  api.post(
    '/activity-days',
    injectFaults(state, 'logActivity'),
    requireUser(state, ['activity_day.create']),
    async (c) => {
      const body = readActivityBody(await readJson(c), types());
      const zone = c.get('zone');
      const today = localDate(Date.now(), zone);
      const date = body.date ?? today;
      // The documents: "If passed, it must be today or a past date" (in the x-timezone zone).
      if (date > today) throw new ApiError(422, `${date} is after today (${today}) in ${zone}.`);
      const batch = { ...body, date };
      state.activity.log(c.get('sub'), batch, state.settings.activityMerge, zone);
      return c.json({ success: true, data: {} });
    },
  );

  api.get(
    '/activity-days/estimate-reading-time',
    injectFaults(state, 'estimateReadingTime'),
    requireUser(state, ['activity_day.estimate']),
    (c) => {
      // Each range is read as given: a verse named twice is read twice.
      const verses = rangesParam(c).reduce((sum, span) => sum + countVerses([span]), 0);
      return c.json({ success: true, data: { seconds: verses * state.settings.readingRate } });
    },
  );

  api.get(
    '/activity-days',
    injectFaults(state, 'activityDays'),
    requireUser(state, ['activity_day.read']),
    (c) => {
      const { from, to } = windowParams(c);
      const order = choiceParam(c, 'dateOrderBy', ['asc', 'desc'], 'desc');
      const type = choiceParam(c, 'type', types());
      const paging = pageParams(c);
      checkListRules({ from, to }, paging);
      const sub = c.get('sub');
      const days = state.activity
        .days(sub, c.get('zone'))
        .filter((day) => (!from || day.date >= from) && (!to || day.date <= to))
        .filter((day) => !type || day.type === type);
      if (order === 'desc') days.reverse();
      const goalOn = (date: string) =>
        state.goals.latest(sub, (g): g is ReadingGoal => isReadingGoal(g) && g.startDate <= date);
      const items = days.map((day) =>
        activityDayItem(day, goalOn(day.date), state.settings.pagesFrom),
      );
      const page = pageOf(items as { id: string }[], paging);
      return c.json({ success: true, data: page.items, pagination: page.pagination });
    },
  );
}
