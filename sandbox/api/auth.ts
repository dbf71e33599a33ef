import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { SandboxEnv, SandboxState } from '../state';
import { readZone } from './validate';

/**
 * Checks the headers every User API call carries: `x-auth-token` (401 when missing,
 * invalid, expired or revoked), `x-client-id` (400 when missing, 403 when the token was
 * issued to another client or lacks the `goal` scope) and `x-timezone`.
 */
export function requireUser(state: SandboxState): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const token = c.req.header('x-auth-token');
    if (!token) throw new ApiError(401, 'The x-auth-token header is missing.');
    const access = state.grants.checkAccess(token);
    if (!access.ok) throw new ApiError(401, access.reason);
    const clientId = c.req.header('x-client-id');
    if (!clientId) throw new ApiError(400, 'The x-client-id header is missing.');
    if (clientId !== access.clientId) {
      throw new ApiError(403, 'The access token was issued to another client.');
    }
    if (!access.scopes.includes('goal'))
      throw new ApiError(403, 'The access token lacks the goal scope.');
    c.set('sub', access.sub);
    c.set('zone', readZone(c));
    await next();
  };
}
