import type { Hono } from 'hono';
import { STREAK_TYPES } from '../catalog';
import { endOfDay, localDate, startOfDay } from '../dates';
import type { SandboxEnv } from '../env';
import { injectFaults } from '../faults';
import { stableId } from '../ids';
import { pageOf } from '../paging';
import type { SandboxState } from '../state';
import { currentRun, readingDates, type StreakRun, streakRuns } from '../streaks';
import { requireUser } from './auth';
import { checkListRules, choiceParam, pageParams, windowParams } from './list-params';
import { enumParam } from './validate';

/** `GET /v1/streaks/current-streak-days` and `GET /v1/streaks`, with the `streak` scope. */
export function streakRoutes(api: Hono<SandboxEnv>, state: SandboxState): void {
  const user = requireUser(state, ['streak']);

  /** The reader's streaks on today's date in their zone, and the current one. */
  const streaksOf = (sub: string, zone: string) => {
    const today = localDate(Date.now(), zone);
    const days = state.activity.days(sub, zone);
    const runs = streakRuns(readingDates(days, today, state.settings.streakDay));
    return { runs, current: currentRun(runs, today, state.settings.streakToday) };
  };

  api.get('/streaks/current-streak-days', injectFaults(state, 'currentStreak'), user, (c) => {
    enumParam(c, 'type', STREAK_TYPES);
    const { current } = streaksOf(c.get('sub'), c.get('zone'));
    return c.json({ success: true, data: { days: current?.days ?? 0 } });
  });

  api.get('/streaks', injectFaults(state, 'streaks'), user, (c) => {
    const { from, to } = windowParams(c);
    choiceParam(c, 'type', STREAK_TYPES);
    const sortOrder = choiceParam(c, 'sortOrder', ['asc', 'desc'], 'desc');
    const orderBy = choiceParam(c, 'orderBy', ['startDate', 'days'], 'startDate');
    const status = choiceParam(c, 'status', ['ACTIVE', 'BROKEN']);
    const paging = pageParams(c);
    checkListRules({ from, to }, paging);
    const sub = c.get('sub');
    const zone = c.get('zone');
    const { runs, current } = streaksOf(sub, zone);
    const overlap = state.settings.streakWindow === 'overlap';
    const inWindow = (run: StreakRun) =>
      overlap
        ? (!from || run.last >= from) && (!to || run.first <= to)
        : (!from || run.first >= from) && (!to || run.last <= to);
    const key = (run: StreakRun) =>
      orderBy === 'days' ? `${String(run.days).padStart(6, '0')} ${run.first}` : run.first;
    const items = runs
      .filter(inWindow)
      .map((run) => ({ run, status: run === current ? 'ACTIVE' : 'BROKEN' }))
      .filter((streak) => !status || streak.status === status)
      .sort((a, b) => key(a.run).localeCompare(key(b.run)) * (sortOrder === 'asc' ? 1 : -1))
      .map(({ run, status }) => ({
        id: stableId(`${sub}/streak/QURAN/${run.first}`),
        startDate: startOfDay(run.first, zone),
        endDate: endOfDay(run.last, zone),
        type: 'QURAN',
        status,
        days: run.days,
      }));
    const page = pageOf(items, paging);
    return c.json({ success: true, data: page.items, pagination: page.pagination });
  });
}
