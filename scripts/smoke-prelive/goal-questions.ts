import { CreateGoalResponseSchema, type GoalRequest } from '../../utils/goals';
import { DEFAULT_MUSHAF_ID } from '../../utils/mushafs';
import {
  createThroughExtension,
  deleteCreated,
  describeCreate,
  reasonNotToCreate,
  removeCreated,
  timePlan,
} from './account';
import { describeBody, describeGoal, describePlan, isSuccess } from './evidence';
import { type Answer, ask, currentAccessToken, rawCall, type Smoke } from './extension';
import { answered, couldNotTell, type Finding } from './findings';

// Questions 2 and 3, the two that create goals.

/** The small time goal the run creates: 3000 s over 10 days, 300 s a day. */
const TIMED_GOAL = {
  mushafId: DEFAULT_MUSHAF_ID,
  body: { type: 'QURAN_TIME', amount: 3000, category: 'QURAN', duration: 10 },
} as const satisfies GoalRequest;
/** The amount the PUT without `duration` sets (seconds). */
const UPDATED_AMOUNT = 1200;
/** A second goal of the same kind, daily, sent while the first exists. */
const DAILY_TIME_GOAL = {
  mushafId: DEFAULT_MUSHAF_ID,
  body: { type: 'QURAN_TIME', amount: 300, category: 'QURAN' },
} as const satisfies GoalRequest;

/**
 * 3: a goal with a duration, then a PUT with type, amount and category but no `duration`
 * (sent by hand: the product deletes and creates instead); today's daily target tells which
 * it became.
 */
async function checkPutWithoutDuration(s: Smoke): Promise<{ finding: Finding; goalId?: string }> {
  const estimate = await ask(s, 'estimateGoal', { goal: TIMED_GOAL });
  const made = await createThroughExtension(s, TIMED_GOAL);
  if (!made.ok || made.value.status !== 'created') {
    return { finding: couldNotTell(describeCreate(TIMED_GOAL, made)) };
  }
  const goalId = made.value.goalId;
  const before = await timePlan(s);
  const token = await currentAccessToken(s);
  if (!token) return { goalId, finding: couldNotTell('the access token could not be read') };
  const update = await rawCall(s, {
    method: 'PUT',
    path: `/v1/goals/${encodeURIComponent(goalId)}`,
    query: { mushafId: DEFAULT_MUSHAF_ID },
    body: { type: 'QURAN_TIME', amount: UPDATED_AMOUNT, category: 'QURAN' },
    token,
  });
  if (!isSuccess(update.status)) {
    return {
      goalId,
      finding: couldNotTell(`the PUT answered ${update.status} ${describeBody(update.body)}`),
    };
  }
  const after = await timePlan(s);
  const estimated = estimate.ok
    ? `estimated ${estimate.value.week.map((day) => day.amount).join(', ')} s a day; `
    : '';
  const evidence =
    `created ${describeGoal(TIMED_GOAL)} (goal ${goalId}; ${estimated}${describePlan(before)}), ` +
    `then PUT amount ${UPDATED_AMOUNT} with no duration: ${describePlan(after)}`;
  const target = after.ok ? after.value.dailyTargetSeconds : undefined;
  return { goalId, finding: judgePut(target, evidence) };
}

/** Question 3 from today's daily target after the PUT (seconds). */
export function judgePut(target: number | undefined, evidence: string): Finding {
  const { duration } = TIMED_GOAL.body;
  const spread = UPDATED_AMOUNT / duration;
  if (target === undefined) return couldNotTell(`no daily target after the PUT: ${evidence}`);
  if (target === UPDATED_AMOUNT) {
    return answered('it makes the goal daily: the whole amount is due every day', evidence);
  }
  if (Math.abs(target - spread) <= spread / 4) {
    return answered('it keeps the old duration: the new amount is spread over its days', evidence);
  }
  return couldNotTell(
    `the daily target is neither ${UPDATED_AMOUNT} s (daily) nor about ${spread} s (over ${duration} days): ${evidence}`,
  );
}

/**
 * 2: while `firstId` exists, the extension's own create (which asks today's plan first), then
 * one POST sent by hand from the service worker. A second goal it makes is deleted again, and
 * today's plan after that tells whether the first was still there.
 */
async function checkSecondCreate(s: Smoke, firstId: string): Promise<Finding> {
  const extensionSaid = describeCreate(
    DAILY_TIME_GOAL,
    await createThroughExtension(s, DAILY_TIME_GOAL),
  );
  const token = await currentAccessToken(s);
  if (!token) return couldNotTell(`${extensionSaid}; the access token could not be read`);
  const raw = await rawCall(s, {
    method: 'POST',
    path: '/v1/goals',
    query: { mushafId: DEFAULT_MUSHAF_ID },
    body: DAILY_TIME_GOAL.body,
    token,
  });
  const sent =
    `with goal ${firstId} in place, POST /v1/goals?mushafId=${DEFAULT_MUSHAF_ID} ` +
    `${JSON.stringify(DAILY_TIME_GOAL.body)} from the service worker answered ${raw.status}`;
  if (!isSuccess(raw.status)) {
    return answered(
      `it is refused with ${raw.status}`,
      `${sent} ${describeBody(raw.body)}; ${extensionSaid}`,
    );
  }
  const created = CreateGoalResponseSchema.safeParse(raw.body);
  if (!created.success) return couldNotTell(`${sent} with ${describeBody(raw.body)}`);
  const secondId = created.data.data.id;
  if (secondId === firstId) {
    const plan = describePlan(await timePlan(s));
    return answered("it answers the existing goal's id", `${sent} with id ${secondId}; ${plan}`);
  }
  s.created.push(secondId);
  const withBoth = await timePlan(s);
  const removed = await deleteCreated(s, secondId);
  const after = await timePlan(s);
  const evidence =
    `${sent} with a new id ${secondId}; ${extensionSaid}; then ${describePlan(withBoth)}; ` +
    `deleting ${secondId}: ${removed}; then ${describePlan(after)}`;
  return judgeSecondGoal(after, firstId, evidence);
}

/** Question 2 from today's plan once the second goal was deleted again. */
export function judgeSecondGoal(
  after: Answer<'getTodaysPlan'>,
  firstId: string,
  evidence: string,
): Finding {
  if (!after.ok) return couldNotTell(evidence);
  if (!after.value.hasGoal) {
    return answered(
      'it makes a new goal, and the first was gone once that one was deleted',
      evidence,
    );
  }
  if (after.value.goalId === undefined) {
    return couldNotTell(
      `today's plan showed a goal but not its id, so whether it was the first is not known: ${evidence}`,
    );
  }
  if (after.value.goalId === firstId) {
    return answered('it makes a second goal beside the first', evidence);
  }
  return couldNotTell(evidence);
}

/** Questions 2 and 3; whatever they made is deleted even when one fails. */
export async function goalQuestions(
  s: Smoke,
  notes: string[],
): Promise<{ putWithoutDuration: Finding; secondCreate: Finding }> {
  try {
    const stop = await reasonNotToCreate(s);
    if (stop) {
      notes.push(`Before: ${stop}.`);
      return { putWithoutDuration: couldNotTell(stop), secondCreate: couldNotTell(stop) };
    }
    const put = await checkPutWithoutDuration(s);
    const secondCreate = put.goalId
      ? await checkSecondCreate(s, put.goalId)
      : couldNotTell('the first goal could not be created, so there was none to create beside');
    return { putWithoutDuration: put.finding, secondCreate };
  } finally {
    notes.push(...(await removeCreated(s)));
  }
}
