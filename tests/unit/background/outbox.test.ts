import { describe, expect, it } from 'vitest';
import { createGoalService } from '@/entrypoints/background/goal-service';
import type { GoalsApi } from '@/entrypoints/background/goals-api';
import { createOutbox, type OutboxStore } from '@/entrypoints/background/outbox';
import { type ErrorKind, GoalsError } from '@/utils/errors';
import type { GoalRequest } from '@/utils/goals';
import type { CreateGoalResult, OutboxEntry } from '@/utils/messages';

const goal: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
};
const down = (kind: ErrorKind = 'network') => new GoalsError({ kind, message: kind });

/** A store that keeps a JSON copy, as storage does (no shared references). */
function memoryStore(start: OutboxEntry[] = []) {
  let saved = JSON.stringify(start);
  const store: OutboxStore = {
    read: async () => JSON.parse(saved),
    write: async (entries) => {
      saved = JSON.stringify(entries);
    },
  };
  return { store, saved: () => JSON.parse(saved) as OutboxEntry[] };
}

let ids = 0;
const newId = () => `e${++ids}`;

describe('the outbox', () => {
  it('keeps an entry, lists it, and sends it once on flush', async () => {
    const { store, saved } = memoryStore();
    const sent: string[] = [];
    const outbox = createOutbox({
      store,
      newId,
      now: () => 1,
      deliver: async (entry) => {
        sent.push(`${entry.id} try ${entry.attempts} while ${entry.state}`);
        return { status: 'created', goalId: 'g1' };
      },
    });
    const entry = await outbox.add(goal, false, down());
    expect(entry).toMatchObject({ state: 'waiting', attempts: 0, lastError: { kind: 'network' } });
    expect(await outbox.list()).toEqual([entry]);
    await Promise.all([outbox.flush(), outbox.flush(), outbox.flush()]);
    await outbox.flush();
    expect(sent).toEqual([`${entry.id} try 1 while sending`]);
    expect(saved()).toEqual([]);
  });

  it('puts an entry back to wait after an outage, and gives up on a refusal', async () => {
    const { store, saved } = memoryStore();
    const answers: Array<GoalsError | CreateGoalResult> = [
      down('service_unavailable'),
      down('unprocessable_entity'),
    ];
    const outbox = createOutbox({
      store,
      newId,
      deliver: async () => {
        const next = answers.shift();
        if (next instanceof GoalsError) throw next;
        return next ?? { status: 'created', goalId: 'x' };
      },
    });
    await outbox.add(goal, false, down());
    await outbox.flush();
    expect(saved()[0]).toMatchObject({ state: 'waiting', attempts: 1 });
    await outbox.flush();
    expect(saved()[0]).toMatchObject({
      state: 'failed',
      attempts: 2,
      lastError: { kind: 'unprocessable_entity' },
    });
    await outbox.flush();
    expect(saved()[0]?.attempts).toBe(2);
  });

  it('cancels a waiting entry, so that it is never sent', async () => {
    const { store } = memoryStore();
    let sent = 0;
    const outbox = createOutbox({
      store,
      newId,
      deliver: async () => {
        sent++;
        return { status: 'created', goalId: 'g' };
      },
    });
    const entry = await outbox.add(goal, false, down());
    expect(await outbox.cancel(entry.id)).toEqual([]);
    await outbox.flush();
    expect(sent).toBe(0);
  });

  it('survives a restart: a new outbox over the same storage sends what was left sending', async () => {
    const left: OutboxEntry = {
      id: 'old',
      goal,
      replace: false,
      createdAt: 1,
      state: 'sending',
      attempts: 1,
    };
    const { store, saved } = memoryStore([left]);
    const plan = { hasGoal: true, goalId: 'landed', type: 'QURAN_TIME' };
    const calls: string[] = [];
    const api = {
      getTodaysPlan: async () => {
        calls.push('plan');
        return plan;
      },
      createGoal: async () => {
        calls.push('create');
        return { id: 'second' };
      },
    } as unknown as GoalsApi;
    const goals = createGoalService(api);
    const outbox = createOutbox({ store, deliver: (entry) => goals.deliverQueued(entry) });
    await outbox.flush();
    expect(calls).toEqual(['plan']);
    expect(saved()).toEqual([]);
  });

  it('drops stored entries that are not valid, one at a time', async () => {
    const { outboxItem } = await import('@/utils/storage');
    const good = { id: 'a', goal, replace: false, createdAt: 1, state: 'waiting', attempts: 0 };
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    await fakeBrowser.storage.local.set({ outbox: [good, { id: 'b', goal: { mushafId: 99 } }] });
    expect(await outboxItem.getValue()).toEqual([good]);
  });
});

describe('an entry left sending by a stopped worker', () => {
  it('is left alone until a request still under way has settled', async () => {
    let clock = 10_000;
    const left: OutboxEntry = {
      id: 'mid',
      goal,
      replace: false,
      createdAt: 1,
      state: 'sending',
      attempts: 1,
      sentAt: 9_000,
    };
    const { store, saved } = memoryStore([left]);
    const sent: number[] = [];
    const outbox = createOutbox({
      store,
      now: () => clock,
      settleMs: 4_000,
      deliver: async (entry) => {
        sent.push(entry.attempts);
        return { status: 'created', goalId: 'g' };
      },
    });
    await outbox.flush();
    expect(sent).toEqual([]);
    clock = 13_000;
    await outbox.flush();
    expect(sent).toEqual([2]);
    expect(saved()).toEqual([]);
  });
});
