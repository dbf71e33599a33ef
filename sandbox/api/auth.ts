import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { ApiError } from '../errors';
import { covers, parentScope } from '../oauth/clients';
import type { SandboxSettings } from '../settings';
import type { SandboxState } from '../state';
import { readZone } from './validate';

/**
 * The scopes an operation accepts (any one of them, or the parent that covers it; none: any
 * token of the client), or a function of the settings when a setting decides them.
 */
export type ScopeRule = readonly string[] | ((settings: SandboxSettings) => readonly string[]);

/** `goal`, or `activity_day.read (or activity_day)`, for the 403 message. */
function scopeNames(scopes: readonly string[]): string {
  return scopes
    .map((scope) => {
      const parent = parentScope(scope);
      return parent ? `${scope} (or ${parent})` : scope;
    })
    .join(' or ');
}

/**
 * Checks the headers every User API call carries: `x-auth-token` (missing, invalid, expired
 * or revoked: the `expiredToken` setting's status, 401 or 403), `x-client-id` (400 when
 * missing, 403 when the token was issued to another client or lacks the operation's scope)
 * and `x-timezone` (see `readZone`).
 */
export function requireUser(state: SandboxState, scopes: ScopeRule): MiddlewareHandler<SandboxEnv> {
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
    const needed = typeof scopes === 'function' ? scopes(state.settings) : scopes;
    if (needed.length && !needed.some((scope) => covers(access.scopes, scope))) {
      throw new ApiError(403, `The access token lacks the ${scopeNames(needed)} scope.`);
    }
    c.set('sub', access.sub);
    c.set('zone', readZone(c, state.settings.strictTimezone));
    await next();
  };
}
