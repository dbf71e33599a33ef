import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import type { SandboxSettings } from './settings';
import { createState } from './state';

/**
 * How to start a sandbox: any of the settings (`settings.ts`, each described in
 * `sandbox/README.md`), which can also be changed while it runs and to which a reset goes
 * back, and the port, data file and logging, which cannot.
 */
export interface SandboxOptions extends Partial<SandboxSettings> {
  /** Port on 127.0.0.1; 0 picks a free one. Default 8787. */
  port?: number;
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
