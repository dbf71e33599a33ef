import type * as z from 'zod/mini';
import { type ApiQuery, apiUrl, type Environment } from '@/utils/environments';
import { errorFromFetchFailure, errorFromResponse, parseBody } from './api-errors';

/** How long an API call may take before it fails with `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The timeout a build sets with `WXT_QF_TIMEOUT_MS` (e2e builds shorten it), else the default. */
export function timeoutFromBuild(value: string | undefined): number {
  const ms = Number(value);
  return Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
}

/** What the transport needs from the rest of the background. */
export interface TransportDeps {
  /** The environment to call (base URL and client id). */
  environment(): Promise<Environment>;
  /** The reader's IANA zone, sent as `x-timezone`. */
  timeZone(): Promise<string>;
  /** A fresh access token; throws `not_signed_in` when there is none. */
  accessToken(): Promise<string>;
  /** A new access token after the API refused `rejected` (one shared refresh). */
  refreshAfterRejection(rejected: string): Promise<string>;
  /** The API refused even the refreshed token: the reader has to sign in again. */
  signInAgain(rejected: string): Promise<void>;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** One call of the User API. */
export interface ApiRequest<S extends z.ZodMiniType> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API base, e.g. `/v1/goals`. */
  path: string;
  query?: ApiQuery;
  body?: unknown;
  /** The documented success answer. */
  response: S;
}

/** Sends User API calls with the three headers, a timeout and one retry after a refresh (401, 403). */
export interface Transport {
  request<S extends z.ZodMiniType>(call: ApiRequest<S>): Promise<z.output<S>>;
}

/** Creates the transport every goal endpoint goes through. */
export function createTransport(deps: TransportDeps): Transport {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function send(call: ApiRequest<z.ZodMiniType>, env: Environment, token: string) {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'x-auth-token': token,
      'x-client-id': env.clientId,
      'x-timezone': await deps.timeZone(),
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await doFetch(apiUrl(env.apiBaseUrl, call.path, call.query), {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
      });
      return { response, text: response.ok ? await response.text() : '' };
    } catch (error) {
      throw errorFromFetchFailure(error);
    }
  }

  return {
    async request(call) {
      const env = await deps.environment();
      let token = await deps.accessToken();
      let { response, text } = await send(call, env, token);
      // A 401, and a 403 (which the documents also give for a missing or expired token), get
      // one refresh and one retry. A second 401 signs the reader out; a second 403 is the
      // permission refusal itself, answered as it is: never a loop.
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel().catch(() => undefined);
        token = await deps.refreshAfterRejection(token);
        ({ response, text } = await send(call, env, token));
        if (response.status === 401) await deps.signInAgain(token);
      }
      if (!response.ok) throw await errorFromResponse(response);
      return parseBody(call.response, text);
    },
  };
}
