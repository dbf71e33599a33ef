import { describe, expect, it, vi } from 'vitest';
import type { GoalsApi } from '@/entrypoints/background/api/goals-api';
import type { GoalBook } from '@/entrypoints/background/goals/goal-book';
import {
  createGoalService,
  type GoalService,
  PLAN_FRESH_MS,
} from '@/entrypoints/background/goals/goal-service';
import { queueWhenUnreachable } from '@/entrypoints/background/goals/queue-when-unreachable';
import { GoalsError } from '@/utils/errors';
import type { GoalRequest, TodaysPlan } from '@/utils/goals';
import type { OutboxEntry, SeenPlan } from '@/utils/messages';

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

/** A goal book over a plain object, for one account. */
function memoryBook(initial: Record<string, GoalRequest> = {}) {
  const goals: Record<string, GoalRequest> = { ...initial };
  const book: GoalBook = {
    get: async (goalId) => goals[goalId] ?? null,
    savedAt: async (goalId) => (goals[goalId] ? 0 : null),
    keep: async (goalId, goal) => {
      goals[goalId] = goal;
    },
    forget: async (goalId) => {
      delete goals[goalId];
    },
  };
  return { book, goals };
}

/**
 * The calls of a plan check that finds no goal: the type asked, then the two others (the
 * documents do not say whether the plan answers only a goal of the type asked).
 */
const noGoalFound = (type = 'QURAN_PAGES', mushafId = 4) =>
  [type, ...['QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE'].filter((t) => t !== type)].map(
    (t) => `plan ${t} ${mushafId}`,
  );
const NO_GOAL = noGoalFound();
/** The same, for an API that records a plan check as `plan`. */
const NO_PLAN = ['plan', 'plan', 'plan'];

