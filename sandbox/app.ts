import { Hono } from 'hono';
import { userApi } from './api';
import { isApiErrorStatus } from './catalog';
import { ControlError } from './control-input';
import { controlRoutes } from './controls';
import type { SandboxEnv } from './env';
import { ApiError, apiErrorBody, OAuthError } from './errors';
import { authorizeRoutes } from './oauth/authorize';
import { discoveryRoutes } from './oauth/discovery';
import { tokenRoutes } from './oauth/token';
import { recordRequests } from './requests';
import type { SandboxState } from './state';

/** Sent with an injected 429 (a real limit says how long is left). */
const RETRY_LATER = { 'Retry-After': '1' };

const isUserApi = (path: string) => path.startsWith('/auth/');

/** The sandbox's routes: User API, OAuth2, discovery and test controls. */
export function createApp(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  app.use('*', recordRequests(state));
  app.route('/__sandbox', controlRoutes(state));
  app.route('/auth/v1', userApi(state));
  app.route('/', authorizeRoutes(state));
  app.route('/', tokenRoutes(state));
  app.route('/', discoveryRoutes(state));

  app.notFound((c) =>
    isUserApi(c.req.path)
      ? c.json(apiErrorBody(404, `No route ${c.req.method} ${c.req.path}.`), 404)
      : c.json(
          new OAuthError(404, 'not_found', `No route ${c.req.method} ${c.req.path}.`).body(),
          404,
        ),
  );

  app.onError((error, c) => {
    const headers = (error as { status?: number }).status === 429 ? RETRY_LATER : undefined;
    if (error instanceof ApiError && isApiErrorStatus(error.status)) {
      return c.json(apiErrorBody(error.status, error.message), error.status, headers);
    }
    if (error instanceof OAuthError) return c.json(error.body(), error.status, headers);
    if (error instanceof ControlError) return c.json({ error: error.message }, 400);
    console.error(error);
    return isUserApi(c.req.path)
      ? c.json(apiErrorBody(500), 500)
      : c.json(new OAuthError(500, 'server_error', 'The sandbox failed.').body(), 500);
  });

  return app;
}
