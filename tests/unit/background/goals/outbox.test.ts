import { describe, expect, it } from 'vitest';
import type { GoalsApi } from '@/entrypoints/background/api/goals-api';
import { createGoalService } from '@/entrypoints/background/goals/goal-service';
import { createOutbox, type OutboxStore } from '@/entrypoints/background/goals/outbox';
import { type ErrorKind, GoalsError } from '@/utils/errors';
import type { GoalRequest } from '@/utils/goals';
import type { AccountOwner, CreateGoalResult, OutboxEntry } from '@/utils/messages';

const goal: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
};
const down = (kind: ErrorKind = 'network') => new GoalsError({ kind, message: kind });
/** The reader signed in while these entries are made, in the sandbox. */
const READER: AccountOwner = { environment: 'http://127.0.0.1:8787/auth', subject: 'reader-1' };
const signedIn = { owner: async () => READER };

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

describe('the outbox, across accounts', () => {
  it('sends, lists and cancels an entry only for the account and environment that made it', async () => {
    const { store, saved } = memoryStore();
    const sent: string[] = [];
    let current: AccountOwner | null = READER;
    const outbox = createOutbox({
      owner: async () => current,
      store,
      newId,
      deliver: async (entry) => {
        sent.push(`${entry.id} as ${current?.subject}`);
        return { status: 'created', goalId: 'g1' };
      },
    });
    const entry = await outbox.add(goal, true, down());
    expect(entry.owner).toEqual(READER);

    current = null; // signed out: kept, sent for nobody
    await outbox.flush();
    expect(await outbox.list()).toEqual([]);
    expect(saved()).toHaveLength(1);

    current = { ...READER, subject: 'reader-2' }; // another reader signed in
    await outbox.flush();
    expect(await outbox.list()).toEqual([]);
    expect(await outbox.cancel(entry.id)).toEqual([]);
    expect(saved()).toHaveLength(1);

    current = { ...READER, environment: 'https://apis-prelive.quran.foundation/auth' };
    await outbox.flush(); // the same account name in another environment is another account
    expect(sent).toEqual([]);

    current = READER; // the reader who made it is back: sent once, under their account
    expect(await outbox.list()).toHaveLength(1);
    await outbox.flush();
    expect(sent).toEqual([`${entry.id} as reader-1`]);
    expect(saved()).toEqual([]);
  });

  it('sends one entry at once on Send now, also one given up on, and only the reader’s own', async () => {
    const { store } = memoryStore();
    const sent: string[] = [];
    let current: AccountOwner | null = READER;
    let answer: GoalsError | null = down('unprocessable_entity');
    const outbox = createOutbox({
      owner: async () => current,
      store,
      newId,
      deliver: async (entry) => {
        sent.push(entry.id);
        if (answer) throw answer;
        return { status: 'created', goalId: 'g1' };
      },
    });
    const entry = await outbox.add(goal, false, down());
    const refused = await outbox.sendNow(entry.id);
    expect(refused).toMatchObject({ sent: false, entries: [{ id: entry.id, state: 'failed' }] });

    current = { ...READER, subject: 'reader-2' };
    expect(await outbox.sendNow(entry.id)).toEqual({ entries: [], sent: false });
    expect(sent).toEqual([entry.id]);

    current = READER;
    answer = null;
    expect(await outbox.sendNow(entry.id)).toEqual({ entries: [], sent: true });
    expect(sent).toEqual([entry.id, entry.id]);
  });

  it('queues nothing when no account is signed in: the failure is the caller’s to show', async () => {
    const { store, saved } = memoryStore();
    const outbox = createOutbox({
      owner: async () => null,
      store,
      newId,
      deliver: async () => ({ status: 'created', goalId: 'g1' }),
    });
    await expect(outbox.add(goal, false, down())).rejects.toMatchObject({ kind: 'network' });
    expect(saved()).toEqual([]);
  });
});

describe('the outbox', () => {
  it('keeps an entry, lists it, and sends it once on flush', async () => {
    const { store, saved } = memoryStore();
    const sent: string[] = [];
    const outbox = createOutbox({
      ...signedIn,
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
      ...signedIn,
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
      ...signedIn,
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
      owner: READER,
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
    const outbox = createOutbox({
      ...signedIn,
      store,
      deliver: (entry) => goals.deliverQueued(entry),
    });
    await outbox.flush();
    expect(calls).toEqual(['plan']);
    expect(saved()).toEqual([]);
  });

  it('drops stored entries that are not valid, one at a time', async () => {
    const { outboxItem } = await import('@/utils/storage');
    const good = {
      id: 'a',
      owner: READER,
      goal,
      replace: false,
      createdAt: 1,
      state: 'waiting',
      attempts: 0,
    };
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
      owner: READER,
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
      ...signedIn,
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
