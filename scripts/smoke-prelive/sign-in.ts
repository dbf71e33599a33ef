import { waitFor } from '../../tests/e2e/harness/wait-for';
import { type ErrorInfo, toErrorInfo } from '../../utils/errors';
import type { AccountState } from '../../utils/messages';
import { describeError } from './evidence';
import { ask, type Smoke } from './extension';
import { PRELIVE } from './inputs';

const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

/** Stops unless the build talks to pre-live's hosts with the given client. */
function checkPreliveBuild(state: AccountState, clientId: string): void {
  const env = state.environment;
  const prelive =
    env.name === 'prelive' &&
    env.apiBaseUrl === PRELIVE.apiBaseUrl &&
    env.oauthBaseUrl === PRELIVE.oauthBaseUrl &&
    env.clientId === clientId;
  if (!prelive) {
    throw new Error(`The build is not set up for pre-live: ${JSON.stringify(env)}. Stopped.`);
  }
}

/**
 * Starts sign-in as the popup does (`signIn`) and waits, up to five minutes, for the maintainer
 * to sign in on the real page. Answers the account state once signed in.
 */
export async function signInByHand(s: Smoke): Promise<AccountState> {
  const before = await ask(s, 'getAccountState', {});
  if (!before.ok) throw new Error(`The extension did not answer: ${describeError(before.error)}`);
  checkPreliveBuild(before.value, s.clientId);
  if (before.value.redirectUrl)
    console.log(`The extension's redirect URL: ${before.value.redirectUrl}`);
  console.log(
    'A sign-in window opens on pre-live: sign in there with your pre-live account (5 minutes).',
  );
  let failure: ErrorInfo | undefined;
  ask(s, 'signIn', {}).then(
    (answer) => {
      if (!answer.ok) failure = answer.error;
      else if (!answer.value.signedIn) {
        failure = { kind: 'sign_in_failed', message: 'The sign-in ended signed out.' };
      }
    },
    (error) => {
      failure = toErrorInfo(error);
    },
  );
  const outcome = await waitFor(
    async () => {
      const failed = failure;
      if (failed) return { failure: failed };
      const state = await ask(s, 'getAccountState', {});
      return state.ok && state.value.signedIn ? { state: state.value } : false;
    },
    { timeout: SIGN_IN_TIMEOUT_MS, interval: 2_000, message: 'the pre-live sign-in' },
  );
  if (outcome.failure) throw new Error(`Sign-in failed: ${describeError(outcome.failure)}`);
  console.log('Signed in. Asking the service…');
  return outcome.state;
}

/** Signs out as the popup does, which revokes the refresh token; says how it went. */
export async function signOut(s: Smoke): Promise<string> {
  const out = await ask(s, 'signOut', {}).catch((error) => ({
    ok: false as const,
    error: toErrorInfo(error),
  }));
  return out.ok
    ? 'Signed out (the refresh token revoked).'
    : `Sign-out failed: ${describeError(out.error)}.`;
}
