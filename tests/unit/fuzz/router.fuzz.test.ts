import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createActivityApi } from '@/entrypoints/background/api/activity-api';
import { createGoalsApi } from '@/entrypoints/background/api/goals-api';
import { createTransport } from '@/entrypoints/background/api/transport';
import { createGoalService } from '@/entrypoints/background/goals/goal-service';
import { createOutbox } from '@/entrypoints/background/goals/outbox';
import { createPopupSnapshot } from '@/entrypoints/background/goals/popup-snapshot';
import { queueWhenUnreachable } from '@/entrypoints/background/goals/queue-when-unreachable';
import { protocolHandlers } from '@/entrypoints/background/handlers';
import { createRouter } from '@/entrypoints/background/messaging/router';
import type { SenderClass } from '@/entrypoints/background/messaging/senders';
import { createPageContexts } from '@/entrypoints/background/pages/page-contexts';
import { createDay } from '@/entrypoints/background/today/day';
import { createReadingLog } from '@/entrypoints/background/today/reading-log';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import { ErrorInfoSchema } from '@/utils/errors';
import {
  type MessageName,
  type OutboxEntry,
  PROTOCOL,
  type Result,
  resultSchema,
} from '@/utils/messages';
import type { QueuedReading } from '@/utils/storage/readings';
import { parameterValues } from '../../contract/documented';
import { describeErrors, requestBodyValidator } from '../../contract/openapi';
import { PROTOCOL_SAMPLES } from '../background/protocol-samples';

/** Runs per message name: at least 10 000 random messages for each handler. */
const RUNS = 10_000;
const account = { signedIn: true, environment: ENVIRONMENT_DEFAULTS.sandbox, scopes: ['goal'] };

interface ApiCall {
  method: string;
  url: URL;
  body: unknown;
}

/** The real router, goal service, transport and outbox over a fetch double that records calls. */
function background(status: () => number) {
  const calls: ApiCall[] = [];
  const answers: Record<string, unknown> = {
    'POST /auth/v1/goals': { id: 'g-new' },
    'GET /auth/v1/goals/get-todays-plan': { hasGoal: false },
    'GET /auth/v1/goals/estimate': { week: [{ date: '2026-01-01', amount: 1 }] },
    'GET /auth/v1/activity-days': [],
    'GET /auth/v1/activity-days/estimate-reading-time': { seconds: 30 },
    'GET /auth/v1/streaks/current-streak-days': { days: 2 },
    'GET /auth/v1/reading-sessions': [],
  };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method: init?.method ?? 'GET', url, body });
    const code = status();
    const data = answers[`${init?.method} ${url.pathname}`] ?? {};
    const text = code === 200 ? JSON.stringify({ success: true, data }) : '{}';
    return new Response(text, { status: code });
  };
  const transport = createTransport({
    environment: async () => ENVIRONMENT_DEFAULTS.sandbox,
    timeZone: async () => 'UTC',
    accessToken: async () => 'token',
    refreshAfterRejection: async () => 'token-2',
    signInAgain: async () => undefined,
    fetch,
  });
  let stored: OutboxEntry[] = [];
  const outbox = createOutbox({
    store: {
      read: async () => stored,
      write: async (entries) => {
        stored = entries;
      },
    },
    deliver: (entry) => goals.deliverQueued(entry),
    owner: async () => ({ environment: 'http://127.0.0.1/auth', subject: 'reader-1' }),
  });
  const noWait = { sleep: async () => {}, random: () => 0 };
  const goals = queueWhenUnreachable(
    createGoalService(createGoalsApi(transport), { clock: noWait }),
    (goal, replace, error) => outbox.add(goal, replace, error),
  );
  const pages = createPageContexts(async () => ({ id: 1 }));
  const auth = {
    accountState: async () => account,
    signIn: async () => account,
    signOut: async () => ({ ...account, signedIn: false, scopes: [] }),
  };
  // The real snapshot, written to memory: the handlers' answers must not depend on it.
  const snapshot = createPopupSnapshot({
    accountState: auth.accountState,
    owner: async () => ({ environment: 'sandbox', subject: 'reader' }),
    write: async () => {},
  });
  const activity = createActivityApi(transport);
  const day = createDay({
    activity,
    scopes: async () => ['goal', 'streak', 'activity_day'],
    today: async () => '2026-01-01',
  });
  let queued: QueuedReading[] = [];
  const readings = createReadingLog({
    api: activity,
    owner: async () => ({ environment: 'http://127.0.0.1/auth', subject: 'reader-1' }),
    timeZone: async () => 'UTC',
    store: {
      read: async () => queued,
      write: async (entries) => {
        queued = entries;
      },
    },
    clock: noWait,
  });
  const handlers = protocolHandlers({
    auth,
    goals,
    outbox,
    pages,
    snapshot,
    day,
    logReading: (reading) => readings.log(reading),
  });
  let senderClass: SenderClass = 'extension-page';
  const onMessage = createRouter({ handlers, classify: () => senderClass });
  return {
    calls,
    ask(message: unknown, from: SenderClass) {
      senderClass = from;
      return new Promise<Result<unknown> | 'ignored'>((resolve) => {
        if (!onMessage(message, { id: 'x', tab: { id: 1 } } as never, resolve)) resolve('ignored');
      });
    },
  };
}

