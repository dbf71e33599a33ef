import { describe, expect, it } from 'vitest';
import {
  describeErrors,
  requestBodyValidator,
  sendProtocolMessage,
  setTokens,
  setupJourney,
} from './harness';

/** A zone unlike the machine's, so the header can only come from the browser's own clock. */
const TIMEZONE = 'Asia/Karachi';
const journey = setupJourney({ launch: { timezone: TIMEZONE } });

const isCreate = (request: { method: string; path: string }) =>
  request.method === 'POST' && /^\/auth\/v1\/goals\/?$/.test(request.path);

describe('createGoal from an extension page', () => {
  it('sends POST /v1/goals with the three headers and a body the official document accepts', async () => {
    const { browser, sandbox } = journey;
    const popup = await browser.openPopup();
    const tokens = await setTokens(popup, sandbox);
    const body = { type: 'QURAN_TIME', amount: 600, category: 'QURAN' } as const;

    const reply = await sendProtocolMessage(popup, 'createGoal', {
      goal: { mushafId: 4, body },
      replace: false,
    });

    expect(reply).toMatchObject({ ok: true, value: { status: 'created' } });
    const request = await sandbox.waitForRequest(isCreate);
    expect(request.query).toEqual({ mushafId: '4' });
    expect(request.headers['x-auth-token']).toBe(tokens.access_token);
    expect(request.headers['x-client-id']).toBe('quran-goals-sandbox');
    expect(request.headers['x-timezone']).toBe(TIMEZONE);
    const validate = requestBodyValidator('production', '/v1/goals', 'post');
    expect(validate(request.body), describeErrors(validate)).toBe(true);
    expect(request.body).toEqual(body);
    expect(request.status).toBe(200);

    const goals = await sandbox.goals();
    expect(goals).toHaveLength(1);
    expect(JSON.stringify(goals[0])).toContain(
      (reply as { value: { goalId: string } }).value.goalId,
    );
    expect((await sandbox.requests()).filter(isCreate)).toHaveLength(1);
    expect(journey.workerErrors.errors).toEqual([]);
  });
});
