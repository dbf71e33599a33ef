import type { GoalRequest } from '../../utils/goals';
import type { AccountState } from '../../utils/messages';
import { DEFAULT_MUSHAF_ID } from '../../utils/mushafs';
import { type ApiCall, isApiCall } from './call-log';
import { describeBody, describeError, describeGoal, isSuccess } from './evidence';
import { type Answer, ask, currentAccessToken, rawCall, type Smoke } from './extension';
import { answered, couldNotTell, type Finding } from './findings';

// Questions 1, 4, 5 and 6, which create nothing.

/** 10 pages over 3 days: 3⅓ pages a day if the service keeps fractions. */
const PAGES_GOAL = {
  mushafId: DEFAULT_MUSHAF_ID,
  body: { type: 'QURAN_PAGES', amount: 10, category: 'QURAN', duration: 3 },
} as const satisfies GoalRequest;

/** The estimate questions 1 and 6 are judged on. */
export const askPagesEstimate = (s: Smoke) => ask(s, 'estimateGoal', { goal: PAGES_GOAL });

/**
 * 1: the first User API call of the service worker the service answered with success, and the
 * `Origin` the browser sent with it. When the browser reported none of the worker's requests,
 * the pages estimate (a call the worker makes) stands in.
 */
export function judgeOrigin(
  seen: ApiCall[],
  extensionId: string,
  estimate: Answer<'estimateGoal'>,
): Finding {
  const calls = seen.filter(isApiCall);
  const own = `the worker's origin is chrome-extension://${extensionId}`;
  const describe = (call: ApiCall) =>
    `${call.method} ${call.address} answered ${call.status}, sent with Origin: ` +
    `${call.origin ?? '(not reported by the browser)'}`;
  const accepted = calls.find((call) => call.status !== null && isSuccess(call.status));
  if (accepted) return answered('yes', `${describe(accepted)}; ${own}`);
  const refused = calls.find((call) => call.status === 403);
  if (refused) {
    return couldNotTell(
      `no call was accepted; ${describe(refused)}, which may be the origin, the scope or the ` +
        `environment; ${own}`,
    );
  }
  if (calls.length === 0 && estimate.ok) {
    return answered(
      'yes',
      `the browser reported none of the worker's requests, but the estimate the worker asked ` +
        `for (GET /v1/goals/estimate) was answered with success; ${own}`,
    );
  }
  return couldNotTell(`no User API call was answered with success (${calls.length} seen)`);
}

/**
 * 4: the extension cannot make the server see an expired token (it refreshes before expiry),
 * so one GET is sent by hand from the service worker with a token that is invalid instead.
 */
export async function checkInvalidToken(s: Smoke): Promise<Finding> {
  const token = await currentAccessToken(s);
  if (!token) return couldNotTell('the access token could not be read to spoil it');
  const spoiled = spoil(token);
  const raw = await rawCall(s, {
    method: 'GET',
    path: '/v1/goals/get-todays-plan',
    query: { type: 'QURAN_TIME', mushafId: DEFAULT_MUSHAF_ID },
    token: spoiled.token,
  });
  return answered(
    `not tried with an expired token; an invalid one (not an expired one) is answered ${raw.status}`,
    `GET /v1/goals/get-todays-plan from the service worker with ${spoiled.how}: ` +
      `${raw.status} ${describeBody(raw.body)}`,
  );
}

/**
 * 7: the documents name no scope for reading sessions, the Foundation's scopes page names
 * `reading_session`, and sign-in does not ask it: one GET with the token sign-in got tells
 * whether "Read now" of a time or page goal can ever open the last reading position.
 */
export async function checkReadingSessions(s: Smoke, account: AccountState): Promise<Finding> {
  const token = await currentAccessToken(s);
  if (!token) return couldNotTell('the access token could not be read');
  const raw = await rawCall(s, { method: 'GET', path: '/v1/reading-sessions', query: {}, token });
  const evidence =
    `GET /v1/reading-sessions from the service worker with the token granted ` +
    `${account.scopes.join(' ') || '(no scope listed)'}: ${raw.status} ${describeBody(raw.body)}`;
  if (isSuccess(raw.status)) return answered('yes', evidence);
  if (raw.status === 403) return answered('no: it needs a scope sign-in does not ask', evidence);
  return couldNotTell(evidence);
}

/** The token made invalid: a JWT with its signature replaced, else a made-up token. */
export function spoil(token: string): { token: string; how: string } {
  const parts = token.split('.');
  if (parts.length === 3) {
    const signature = Buffer.from('not the signature').toString('base64url');
    return {
      token: `${parts[0]}.${parts[1]}.${signature}`,
      how: "the access token's signature replaced",
    };
  }
  return { token: 'not-a-valid-access-token', how: 'a made-up token in place of the access token' };
}

/** 5: the token endpoint's `scope`, else the access token's own claim. */
export async function checkScopes(s: Smoke, account: AccountState): Promise<Finding> {
  await s.log.settled();
  const missing = account.missingScopes?.length
    ? `, missing ${account.missingScopes.join(' ')}`
    : '';
  const listed = `the extension lists ${account.scopes.join(' ') || 'none'}${missing}`;
  if (s.log.tokenScope !== undefined) {
    return answered(
      s.log.tokenScope || 'none',
      `the token endpoint's answer said scope "${s.log.tokenScope}"; ${listed}`,
    );
  }
  const token = await currentAccessToken(s);
  const claim = token ? scopeClaim(token) : null;
  if (claim) {
    return answered(claim.scopes.join(' '), `the access token's "${claim.name}" claim; ${listed}`);
  }
  return couldNotTell(
    "the token endpoint's answer could not be read or named no scope, and the access token " +
      `carries no scope claim; ${listed}, which is what it asked for and assumes when the ` +
      'answer names none',
  );
}

/** The `scope` or `scp` claim of a JWT, or null for an opaque token or none. */
export function scopeClaim(token: string): { name: string; scopes: string[] } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    for (const name of ['scope', 'scp']) {
      const value: unknown = claims[name];
      if (typeof value === 'string') return { name, scopes: value.split(' ').filter(Boolean) };
      if (Array.isArray(value)) return { name, scopes: value.map(String) };
    }
  } catch {}
  return null;
}

/** 6: the estimate of 10 pages over 3 days, which does not divide evenly. */
export function judgePageEstimates(estimate: Answer<'estimateGoal'>): Finding {
  const what = `the estimate of ${describeGoal(PAGES_GOAL)}`;
  if (!estimate.ok) return couldNotTell(`${what} failed: ${describeError(estimate.error)}`);
  const days = estimate.value.week;
  const evidence = `${what}: ${days.map((day) => `${day.date} ${day.amount}`).join(', ')}`;
  const amounts = days.map((day) => Number(day.amount));
  if (amounts.length === 0 || amounts.some(Number.isNaN)) {
    return couldNotTell(`${evidence}, not all numbers`);
  }
  return amounts.some((amount) => !Number.isInteger(amount))
    ? answered('yes', evidence)
    : answered('not in this run: every day was a whole number of pages', evidence);
}
