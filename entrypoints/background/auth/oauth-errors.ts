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

/**
 * The authorize step came back with `invalid_scope` (RFC 6749 §4.1.2.1): the client's
 * registration does not allow a scope that was asked. `description` is the server's
 * `error_description`, when it gave one.
 */
export class ScopeRefusedError extends GoalsError {
  readonly description: string | undefined;
  constructor(description: string | undefined) {
    const detail = description ? ` (${description})` : '';
    super({
      kind: 'sign_in_failed',
      message:
        `The sign-in server refused the access Quran Goals asks for${detail}. This client's ` +
        'registration does not allow it: ask for its scopes to be added to the client in the ' +
        'Quran Foundation developer console.',
    });
    this.name = 'ScopeRefusedError';
    this.description = description;
  }

  /**
   * Which of `asked` the server named as refused; empty when its description names none of
   * them (or there is no description). A child scope named (`activity_day.read`) counts for
   * the parent asked (`activity_day`).
   */
  named(asked: readonly string[]): string[] {
    const words = new Set(
      (this.description ?? '')
        .split(/[^A-Za-z0-9_.]+/)
        .map((word) => word.replace(/\.+$/, ''))
        .filter(Boolean),
    );
    return asked.filter((scope) =>
      [...words].some((word) => word === scope || word.startsWith(`${scope}.`)),
    );
  }
}

function authorizationError(error: oauth.AuthorizationResponseError): GoalsError {
  if (error.error === 'access_denied') {
    return signInFailed('Sign-in was declined, so you are still signed out.');
  }
  if (error.error === 'invalid_scope') {
    return new ScopeRefusedError(error.error_description || undefined);
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
