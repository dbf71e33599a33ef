import type { Context } from 'hono';
import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { OAuthError } from '../errors';
import { injectFaults } from '../faults';
import type { SandboxState } from '../state';

/** The form fields of a request; OAuth2 endpoints take only form-encoded bodies. */
async function readForm(c: Context<SandboxEnv>): Promise<URLSearchParams> {
  if (!c.req.header('content-type')?.includes('application/x-www-form-urlencoded')) {
    throw new OAuthError(
      400,
      'invalid_request',
      'The body must be application/x-www-form-urlencoded.',
    );
  }
  return new URLSearchParams(await c.req.text());
}

/** The client id from the form, or from HTTP Basic authentication. */
function clientIdOf(c: Context<SandboxEnv>, form: URLSearchParams): string {
  const basic = /^Basic (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  const fromBasic = basic ? decodeURIComponent(atob(basic).split(':')[0] ?? '') : '';
  const clientId = form.get('client_id') || fromBasic;
  if (!clientId)
    throw new OAuthError(401, 'invalid_client', 'Client authentication failed: no client_id.');
  return clientId;
}

/** A required form field, or `invalid_request`. */
function field(form: URLSearchParams, name: string): string {
  const value = form.get(name);
  if (!value) throw new OAuthError(400, 'invalid_request', `The ${name} parameter is missing.`);
  return value;
}

/** `POST /oauth2/token` (authorization code with PKCE, refresh) and `POST /oauth2/revoke`. */
export function tokenRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.post('/oauth2/token', injectFaults(state, 'token'), async (c) => {
    const form = await readForm(c);
    const grantType = field(form, 'grant_type');
    const clientId = clientIdOf(c, form);
    c.header('Cache-Control', 'no-store');
    if (grantType === 'authorization_code') {
      return c.json(
        await state.codes.redeem({
          code: field(form, 'code'),
          clientId,
          redirectUri: field(form, 'redirect_uri'),
          verifier: field(form, 'code_verifier'),
        }),
      );
    }
    if (grantType === 'refresh_token') {
      const scope = form.get('scope') || undefined;
      return c.json(
        state.grants.refresh({ refreshToken: field(form, 'refresh_token'), clientId, scope }),
      );
    }
    if (grantType === 'client_credentials') {
      throw new OAuthError(
        400,
        'unauthorized_client',
        'A public client cannot use client_credentials.',
      );
    }
    throw new OAuthError(400, 'unsupported_grant_type', `Unsupported grant_type ${grantType}.`);
  });

  app.post('/oauth2/revoke', injectFaults(state, 'revoke'), async (c) => {
    const form = await readForm(c);
    const token = form.get('token');
    if (!token) throw new OAuthError(400, 'invalid_request', 'The token parameter is required.');
    state.grants.revoke(token, clientIdOf(c, form));
    return c.body(null, 200);
  });

  return app;
}
