import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type RunningSandbox, type SandboxOptions, startSandbox } from '../../../sandbox/server';

/** The client id tests use unless they need another. */
export const CLIENT_ID = 'quran-goals-test';

/** Scopes for every goal, activity, streak and reading-session operation. */
export const READING_SCOPE = 'openid offline_access goal streak activity_day reading_session';

/** An answer: status, headers, raw text and the JSON body when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Options of a User API call. */
export interface ApiCall {
  token?: string | null;
  clientId?: string | null;
  zone?: string;
  body?: unknown;
  /** Sent as is instead of `body`. */
  rawBody?: string;
}

/** A small client for one running sandbox: its test controls, User API and OAuth2. */
export class SandboxClient {
  /** The access token `api` sends unless told otherwise. */
  token = '';

  constructor(readonly url: string) {}

  /** Calls a test control with a JSON body. */
  async control(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
    const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
    if (body !== undefined) init.body = JSON.stringify(body);
    return answer(await fetch(`${this.url}/__sandbox/${path}`, init));
  }

  /** Mints tokens through the test control (and keeps the access token for `api`). */
  async signIn(fields: { clientId?: string; sub?: string; scope?: string } = {}) {
    const { body } = await this.control('tokens', { clientId: CLIENT_ID, ...fields });
    const tokens = body as {
      access_token: string;
      refresh_token?: string;
      expires_in: number;
      scope: string;
    };
    this.token = tokens.access_token;
    return tokens;
  }

  /** Calls the User API under `/auth/v1`. */
  async api(method: string, path: string, call: ApiCall = {}): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = call.token === undefined ? this.token : call.token;
    const clientId = call.clientId === undefined ? CLIENT_ID : call.clientId;
    if (token !== null) headers['x-auth-token'] = token;
    if (clientId !== null) headers['x-client-id'] = clientId;
    if (call.zone) headers['x-timezone'] = call.zone;
    const body = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
    return answer(await fetch(`${this.url}/auth/v1${path}`, { method, headers, body }));
  }

  /** Creates a goal and returns its id (fails the test when it cannot). */
  async createGoal(body: Record<string, unknown>, mushafId = 4): Promise<string> {
    const created = await this.api('POST', `/goals?mushafId=${mushafId}`, { body });
    if (created.status !== 200)
      throw new Error(`create answered ${created.status}: ${created.text}`);
    return (created.body as { data: { id: string } }).data.id;
  }

  /** Logs a batch of Quran reading (`POST /v1/activity-days`) in the reader's zone. */
  async logReading(body: Record<string, unknown>, zone?: string): Promise<Answer> {
    return this.api('POST', '/activity-days', {
      body: { type: 'QURAN', seconds: 60, ranges: [], mushafId: 4, ...body },
      zone,
    });
  }

  /** The `data` of a User API GET that must succeed, and its pagination. */
  async read<T = Record<string, unknown>>(path: string, zone?: string) {
    const answer = await this.api('GET', path, { zone });
    if (answer.status !== 200)
      throw new Error(`GET ${path} answered ${answer.status}: ${answer.text}`);
    return answer.body as { data: T; pagination?: Record<string, unknown> };
  }

  /** Posts a form to an OAuth2 endpoint. */
  async form(path: string, fields: Record<string, string>): Promise<Answer> {
    return answer(
      await fetch(`${this.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields),
        redirect: 'manual',
      }),
    );
  }

  /** A GET that does not follow redirects. */
  async get(path: string): Promise<Answer> {
    return answer(await fetch(`${this.url}${path}`, { redirect: 'manual' }));
  }
}

/**
 * Starts one quiet sandbox on a free port for a test file and resets it before each test;
 * the returned object is filled in before the first test runs.
 */
export function useSandbox(options: SandboxOptions = {}): {
  client: SandboxClient;
  sandbox: RunningSandbox;
} {
  const context = {} as { client: SandboxClient; sandbox: RunningSandbox };
  beforeAll(async () => {
    context.sandbox = await startSandbox({ port: 0, quiet: true, ...options });
    context.client = new SandboxClient(context.sandbox.url);
  });
  beforeEach(async () => {
    await context.client.control('reset', {});
    await context.client.signIn();
  });
  afterAll(() => context.sandbox?.close());
  return context;
}
