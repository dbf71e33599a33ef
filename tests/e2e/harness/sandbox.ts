import { inject } from 'vitest';
import { z } from 'zod';
import { startSandbox } from '../../../sandbox/server';
import { isPortFree } from './free-port';
import { type WaitOptions, waitFor } from './wait-for';

/** One request as the sandbox recorded it (`GET /__sandbox/requests`). */
export const SandboxRequestSchema = z.object({
  method: z.string(),
  path: z.string(),
  query: z.record(z.string(), z.unknown()),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
  status: z.number(),
  at: z.union([z.string(), z.number()]),
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
export interface SandboxFault {
  route: string;
  count: number;
  status?: number;
  delayMs?: number;
  drop?: boolean;
  malformed?: boolean;
  commitThenDrop?: boolean;
}

/** Settings that can change while the sandbox runs (`POST /__sandbox/settings`). */
export interface SandboxSettings {
  existingGoal?: 'reject' | 'replace' | 'allow';
  tokenLifetime?: number;
}

type SandboxOptions = NonNullable<Parameters<typeof startSandbox>[0]>;

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
  settings(settings: SandboxSettings): Promise<void>;
  reset(): Promise<void>;
}

async function control(url: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}/__sandbox/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`Sandbox /__sandbox/${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** The port the e2e run shares between files (global setup), when it is still free. */
async function sharedPort(): Promise<number> {
  const port = inject('sandboxPort');
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
  return {
    url,
    close: async () => {
      await server.close();
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
    settings: async (settings) => {
      await control(url, 'settings', settings);
    },
    reset: async () => {
      await control(url, 'reset', {});
    },
  };
}