const pages: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' },
};
/** An outbox entry of `pages` on its first send. */
const sendingEntry: OutboxEntry = {
  id: 'e',
  owner: { environment: 'http://127.0.0.1:8787/auth', subject: 'reader-1' },
  goal: pages,
  replace: false,
  createdAt: 0,
  state: 'sending',
  attempts: 1,
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
    expect(calls).toEqual([...NO_GOAL, 'create QURAN_PAGES 2']);
  });

  it('finds a goal of another type: the plan asked for the goal’s own type may not show it', async () => {
    const { api, calls } = recordingApi({ hasGoal: false });
    api.getTodaysPlan = async (query) => {
      calls.push(`plan ${query.type} ${query.mushafId}`);
      return query.type === 'QURAN_RANGE'
        ? { hasGoal: true, goalId: 'range-goal' }
        : { hasGoal: false };
    };
    expect(await createGoalService(api).createGoal({ goal: pages, replace: false })).toEqual({
      status: 'exists',
      goalId: 'range-goal',
    });
    expect(calls).toEqual(NO_GOAL);
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
    const { api, calls } = recordingApi({ hasGoal: true, goalId: 'old-goal', id: 'day-3' });
    const known = memoryBook({ 'old-goal': { ...pages, body: { ...pages.body, amount: 5 } } });
    const service = createGoalService(api, { book: known.book });
    expect(await service.createGoal({ goal: pages, replace: true })).toEqual({
      status: 'replaced',
      goalId: 'old-goal',
      remade: false,
    });
    expect(calls).toEqual([
      'plan QURAN_PAGES 4',
      'update old-goal {"type":"QURAN_PAGES","amount":2,"category":"QURAN"}',
    ]);
    expect(known.goals['old-goal']).toEqual(pages);
  });

  it('creates a goal outside the Quran category without asking for a plan', async () => {
    const { api, calls } = recordingApi({ hasGoal: true, goalId: 'old-goal' });
    expect((await createGoalService(api).createGoal({ goal: course, replace: false })).status).toBe(
      'created',
    );
    expect(calls).toEqual(['create COURSE 1']);
  });

  it('creates nothing when today’s plan cannot be read (three tries)', async () => {
    const { api, calls } = recordingApi(new GoalsError({ kind: 'timeout', message: 'late' }));
    const clock = { sleep: async () => {}, random: () => 0.5 };
    await expect(
      createGoalService(api, { clock }).createGoal({ goal: pages, replace: false }),
    ).rejects.toMatchObject({
      kind: 'timeout',
    });
    expect(calls).toEqual(['plan QURAN_PAGES 4', 'plan QURAN_PAGES 4', 'plan QURAN_PAGES 4']);
  });

  it('never takes the plan’s own id (the day’s) for the goal’s: the goal is then not known', async () => {
    const { api, calls } = recordingApi({ hasGoal: true, id: 'day-3' });
    await expect(
      createGoalService(api).createGoal({ goal: pages, replace: true }),
    ).rejects.toMatchObject({ kind: 'invalid_response' });
    expect(calls).toEqual(['plan QURAN_PAGES 4']);
  });

  it('never sends again by itself a create no plan can confirm (COURSE): the reader is told', async () => {
    const { api, calls } = recordingApi({ hasGoal: false });
    api.createGoal = async (goal) => {
      calls.push(`create ${goal.body.type} ${goal.body.amount}`);
      throw new GoalsError({ kind: 'internal_server_error', message: 'The service failed.' });
    };
    const queue = vi.fn(async () => ({ id: 'entry' }));
    await expect(
      queueWhenUnreachable(createGoalService(api), queue).createGoal({
        goal: course,
        replace: false,
      }),
    ).rejects.toMatchObject({ kind: 'outcome_unknown' });
    expect(calls).toEqual(['create COURSE 1']);
    expect(queue).not.toHaveBeenCalled();
  });

  it('makes one create at a time: the outbox’s waits for the popup’s, then finds its goal', async () => {
    const calls: string[] = [];
    let goals = 0;
    let landCreate = () => {};
    const api = {
      async getTodaysPlan() {
        calls.push('plan');
        return goals ? { hasGoal: true, goalId: 'first' } : { hasGoal: false };
      },
      createGoal: () =>
        new Promise<{ id: string }>((resolve) => {
          calls.push('create');
          landCreate = () => {
            goals += 1;
            resolve({ id: 'first' });
          };
        }),
    } as unknown as GoalsApi;
    const service = createGoalService(api);
    const fromPopup = service.createGoal({ goal: pages, replace: false });
    await vi.waitFor(() => expect(calls).toEqual([...NO_PLAN, 'create']));
    const fromOutbox = service.deliverQueued(sendingEntry);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls).toEqual([...NO_PLAN, 'create']);
    landCreate();
    expect(await fromPopup).toEqual({ status: 'created', goalId: 'first' });
    expect(await fromOutbox).toEqual({ status: 'exists', goalId: 'first' });
    expect(calls).toEqual([...NO_PLAN, 'create', 'plan']);
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
    expect(await service.getTodaysPlan({ type: 'QURAN_TIME', mushafId: 1 })).toEqual({
      hasGoal: false,
    });
    expect(calls).toEqual(['estimate', 'delete g', ...noGoalFound('QURAN_TIME', 1)]);
  });
});

