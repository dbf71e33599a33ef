import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';
import type { SandboxState } from '../state';
import { readZone } from './validate';

/**
 * Checks the headers every User API call carries: `x-auth-token` (missing, invalid, expired
 * or revoked: the `expiredToken` setting's status, 401 or 403), `x-client-id` (400 when
 * missing, 403 when the token was issued to another client or lacks the `goal` scope) and
 * `x-timezone` (see `readZone`).
 */
export function requireUser(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const refused = (reason: string) => new ApiError(state.settings.expiredToken, reason);
    const token = c.req.header('x-auth-token');
    if (!token) throw refused('The x-auth-token header is missing.');
    const access = state.grants.checkAccess(token);
    if (!access.ok) throw refused(access.reason);
    const clientId = c.req.header('x-client-id');
    if (!clientId) throw new ApiError(400, 'The x-client-id header is missing.');
    if (clientId !== access.clientId) {
      throw new ApiError(403, 'The access token was issued to another client.');
    }
    if (!access.scopes.includes('goal'))
      throw new ApiError(403, 'The access token lacks the goal scope.');
    c.set('sub', access.sub);
    c.set('zone', readZone(c, state.settings.strictTimezone));
    await next();
  };
}
