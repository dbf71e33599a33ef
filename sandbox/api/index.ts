import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { rateLimit } from '../rate-limit';
import type { SandboxState } from '../state';
import { goalRoutes } from './goals';
import { planRoutes } from './plan';

/** The User API's goal operations, mounted under `/auth/v1`. */
export function userApi(state: SandboxState): Hono<SandboxEnv> {
  const api = new Hono<SandboxEnv>();
  api.use('*', rateLimit(state));
  planRoutes(api, state);
  goalRoutes(api, state);
  return api;
}
