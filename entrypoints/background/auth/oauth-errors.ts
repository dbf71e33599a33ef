import * as oauth from 'oauth4webapi';
import { GoalsError } from '@/utils/errors';
import { kindOfStatus } from '../api/api-errors';

/** Which OAuth step failed: the words and the kind of error depend on it. */
export type OAuthStep = 'discovery' | 'authorize' | 'code' | 'refresh' | 'revoke';

const SIGN_IN_AGAIN =
  'Your sign-in has expired or was withdrawn. Sign in again; nothing you were doing is lost.';

function statusOf(error: unknown): number | undefined {
  if (
    error instanceof oauth.ResponseBodyError ||
    error instanceof oauth.WWWAuthenticateChallengeError
  ) {
    return error.status;
  }
  // The cause is the HTTP response (not always an `instanceof Response` across realms).
  const cause = error instanceof oauth.OperationProcessingError ? error.cause : undefined;
  const status = (cause as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}

function signInFailed(message: string): GoalsError {
  return new GoalsError({ kind: 'sign_in_failed', message });
}

function authorizationError(error: oauth.AuthorizationResponseError): GoalsError {
  if (error.error === 'access_denied') {
    return signInFailed('Sign-in was declined, so you are still signed out.');
  }
  const detail = error.error_description ? `: ${error.error_description}` : '';
  return signInFailed(`The sign-in server refused (${error.error}${detail}).`);
}

/**
 * Turns whatever an OAuth step threw into a typed error: `network` and `timeout` as for the API;
 * a refused refresh token is `unauthorized` (sign in again); a failed sign-in step is
 * `sign_in_failed` with what went wrong; a server failure keeps its status kind.
 */
export function oauthError(error: unknown, step: OAuthStep): GoalsError {
  if (error instanceof GoalsError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new GoalsError({
      kind: 'timeout',
      message: 'The sign-in server did not answer in time.',
    });
  }
  if (error instanceof TypeError && !('code' in error)) {
    return new GoalsError({
      kind: 'network',
      message: 'Could not reach the sign-in server. Check your connection.',
    });
  }
  if (error instanceof oauth.AuthorizationResponseError) return authorizationError(error);
  const status = statusOf(error);
  if (status !== undefined && status >= 500) {
    return new GoalsError({
      kind: kindOfStatus(status),
      status,
      message: 'The sign-in server failed. Try again later.',
    });
  }
  if (step === 'refresh' && status !== undefined && status >= 400) {
    return new GoalsError({ kind: 'unauthorized', status, message: SIGN_IN_AGAIN });
  }
  if (step === 'refresh' || step === 'revoke' || step === 'discovery') {
    const what = step === 'discovery' ? 'Its settings document' : 'Its answer';
    return new GoalsError({
      kind: 'invalid_response',
      message: `The sign-in server answered in an unexpected way. ${what} could not be used.`,
    });
  }
  if (error instanceof oauth.ResponseBodyError) {
    return signInFailed(`The sign-in server did not accept the sign-in (${error.error}).`);
  }
  const text = error instanceof Error ? error.message : String(error);
  if (step === 'authorize' && /"state"/.test(text)) {
    return signInFailed('The sign-in answer did not belong to this attempt. Try again.');
  }
  return signInFailed(`The sign-in server answered in an unexpected way (${text}).`);
}
