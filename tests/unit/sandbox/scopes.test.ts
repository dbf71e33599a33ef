import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox/server';
import { authorizeQuery, pkce, redirectParams } from '../../contract/oauth-flow';
import { CLIENT_ID, SandboxClient, useSandbox } from './sandbox-client';

/**
 * Scopes. The Quran Foundation: `goal` for goals, `streak` for streaks, `activity_day` for
 * logging and reading activity with the children `activity_day.read`, `.create`,
 * `.estimate`, `.update` and `.delete`, a parent covering its children; a client asking for
 * a scope it is not approved for gets `invalid_scope`.
 */

const context = useSandbox();
const client = () => context.client;

const OPERATIONS = {
  log: () => client().logReading({ seconds: 5, ranges: ['1:5-1:7'] }),
  list: () => client().api('GET', '/activity-days'),
  estimate: () => client().api('GET', '/activity-days/estimate-reading-time?ranges=1:1-1:7'),
  streak: () => client().api('GET', '/streaks/current-streak-days?type=QURAN'),
  history: () => client().api('GET', '/streaks'),
  plan: () => client().api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4'),
};
type Operation = keyof typeof OPERATIONS;

describe('scope of each operation', () => {
  it.each<[string, Operation[]]>([
    ['activity_day', ['log', 'list', 'estimate']],
    ['activity_day.read', ['list']],
    ['activity_day.create', ['log']],
    ['activity_day.estimate', ['estimate']],
    ['activity_day.update activity_day.delete', []],
    ['activity_day.read activity_day.create', ['log', 'list']],
    ['streak', ['streak', 'history']],
    ['goal', ['plan']],
    ['goal streak activity_day', ['log', 'list', 'estimate', 'streak', 'history', 'plan']],
  ])('a token with %s may call %j and no other', async (scope, allowed) => {
    await client().signIn({ scope: `openid offline_access ${scope}` });
    for (const [name, call] of Object.entries(OPERATIONS)) {
      const answer = await call();
      const expected = allowed.includes(name as Operation) ? 200 : 403;
      expect(answer.status, `${name}: ${answer.text}`).toBe(expected);
      if (expected === 403) expect(answer.body).toMatchObject({ type: 'forbidden' });
    }
  });

  it.each<[string, () => Promise<{ body: unknown }>, string]>([
    [
      'log',
      OPERATIONS.log,
      'The access token lacks the activity_day.create (or activity_day) scope.',
    ],
    [
      'list',
      OPERATIONS.list,
      'The access token lacks the activity_day.read (or activity_day) scope.',
    ],
    ['streak', OPERATIONS.streak, 'The access token lacks the streak scope.'],
    ['plan', OPERATIONS.plan, 'The access token lacks the goal scope.'],
  ])('names the scope %s needs', async (_, call, message) => {
    await client().signIn({ scope: 'openid bookmark' });
    expect((await call()).body).toMatchObject({ message });
  });

  it('stores nothing for a refused log', async () => {
    await client().signIn({ scope: 'openid activity_day.read' });
    await OPERATIONS.log();
    expect((await client().read('/activity-days')).data).toEqual([]);
  });
});

describe('client registrations with fewer scopes', () => {
  const signInAsking = (scope: string) =>
    client().get(`/oauth2/auth?${authorizeQuery(pkce().challenge, { scope })}&auto=approve`);

  it('approves every known scope by default', async () => {
    const answer = await signInAsking('openid offline_access goal streak activity_day');
    expect(redirectParams(answer).get('code')).toBeTruthy();
  });

  it.each<[string, string, string | null]>([
    ['openid offline_access goal', 'openid offline_access goal', null],
    ['openid offline_access goal', 'openid goal', null],
    ['openid offline_access goal', 'openid offline_access goal streak', 'invalid_scope'],
    ['openid offline_access goal', 'openid activity_day.read', 'invalid_scope'],
    ['openid goal activity_day', 'openid activity_day.read activity_day.create', null],
    ['openid goal activity_day.read', 'openid activity_day', 'invalid_scope'],
    ['openid goal activity_day.read', 'openid activity_day.read', null],
  ])('a client approved for "%s" asking for "%s": %s', async (approved, asked, error) => {
    await client().control('settings', { clientScopes: approved });
    const params = redirectParams(await signInAsking(asked));
    expect(params.get('error')).toBe(error);
    if (error) {
      expect(params.get('error_description')).toMatch(/not approved/);
      expect(params.get('state')).toBe('state-0123456789');
    } else {
      expect(params.get('code')).toBeTruthy();
    }
  });

  it('refuses test tokens for a scope the client is not approved for', async () => {
    await client().control('settings', { clientScopes: 'openid offline_access goal' });
    const refused = await client().control('tokens', { clientId: CLIENT_ID, scope: 'streak' });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/streak/) },
    });
    const allowed = await client().control('tokens', { clientId: CLIENT_ID, scope: 'goal' });
    expect(allowed.status).toBe(200);
  });

  it('keeps the scopes of tokens issued before the approval changed', async () => {
    await client().signIn({ scope: 'openid streak' });
    await client().control('settings', { clientScopes: 'openid goal' });
    expect((await OPERATIONS.streak()).status).toBe(200);
  });

  it('takes the approved scopes as a start option', async () => {
    const sandbox = await startSandbox({ port: 0, quiet: true, clientScopes: 'openid goal' });
    try {
      const other = new SandboxClient(sandbox.url);
      const query = authorizeQuery(pkce().challenge, { scope: 'openid goal streak' });
      const answer = await other.get(`/oauth2/auth?${query}&auto=approve`);
      expect(redirectParams(answer).get('error')).toBe('invalid_scope');
    } finally {
      await sandbox.close();
    }
  });
});

describe('consent page', () => {
  it.each<[string, string]>([
    ['streak', 'see how many days in a row you have read the Quran (your streak)'],
    ['activity_day', 'record the Quran you read each day, and see that record'],
    ['activity_day.read', 'see the Quran reading recorded for each day'],
    ['activity_day.create', 'record the Quran you read each day'],
    ['activity_day.estimate', 'estimate how long verses take to read'],
    ['reading_session', 'see and record where you stopped reading'],
  ])('says in plain words what %s is for', async (scope, words) => {
    const page = await client().get(
      `/oauth2/auth?${authorizeQuery(pkce().challenge, { scope: `openid ${scope}` })}`,
    );
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<li>${words}</li>`);
    expect(page.text).not.toContain(`use ${scope}`);
  });
});
