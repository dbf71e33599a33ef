import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { PlanGoal, PlanMushaf, PutMode, RefusedTokenStatus } from './settings';
import { createState } from './state';
import type { ExistingGoalPolicy } from './store';

/**
 * How to start a sandbox. The settings (all but `port`, `dataFile` and `quiet`) can also be
 * changed while it runs, and a reset goes back to these; `sandbox/README.md` describes them.
 */
export interface SandboxOptions {
  /** Port on 127.0.0.1; 0 picks a free one. Default 8787. */
  port?: number;
  /** What a second create does while the user has a goal of that category. Default `allow`. */
  existingGoal?: ExistingGoalPolicy;
  /** Access-token lifetime in seconds. Default 3600. */
  tokenLifetime?: number;
  /** 422 for more seconds a day than a day has (QURAN_TIME). Default off. */
  timeCap?: boolean;
  /** 422 for more pages than the goal's mushaf has (QURAN_PAGES). Default off. */
  pageCap?: boolean;
  /** 422 for a category that does not go with the goal's type. Default off. */
  categoryMatch?: boolean;
  /** 400 for an `x-timezone` that is not an IANA zone; off, it is read as UTC. Default off. */
  strictTimezone?: boolean;
  /** Status for a missing, invalid, expired or revoked access token. Default 401. */
  expiredToken?: RefusedTokenStatus;
  /** An update merges the body into the goal (`partial`) or becomes the goal. Default `partial`. */
  put?: PutMode;
  /** Today's plan describes the newest goal of the asked type, or the newest. Default `type`. */
  planGoal?: PlanGoal;
  /** Today's plan counts pages in the asked mushaf, or the goal's. Default `asked`. */
  planMushaf?: PlanMushaf;
  /** JSON file that keeps the goals across restarts. */
  dataFile?: string;
  /** No request log on stdout. */
  quiet?: boolean;
}

/** A running sandbox. */
export interface RunningSandbox {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:8787`. */
  url: string;
  /** Stops listening and closes every open connection. */
  close(): Promise<void>;
}

/** Starts a Quran Foundation sandbox on 127.0.0.1 (User API, OAuth2 and test controls). */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const state = createState(options);
  const app = createApp(state);
  const server = serve({
    fetch: app.fetch,
    port: options.port ?? 8787,
    hostname: '127.0.0.1',
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  return {
    url: state.origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        state.closing.abort();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
