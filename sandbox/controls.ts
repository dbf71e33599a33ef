import { Hono } from 'hono';
import { activityControls } from './activity-controls';
import { asFields, ControlError, readFault, readRateLimit, readSettings } from './control-input';
import type { SandboxEnv } from './env';
import { scopeProblem } from './oauth/clients';
import { DEFAULT_SUB } from './oauth/grants';
import { resetState, type SandboxState } from './state';

/**
 * Scopes of a token minted by `POST /__sandbox/tokens` unless the test names others: those the
 * extension asks at sign-in.
 */
export const DEFAULT_TEST_SCOPE = 'openid offline_access goal streak activity_day';

/**
 * Test controls under `/__sandbox/` (JSON in and out): faults, rate limit, reading activity
 * and streaks, the requests received, the goals stored, tokens without the browser flow,
 * settings and reset. They are never part of the User API's paths.
 */
export function controlRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const body = async (c: { req: { json(): Promise<unknown> } }) =>
    asFields(await c.req.json().catch(() => undefined));

  app.post('/faults', async (c) => {
    const { route, fault, count } = readFault(await body(c));
    state.faults.add(route, fault, count);
    return c.json({ ok: true });
  });
  app.delete('/faults', (c) => {
    state.faults.clear();
    return c.json({ ok: true });
  });

  app.post('/rate-limit', async (c) => {
    const { limit, windowMs } = readRateLimit(await body(c));
    state.rateLimit.set(limit, windowMs);
    return c.json({ ok: true });
  });
  app.delete('/rate-limit', (c) => {
    state.rateLimit.clear();
    return c.json({ ok: true });
  });

  activityControls(app, state, body);

  app.get('/requests', (c) => c.json(state.requests.entries));
  app.delete('/requests', (c) => {
    state.requests.clear();
    return c.json({ ok: true });
  });

  app.get('/goals', (c) =>
    c.json({ goals: state.goals.list().map(({ startDate: _, ...goal }) => goal) }),
  );

  app.post('/tokens', async (c) => {
    const fields = await body(c);
    const { clientId, sub = DEFAULT_SUB, scope = DEFAULT_TEST_SCOPE } = fields;
    if (typeof clientId !== 'string' || !clientId) throw new ControlError('clientId is required.');
    if (typeof sub !== 'string' || !sub) throw new ControlError('sub must be a non-empty string.');
    if (typeof scope !== 'string') throw new ControlError('scope must be a string.');
    const problem = scopeProblem(scope, state.settings.clientScopes);
    if (problem) throw new ControlError(problem);
    return c.json(state.grants.mint(clientId, sub, scope));
  });

  app.get('/settings', (c) => c.json(state.settings));
  app.post('/settings', async (c) => {
    const changes = readSettings(await body(c));
    for (const [name, value] of Object.entries(changes)) {
      if (value !== undefined) Object.assign(state.settings, { [name]: value });
    }
    return c.json(state.settings);
  });

  app.post('/reset', (c) => {
    resetState(state);
    return c.json({ ok: true });
  });

  return app;
}
