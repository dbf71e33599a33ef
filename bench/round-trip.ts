import type { Page } from 'playwright-core';
import type { TestSandbox } from '../tests/e2e/harness';
import { sendLikePopup } from './popup-port';
import { median } from './stats';

/** The goal both ways create: the popup's "10 minutes a day". */
const GOAL = { mushafId: 4, body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' } };

type Reply = { ok: boolean; value?: { goalId?: string; hasGoal?: boolean }; error?: unknown };
/** What the reader saw: the plan's goal (none here) and when it was asked. */
type Seen = { goalId: string | null; askedAt: number };

/**
 * `createGoal` through the background, timed in the page; `during` hears the goal's id before
 * the goal is deleted again. `saw`: today's plan as the popup asked it (untimed) when it
 * opened or the goal's type or mushaf changed, sent with the create as the popup sends it;
 * without it the background asks before it creates.
 */
async function throughBackground(
  popup: Page,
  saw: Seen | undefined,
  during: (goalId: string) => Promise<void> = async () => {},
): Promise<number> {
  const { ms, reply } = await sendLikePopup<Reply>(popup, {
    name: 'createGoal',
    payload: { goal: GOAL, replace: false, ...(saw ? { seen: saw } : {}) },
  });
  if (!reply.ok || !reply.value?.goalId) throw new Error(`createGoal: ${JSON.stringify(reply)}`);
  await during(reply.value.goalId);
  const { reply: removed } = await sendLikePopup<Reply>(popup, {
    name: 'deleteGoal',
    payload: { goalId: reply.value.goalId, category: 'QURAN' },
  });
  if (!removed.ok) throw new Error(`deleteGoal: ${JSON.stringify(removed)}`);
  return ms;
}

/** The same `POST /v1/goals` by `fetch` from the same page, timed there; then deleted. */
async function rawFetch(popup: Page, api: string, token: string): Promise<number> {
  const { ms, goalId } = await popup.evaluate(
    async ({ api, token, goal }) => {
      const headers = {
        'content-type': 'application/json',
        'x-auth-token': token,
        'x-client-id': 'quran-goals-sandbox',
        'x-timezone': Intl.DateTimeFormat().resolvedOptions().timeZone,
      };
      const start = performance.now();
      const response = await fetch(`${api}/v1/goals?mushafId=${goal.mushafId}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(goal.body),
      });
      const json = (await response.json()) as { data?: { id?: string; goalId?: string } };
      const ms = performance.now() - start;
      const goalId = json.data?.goalId ?? json.data?.id;
      await fetch(`${api}/v1/goals/${goalId}?category=QURAN`, { method: 'DELETE', headers });
      return { ms, goalId };
    },
    { api, token, goal: GOAL },
  );
  if (!goalId) throw new Error('The raw create answered no goal id.');
  return ms;
}

/** Today's plan for the benchmark's goal, asked through the background as the popup asks it. */
async function askPlan(popup: Page): Promise<Seen> {
  const askedAt = Date.now();
  const { reply: plan } = await sendLikePopup<Reply>(popup, {
    name: 'getTodaysPlan',
    payload: { type: GOAL.body.type, mushafId: GOAL.mushafId },
  });
  if (!plan.ok) throw new Error(`getTodaysPlan: ${JSON.stringify(plan)}`);
  return { goalId: plan.value?.hasGoal ? (plan.value.goalId ?? null) : null, askedAt };
}

/** The API calls one timed create through the background makes (the untimed plan excluded). */
async function callsOfOneCreate(popup: Page, sandbox: TestSandbox, seen: boolean) {
  let calls: string[] = [];
  const saw = seen ? await askPlan(popup) : undefined;
  const before = (await sandbox.requests()).length;
  await throughBackground(popup, saw, async () => {
    calls = (await sandbox.requests())
      .slice(before)
      .map((r) => `${r.method} ${r.path.replace(/^\/auth/, '')}`);
  });
  return calls;
}

/**
 * Round trip through popup message and background vs a raw fetch, alternated run by run: the
 * create as the popup makes it (today's plan seen just before) and one with no plan seen.
 */
export async function measureRoundTrip(popup: Page, sandbox: TestSandbox, runs: number) {
  const { access_token: token } = await sandbox.mintTokens({ sub: 'bench-raw-fetch' });
  const api = `${sandbox.url}/auth`;
  const background: number[] = [];
  const unseen: number[] = [];
  const raw: number[] = [];
  const callsPerCreate = await callsOfOneCreate(popup, sandbox, true);
  const callsUnseen = await callsOfOneCreate(popup, sandbox, false);
  for (let run = 0; run < runs; run++) {
    background.push(await throughBackground(popup, await askPlan(popup)));
    raw.push(await rawFetch(popup, api, token));
    unseen.push(await throughBackground(popup, undefined));
  }
  return {
    background: median(background),
    raw: median(raw),
    overhead: median(background) - median(raw),
    callsPerCreate,
    unseen: median(unseen),
    callsUnseen,
  };
}