describe('a create whose outcome is unknown', () => {
  const noWait = { sleep: async () => {}, random: () => 0 };
  const late = () => new GoalsError({ kind: 'timeout', message: 'late' });
  const down = () => new GoalsError({ kind: 'bad_gateway', message: 'down' });

  /** An API whose creates answer from `creates` in turn and land when `lands` says so. */
  function uncertainApi(creates: Array<'ok' | 'landThenFail' | 'fail' | 'timeout'>) {
    const calls: string[] = [];
    let landed: string | null = null;
    const api = {
      async getTodaysPlan() {
        calls.push('plan');
        return landed ? { hasGoal: true, goalId: landed, type: 'QURAN_PAGES' } : { hasGoal: false };
      },
      async createGoal() {
        const next = creates.shift() ?? 'ok';
        calls.push(`create ${next}`);
        if (next === 'fail') throw down();
        if (next === 'timeout') throw late();
        landed = `goal-${calls.length}`;
        if (next === 'landThenFail') throw late();
        return { id: landed };
      },
    } as unknown as GoalsApi;
    const queued: GoalRequest[] = [];
    const queue = async (goal: GoalRequest) => {
      queued.push(goal);
      return { id: 'entry-1' };
    };
    const service = queueWhenUnreachable(createGoalService(api, { clock: noWait }), queue);
    return { service, calls, queued };
  }

  it('answers created with the plan’s id when the goal landed, and sends nothing again', async () => {
    const { service, calls } = uncertainApi(['landThenFail']);
    expect(await service.createGoal({ goal: pages, replace: false })).toEqual({
      status: 'created',
      goalId: 'goal-4',
    });
    expect(calls).toEqual([...NO_PLAN, 'create landThenFail', 'plan']);
  });

  it('sends once more when the plan shows nothing', async () => {
    const { service, calls } = uncertainApi(['fail', 'ok']);
    expect(await service.createGoal({ goal: pages, replace: false })).toMatchObject({
      status: 'created',
    });
    expect(calls).toEqual([...NO_PLAN, 'create fail', ...NO_PLAN, 'create ok']);
  });

  it('does not send again right after a timeout: the goal waits in the outbox', async () => {
    const { service, calls, queued } = uncertainApi(['timeout']);
    expect(await service.createGoal({ goal: pages, replace: false })).toMatchObject({
      status: 'queued',
    });
    expect(calls).toEqual([...NO_PLAN, 'create timeout', ...NO_PLAN]);
    expect(queued).toEqual([pages]);
  });

  it('moves the goal to the outbox when the second send fails too', async () => {
    const { service, calls, queued } = uncertainApi(['fail', 'fail']);
    // The failure that kept it goes with it, for the reader to see (and Retry).
    expect(await service.createGoal({ goal: pages, replace: false })).toEqual({
      status: 'queued',
      entryId: 'entry-1',
      error: { kind: 'bad_gateway', message: 'down' },
    });
    expect(calls).toEqual([...NO_PLAN, 'create fail', ...NO_PLAN, 'create fail']);
    expect(queued).toEqual([pages]);
  });

  it('never sends again after a refusal, and never queues one', async () => {
    const calls: string[] = [];
    const api = {
      getTodaysPlan: async () => ({ hasGoal: false }),
      createGoal: async () => {
        calls.push('create');
        throw new GoalsError({ kind: 'unprocessable_entity', message: 'no' });
      },
    } as unknown as GoalsApi;
    const queue = async () => ({ id: 'never' });
    await expect(
      queueWhenUnreachable(createGoalService(api), queue).createGoal({
        goal: pages,
        replace: false,
      }),
    ).rejects.toMatchObject({ kind: 'unprocessable_entity' });
    expect(calls).toEqual(['create']);
  });
});

