import type { HttpBindings } from '@hono/node-server';

/** Hono environment of the sandbox's routes. */
export type SandboxEnv = {
  Bindings: HttpBindings;
  Variables: { sub: string; zone: string; dropped: boolean };
};
