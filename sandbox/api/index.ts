import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { rateLimit } from '../rate-limit';
import type { SandboxState } from '../state';
import { activityRoutes } from './activity';
import { goalRoutes } from './goals';
import { planRoutes } from './plan';
import { readingSessionRoutes } from './reading-sessions';
import { streakRoutes } from './streaks';

/** The User API's goal, activity-day, streak and reading-session operations, under `/auth/v1`. */
export function userApi(state: SandboxState): Hono<SandboxEnv> {
  const api = new Hono<SandboxEnv>();
  api.use('*', rateLimit(state));
  planRoutes(api, state);
  goalRoutes(api, state);
  activityRoutes(api, state);
  streakRoutes(api, state);
  readingSessionRoutes(api, state);
  return api;
}