describe('a plan the reader has just seen', () => {
  /** A service over `recordingApi` whose clock the test moves. */
  function timedService(plan: TodaysPlan = { hasGoal: false }) {
    const { api, calls } = recordingApi(plan);
    const clock = { now: 1_000_000 };
    const service = createGoalService(api, { now: () => clock.now });
    /** Asks today's plan as the popup does, and answers what the reader saw, sent with a create. */
    const look = async (): Promise<SeenPlan> => {
      const askedAt = clock.now;
      const shown = await service.getTodaysPlan(query);
      return { goalId: shown.hasGoal ? (shown.goalId ?? null) : null, askedAt };
    };
    return { service, calls, clock, look };
  }
  const query = { type: 'QURAN_PAGES', mushafId: 4 } as const;

  it('stands in for the check when the create follows within a minute', async () => {
    const { service, calls, clock, look } = timedService();
    const seen = await look();
    clock.now += PLAN_FRESH_MS - 1;
    expect(await service.createGoal({ goal: pages, replace: false, seen })).toMatchObject({
      status: 'created',
    });
    expect(calls).toEqual([...NO_GOAL, 'create QURAN_PAGES 2']);
  });

  it('is asked again when older than a minute', async () => {
    const { service, calls, clock, look } = timedService();
    const seen = await look();
    clock.now += PLAN_FRESH_MS;
    await service.createGoal({ goal: pages, replace: false, seen });
    expect(calls).toEqual([...NO_GOAL, ...NO_GOAL, 'create QURAN_PAGES 2']);
  });

  it('serves one create only: the next asks again', async () => {
    const { service, calls, look } = timedService();
    const seen = await look();
    await service.createGoal({ goal: pages, replace: false, seen });
    await service.createGoal({ goal: pages, replace: false, seen });
    expect(calls).toEqual([...NO_GOAL, 'create QURAN_PAGES 2', ...NO_GOAL, 'create QURAN_PAGES 2']);
  });

  it('answers exists from a plan that showed a goal, without another call', async () => {
    const { service, calls, look } = timedService({ hasGoal: true, goalId: 'old-goal' });
    const seen = await look();
    expect(await service.createGoal({ goal: pages, replace: false, seen })).toEqual({
      status: 'exists',
      goalId: 'old-goal',
    });
    expect(calls).toEqual(['plan QURAN_PAGES 4']);
  });

  it('depends only on what the create is sent: a plan asked just before, not sent, stands for nothing', async () => {
    const { service, calls } = timedService();
    await service.getTodaysPlan({ type: 'QURAN_TIME', mushafId: 4 });
    await service.getTodaysPlan({ type: 'QURAN_PAGES', mushafId: 1 });
    await service.createGoal({ goal: pages, replace: false });
    expect(calls.slice(6)).toEqual([...NO_GOAL, 'create QURAN_PAGES 2']);
  });

  it('is forgotten after a deletion, a change, or a change of account', async () => {
    for (const act of [
      (s: GoalService) => s.deleteGoal({ goalId: 'g', category: 'QURAN' }),
      (s: GoalService) =>
        s.updateGoal({ goalId: 'g', goal: { ...pages, body: { ...pages.body, duration: 3 } } }),
      async (s: GoalService) => s.forgetPlans(),
    ]) {
      const { service, calls, look } = timedService();
      const seen = await look();
      await act(service);
      await service.createGoal({ goal: pages, replace: false, seen });
      expect(calls.slice(-4)).toEqual([...NO_GOAL, 'create QURAN_PAGES 2']);
    }
  });

  it('is not used when it was asked while a create was on its way', async () => {
    const calls: string[] = [];
    const pending: Array<() => void> = [];
    let landed = false;
    /** Each call waits until the test lets it go; a plan answers what held when it was asked. */
    const held = <T>(name: string, answer: () => T) =>
      new Promise<T>((resolve) => {
        const value = answer();
        calls.push(name);
        pending.push(() => resolve(value));
      });
    const api = {
      getTodaysPlan: () =>
        held('plan', () => (landed ? { hasGoal: true, goalId: 'first' } : { hasGoal: false })),
      createGoal: () => held('create', () => ({ id: 'first' })),
    } as unknown as GoalsApi;
    const release = async () => {
      await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0));
      pending.shift()?.();
    };
    const service = createGoalService(api);
    const first = service.createGoal({ goal: pages, replace: false });
    for (let i = 0; i < 3; i++) await release(); // the check, for each type: no goal
    await vi.waitFor(() => expect(calls).toEqual([...NO_PLAN, 'create']));
    // What a plan asked now, before the create lands, shows the reader: no goal.
    const seen: SeenPlan = { goalId: null, askedAt: Date.now() };
    landed = true;
    pending.shift()?.(); // the create lands and answers
    await first;
    const second = service.createGoal({ goal: pages, replace: false, seen });
    await release(); // asked again, not taken from what was seen across the create
    expect(await second).toEqual({ status: 'exists', goalId: 'first' });
    expect(calls).toEqual([...NO_PLAN, 'create', 'plan']);
  });

  it('never stands in for the check before an outbox entry is sent', async () => {
    const { service, calls, look } = timedService();
    await look();
    await service.deliverQueued(sendingEntry);
    expect(calls).toEqual([...NO_GOAL, ...NO_GOAL, 'create QURAN_PAGES 2']);
  });
});

