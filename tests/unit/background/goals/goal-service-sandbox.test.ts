import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createGoalsApi } from '@/entrypoints/background/api/goals-api';
import { createGoalService } from '@/entrypoints/background/goals/goal-service';
import type { GoalRequest } from '@/utils/goals';
import { startAuthKit } from '../sandbox-kit';

const goal: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
};
const noWait = { sleep: async () => {}, random: () => 0 };

let kit: Awaited<ReturnType<typeof startAuthKit>>;
beforeEach(async () => {
  fakeBrowser.reset();
  kit = await startAuthKit({ existingGoal: 'allow' });
  await kit.signInWithMinted();
});
afterEach(() => kit.close());

const goalsHeld = async () =>
  ((await (await fetch(`${kit.sandbox.url}/__sandbox/goals`)).json()) as { goals: unknown[] })
    .goals;

describe('an uncertain create against the sandbox (existingGoal allow)', () => {
  it('committed then dropped: today’s plan finds it, nothing is sent again, one goal', async () => {
    await kit.fault({ route: 'createGoal', commitThenDrop: true });
    const service = createGoalService(createGoalsApi(kit.transport), { clock: noWait });
    const result = await service.createGoal({ goal, replace: false });
    const held = (await goalsHeld()) as Array<{ id: string }>;
    expect(held).toHaveLength(1);
    expect(result).toEqual({ status: 'created', goalId: held[0]?.id });
    expect((await kit.requests('/auth/v1/goals')).filter((r) => r.method === 'POST')).toHaveLength(
      1,
    );
  });

  it('dropped before any work: sent once more, one goal', async () => {
    await kit.fault({ route: 'createGoal', drop: true });
    const service = createGoalService(createGoalsApi(kit.transport), { clock: noWait });
    expect(await service.createGoal({ goal, replace: false })).toMatchObject({ status: 'created' });
    expect(await goalsHeld()).toHaveLength(1);
  });
});
