import { QURAN_GOAL_TYPES } from '../../utils/goal-rules';
import type { GoalRequest } from '../../utils/goals';
import { DEFAULT_MUSHAF_ID } from '../../utils/mushafs';
import { describeError, describeGoal, describePlan, planGoal } from './evidence';
import { type Answer, ask, type Smoke } from './extension';

// The goals on the account: the run creates some only on an account without any, and deletes
// every one it made.

/** Today's plan for time goals in the popup's default mushaf. */
export const timePlan = (s: Smoke) =>
  ask(s, 'getTodaysPlan', { type: 'QURAN_TIME', mushafId: DEFAULT_MUSHAF_ID });

/** Why nothing may be created: a goal exists already, or today's plan cannot be read. */
export async function reasonNotToCreate(s: Smoke): Promise<string | null> {
  for (const type of QURAN_GOAL_TYPES) {
    const plan = await ask(s, 'getTodaysPlan', { type, mushafId: DEFAULT_MUSHAF_ID });
    if (!plan.ok) {
      return `today's plan for ${type} could not be read (${describeError(plan.error)}), so the run created nothing`;
    }
    if (plan.value.hasGoal) {
      return `the account already had a goal (today's plan for ${type} shows ${planGoal(plan.value)}); the run left it alone and created nothing`;
    }
  }
  return null;
}

/** Creates `goal` through the extension, as the popup does; answers its result or error. */
export async function createThroughExtension(
  s: Smoke,
  goal: GoalRequest,
): Promise<Answer<'createGoal'>> {
  const made = await ask(s, 'createGoal', { goal });
  if (!made.ok) return made;
  const result = made.value;
  // A goal queued for later would be sent while nobody watches: take it back.
  if (result.status === 'queued') await ask(s, 'cancelOutboxEntry', { entryId: result.entryId });
  if (result.status === 'created') s.created.push(result.goalId);
  return made;
}

export function describeCreate(goal: GoalRequest, made: Answer<'createGoal'>): string {
  const what = `the extension's createGoal of ${describeGoal(goal)}`;
  if (!made.ok) return `${what} failed (${describeError(made.error)})`;
  const result = made.value;
  return result.status === 'queued'
    ? `${what} was queued (the service was out of reach) and cancelled`
    : `${what} answered "${result.status}" (goal ${result.goalId})`;
}

/** Deletes a goal this run made; says whether it went. */
export async function deleteCreated(s: Smoke, goalId: string): Promise<string> {
  const removed = await ask(s, 'deleteGoal', { goalId, category: 'QURAN' });
  if (!removed.ok) return `not deleted (${describeError(removed.error)})`;
  s.created.splice(s.created.indexOf(goalId), 1);
  return 'deleted';
}

/** Deletes every goal the run made and still holds, and says what today's plan shows then. */
export async function removeCreated(s: Smoke): Promise<string[]> {
  const notes: string[] = [];
  for (const goalId of [...s.created]) {
    notes.push(`Goal ${goalId}, made by this run: ${await deleteCreated(s, goalId)}.`);
  }
  notes.push(`At the end, ${describePlan(await timePlan(s))}.`);
  return notes;
}