describe('putting a goal in place of another', () => {
  const timed: GoalRequest = {
    mushafId: 4,
    body: { type: 'QURAN_TIME', amount: 900, category: 'QURAN', duration: 7 },
  };
  const mulkDaily: GoalRequest = {
    mushafId: 4,
    body: { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' },
  };
  const withOld = () => recordingApi({ hasGoal: true, goalId: 'old-goal' });

  it('deletes a goal with a duration, then creates the daily goal (the update cannot say "daily")', async () => {
    const { api, calls } = withOld();
    const known = memoryBook({ 'old-goal': timed });
    const service = createGoalService(api, { book: known.book });
    expect(await service.createGoal({ goal: mulkDaily, replace: true })).toEqual({
      status: 'replaced',
      goalId: 'new-goal',
      remade: true,
    });
    expect(calls).toEqual([
      'plan QURAN_RANGE 4',
      'delete old-goal',
      'create QURAN_RANGE 67:1-67:30',
    ]);
    expect(known.goals).toEqual({ 'new-goal': mulkDaily });
  });

  it('does the same for a goal whose definition this device never saw', async () => {
    const { api, calls } = withOld();
    const service = createGoalService(api, { book: memoryBook().book });
    await service.updateGoal({ goalId: 'old-goal', goal: mulkDaily });
    expect(calls).toEqual(['delete old-goal', 'create QURAN_RANGE 67:1-67:30']);
  });

  it('updates with the whole goal when the new goal has a duration, or both are daily', async () => {
    for (const [old, next] of [
      [pages, timed],
      [pages, mulkDaily],
      [timed, { ...timed, body: { ...timed.body, duration: 3 } }],
    ] as const) {
      const { api, calls } = withOld();
      const service = createGoalService(api, { book: memoryBook({ 'old-goal': old }).book });
      expect(await service.updateGoal({ goalId: 'old-goal', goal: next })).toEqual({
        goalId: 'old-goal',
        remade: false,
      });
      expect(calls).toEqual([`update old-goal ${JSON.stringify(next.body)}`]);
    }
  });

  it('says the old goal is gone when the create after the delete fails, and queues a plain create', async () => {
    const { api, calls } = withOld();
    let deleted = false;
    const { deleteGoal } = api;
    api.deleteGoal = async (goal) => {
      deleted = true;
      await deleteGoal(goal);
    };
    api.getTodaysPlan = async () =>
      deleted ? { hasGoal: false } : { hasGoal: true, goalId: 'old-goal' };
    api.createGoal = async () => {
      calls.push('create');
      throw new GoalsError({ kind: 'service_unavailable', message: 'down', status: 503 });
    };
    const queued: Array<[GoalRequest, boolean]> = [];
    const service = queueWhenUnreachable(
      createGoalService(api, { book: memoryBook({ 'old-goal': timed }).book }),
      async (goal, replace) => {
        queued.push([goal, replace]);
        return { id: 'entry-1' };
      },
    );
    const result = await service.createGoal({ goal: mulkDaily, replace: true });
    expect(result).toMatchObject({
      status: 'queued',
      error: { kind: 'service_unavailable', oldGoalDeleted: true },
    });
    expect(queued).toEqual([[mulkDaily, false]]);
    await expect(service.updateGoal({ goalId: 'old-goal', goal: mulkDaily })).rejects.toMatchObject(
      { info: { oldGoalDeleted: true } },
    );
  });

  it('never deletes when the delete itself fails: the old goal stays, and nothing is created', async () => {
    const { api, calls } = withOld();
    api.deleteGoal = async () => {
      calls.push('delete');
      throw new GoalsError({ kind: 'forbidden', message: 'no', status: 403 });
    };
    const service = createGoalService(api, { book: memoryBook({ 'old-goal': timed }).book });
    await expect(service.updateGoal({ goalId: 'old-goal', goal: mulkDaily })).rejects.toMatchObject(
      { kind: 'forbidden' },
    );
    expect(calls).toEqual(['delete']);
  });

  it('keeps the definition of what it creates, and forgets what it deletes', async () => {
    const { api } = recordingApi({ hasGoal: false });
    const known = memoryBook();
    const service = createGoalService(api, { book: known.book });
    await service.createGoal({ goal: timed, replace: false });
    expect(await service.goalDefinition('new-goal')).toEqual(timed);
    await service.deleteGoal({ goalId: 'new-goal', category: 'QURAN' });
    expect(await service.goalDefinition('new-goal')).toBeNull();
  });
});
