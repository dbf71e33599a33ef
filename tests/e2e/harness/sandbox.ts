import { inject } from 'vitest';
import { z } from 'zod';
import type { Fault, FaultRoute } from '../../../sandbox/faults';
import type { DayProgress } from '../../../sandbox/progress';
import { type SandboxOptions, startSandbox } from '../../../sandbox/server';
import type { SandboxSettings as AllSandboxSettings } from '../../../sandbox/settings';
import { isApiRequest, requestProblems } from '../../contract/request-check';
import { isPortFree } from './free-port';
import { recordChecks } from './request-tally';
import { type WaitOptions, waitFor } from './wait-for';

/** One request as the sandbox recorded it (`GET /__sandbox/requests`). */
export const SandboxRequestSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.string()),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
  /** `null` when the sandbox dropped the connection. */
  status: z.number().nullable(),
  at: z.string(),
});
export type SandboxRequest = z.infer<typeof SandboxRequestSchema>;

/** The OAuth2 token response the sandbox mints (`POST /__sandbox/tokens`). */
export const TokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().optional(),
  expires_in: z.number(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
});
export type TokenResponse = z.infer<typeof TokenResponseSchema>;

/** A fault for the next `count` calls of a route (`POST /__sandbox/faults`). */
export type SandboxFault = Fault & { route: FaultRoute; count?: number };

/** Today's reading for a user (`POST /__sandbox/progress`). */
export type SandboxProgress = Partial<DayProgress> & { sub?: string; date?: string };

/**
 * Settings that can change while the sandbox runs (`POST /__sandbox/settings`); each is
 * described in sandbox/README.md, "Assumptions (named options)". A reset restores them.
 */
export type SandboxSettings = Partial<AllSandboxSettings>;

/** A running sandbox and typed access to its test controls. */
export interface TestSandbox {
  url: string;
  close(): Promise<void>;
  /** Every request received so far, oldest first. */
  requests(): Promise<SandboxRequest[]>;
  /** Waits for a request that `match` accepts and answers it. */
  waitForRequest(
    match: (r: SandboxRequest) => boolean,
    wait?: WaitOptions,
  ): Promise<SandboxRequest>;
  /** The goals the sandbox holds now. */
  goals(): Promise<unknown[]>;
  /** Tokens issued without the browser, for the e2e-only token hook. */
  mintTokens(grant?: { clientId?: string; sub?: string; scope?: string }): Promise<TokenResponse>;
  fault(fault: SandboxFault): Promise<void>;
  /** Forgets the faults still queued. */
  clearFaults(): Promise<void>;
  /** Answers 429 beyond `limit` calls per `windowMs`; `limit: 0` switches it off. */
  rateLimit(limit: number, windowMs?: number): Promise<void>;
  progress(progress: SandboxProgress): Promise<void>;
  /** `days` days of reading ending today or yesterday in `zone` (`POST /__sandbox/streak`). */
  streak(streak: {
    sub?: string;
    days: number;
    through?: 'today' | 'yesterday';
    zone?: string;
  }): Promise<void>;
  settings(settings: SandboxSettings): Promise<void>;
  /** Forgets the requests received so far. */
  clearRequests(): Promise<void>;
  /** Forgets goals, tokens, faults and requests; settings go back to the start options. */
  reset(): Promise<void>;
  /**
   * Checks every User API request the extension sent since the last check against the
   * official document (throws on the first that departs from it). Also run before the
   * requests are forgotten and when the sandbox closes.
   */
  checkRequests(): Promise<void>;
}

async function control(
  url: string,
  path: string,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
): Promise<unknown> {
  const response = await fetch(`${url}/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`Sandbox /__sandbox/${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/**
 * The port the e2e run shares between files (global setup), when it is still free; any free
 * port outside a vitest run (a benchmark script, for example).
 */
async function sharedPort(): Promise<number> {
  let port: number | undefined;
  try {
    port = inject('sandboxPort');
  } catch {
    port = undefined;
  }
  return port && (await isPortFree(port)) ? port : 0;
}

/**
 * Starts a sandbox for a test file. It listens on the run's shared port when it can, so that
 * the extension build made for it is reused by the next file.
 */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const port = options.port ?? (await sharedPort());
  const server = await startSandbox({ quiet: true, ...options, port });
  const url = server.url;
  const requests = async () => z.array(SandboxRequestSchema).parse(await control(url, 'requests'));
  const seen = new Set<string>();
  let checked = 0;
  /**
   * The User API requests a browser sent (the extension's; a test's own fetch from Node says
   * `node` as its user agent) and not checked yet.
   */
  async function checkRequests() {
    for (const request of await requests()) {
      const key = JSON.stringify(request);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!isApiRequest(request) || !/^Mozilla\//.test(request.headers['user-agent'] ?? ''))
        continue;
      checked += 1;
      const problems = requestProblems(request);
      if (problems.length > 0) {
        recordChecks(checked, 1);
        throw new Error(
          `${request.method} ${request.path} departs from the official document: ${problems.join('; ')}`,
        );
      }
    }
  }
  return {
    url,
    checkRequests,
    close: async () => {
      try {
        await checkRequests();
        recordChecks(checked, 0);
      } finally {
        await server.close();
      }
    },
    requests,
    waitForRequest: (match, wait) =>
      waitFor(async () => (await requests()).find(match), {
        message: 'a sandbox request',
        ...wait,
      }),
    goals: async () =>
      z.object({ goals: z.array(z.unknown()) }).parse(await control(url, 'goals')).goals,
    mintTokens: async ({ clientId = 'quran-goals-sandbox', sub, scope } = {}) =>
      TokenResponseSchema.parse(await control(url, 'tokens', { clientId, sub, scope })),
    fault: async (fault) => {
      await control(url, 'faults', fault);
    },
    clearFaults: async () => {
      await control(url, 'faults', undefined, 'DELETE');
    },
    rateLimit: async (limit, windowMs) => {
      await control(url, 'rate-limit', { limit, windowMs });
    },
    progress: async (progress) => {
      await control(url, 'progress', progress);
    },
    streak: async (streak) => {
      await control(url, 'streak', streak);
    },
    clearRequests: async () => {
      await checkRequests();
      seen.clear();
      await control(url, 'requests', undefined, 'DELETE');
    },
    settings: async (settings) => {
      await control(url, 'settings', settings);
    },
    reset: async () => {
      await checkRequests();
      seen.clear();
      await control(url, 'reset', {});
    },
  };
}