/** The mushaf ids `POST /v1/goals` documents for its `mushafId` parameter. */
const mushafIds = parameterValues<number>('production', '/v1/goals', 'post', 'mushafId');
/** The documents' body of a create (every required field) and of an update (any of them). */
const createBody = requestBodyValidator('production', '/v1/goals', 'post');
const updateBody = requestBodyValidator('production', '/v1/goals/{id}', 'put');
const activityBody = requestBodyValidator('production', '/v1/activity-days', 'post');
/** The documents' body check for a call that sends one, by method and path. */
const bodyCheck = ({ method, url }: ApiCall) =>
  method === 'PUT'
    ? updateBody
    : method !== 'POST'
      ? null
      : url.pathname.endsWith('/activity-days')
        ? activityBody
        : createBody;

/** Goals close to valid: each field right or wrong, so that many pass and many do not. */
const goalish = fc.record({
  mushafId: fc.oneof(fc.constantFrom(...mushafIds), fc.integer({ min: -2, max: 20 })),
  body: fc.record(
    {
      type: fc.constantFrom('QURAN_TIME', 'QURAN_PAGES', 'QURAN_RANGE', 'COURSE', 'x'),
      amount: fc.oneof(
        fc.integer({ min: -10, max: 20_000 }),
        fc.constantFrom(0, 1, 604, 605),
        fc.constantFrom('1:1-1:7', '2:255-2:286', '114:6-1:1', '2:300-2:301', '600'),
        fc.double(),
      ),
      category: fc.constantFrom('QURAN', 'COURSE', 'quran'),
      duration: fc.oneof(fc.integer({ min: -1, max: 400 }), fc.constantFrom(0, 1, 1.5)),
      extra: fc.jsonValue(),
    },
    { requiredKeys: ['type', 'amount', 'category'] },
  ),
});

/** Changes some leaves of a valid payload to anything JSON can carry. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const fields = Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, mutated(inner)]),
    );
    return fc.record(fields, { requiredKeys: [] });
  }
  return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, fc.jsonValue());
}

function payloads(name: MessageName): fc.Arbitrary<unknown> {
  const sample = PROTOCOL_SAMPLES[name];
  const extra: fc.Arbitrary<unknown>[] =
    name === 'createGoal' || name === 'estimateGoal'
      ? [fc.record({ goal: goalish, replace: fc.oneof(fc.boolean(), fc.jsonValue()) })]
      : name === 'updateGoal'
        ? [goalish.map((goal) => ({ goalId: 'g1', goal }))]
        : [];
  return fc.oneof(
    fc.constant(sample.valid),
    mutated(sample.valid),
    fc.constantFrom(...sample.malformed),
    fc.anything(),
    ...extra,
  );
}

const API_MESSAGES: MessageName[] = [
  'createGoal',
  'updateGoal',
  'deleteGoal',
  'estimateGoal',
  'getTodaysPlan',
];
const senders = fc.constantFrom<SenderClass>('extension-page', 'content-script', 'foreign');
const statuses = fc.constantFrom(200, 200, 200, 400, 401, 403, 404, 422, 429, 500, 502, 503, 504);

describe.each(Object.keys(PROTOCOL) as MessageName[])('fuzzing %s', (name) => {
  beforeEach(() => fakeBrowser.reset());

  it(`answers ${RUNS} random messages with a valid result or a typed error`, {
    timeout: 60_000,
  }, async () => {
    const schema = resultSchema(PROTOCOL[name].response);
    let answered = 0;
    const seen = { ok: 0, failed: 0, apiCalls: 0, bodies: 0 };
    await fc.assert(
      fc.asyncProperty(payloads(name), senders, statuses, async (payload, from, status) => {
        const service = background(() => status);
        const reply = await service.ask({ name, payload }, from);
        expect(reply).not.toBe('ignored');
        const parsed = schema.safeParse(reply);
        expect(parsed.success, JSON.stringify(reply)).toBe(true);
        if (parsed.success && !parsed.data.ok) {
          expect(ErrorInfoSchema.parse(parsed.data.error).message.length).toBeGreaterThan(0);
        }
        if (parsed.success) seen[parsed.data.ok ? 'ok' : 'failed']++;
        seen.apiCalls += service.calls.length;
        for (const call of service.calls) {
          const body = bodyCheck(call);
          if (body) {
            expect(body(call.body), `${describeErrors(body)}: ${JSON.stringify(call.body)}`).toBe(
              true,
            );
            seen.bodies++;
          }
          const mushaf = call.url.searchParams.get('mushafId');
          if (mushaf !== null) expect(mushafIds).toContain(Number(mushaf));
        }
        answered++;
      }),
      { numRuns: RUNS },
    );
    expect(answered).toBe(RUNS);
    expect(seen.ok, 'some messages were served').toBeGreaterThan(0);
    expect(seen.failed, 'some messages were refused').toBeGreaterThan(0);
    if (API_MESSAGES.includes(name)) expect(seen.apiCalls).toBeGreaterThan(RUNS / 20);
    if (name === 'createGoal' || name === 'updateGoal') {
      expect(seen.bodies, 'some bodies were sent and checked').toBeGreaterThan(RUNS / 100);
    }
  });
});

describe('messages outside the protocol', () => {
  it('are left alone, whatever they carry', async () => {
    const service = background(() => 200);
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (message) => {
        const name = (message as { name?: unknown } | null)?.name;
        fc.pre(!(typeof name === 'string' && Object.hasOwn(PROTOCOL, name)));
        expect(await service.ask(message, 'extension-page')).toBe('ignored');
      }),
      { numRuns: 2_000 },
    );
    expect(service.calls).toEqual([]);
  });
});
