import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import { OAuthError } from '../errors';
import type { SandboxState } from '../state';
import { isAllowedRedirect, scopeProblem, withParams } from './clients';
import { consentPage, messagePage } from './consent-page';
import { DEFAULT_SUB } from './grants';

/** A checked authorization request waiting for the reader's decision. */
interface AuthRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string;
  nonce?: string;
  challenge: string;
}

type Query = Record<string, string | undefined>;

/**
 * What is wrong with a request whose redirect URI is trusted, as OAuth2 error fields; every
 * client is approved for the scopes of the `clientScopes` setting.
 */
function requestProblem(q: Query, clientScopes: string): Record<string, string> | null {
  const fail = (error: string, description: string) => ({ error, error_description: description });
  if (q.response_type !== 'code') {
    return fail('unsupported_response_type', 'Only response_type=code is supported.');
  }
  if (!q.scope) return fail('invalid_request', 'The scope parameter is missing.');
  const scope = scopeProblem(q.scope, clientScopes);
  if (scope) return fail('invalid_scope', scope);
  if (!q.state || q.state.length < 8) {
    return fail('invalid_state', 'The state is missing or shorter than 8 characters.');
  }
  if (!q.code_challenge || !/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge)) {
    return fail('invalid_request', 'PKCE is required: send a S256 code_challenge.');
  }
  if (q.code_challenge_method !== 'S256') {
    return fail('invalid_request', 'code_challenge_method must be S256.');
  }
  return null;
}

/** `GET /oauth2/auth` (consent page, or `auto=approve|deny`) and the page's form post. */
export function authorizeRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();
  const waiting = new Map<string, AuthRequest>();

  const decide = (request: AuthRequest, approve: boolean) =>
    withParams(request.redirectUri, {
      ...(approve
        ? { code: state.codes.issue({ ...request, sub: DEFAULT_SUB }) }
        : { error: 'access_denied', error_description: 'The reader denied the request.' }),
      state: request.state,
    });

  app.get('/oauth2/auth', (c) => {
    const q: Query = c.req.query();
    if (!q.client_id) throw new OAuthError(400, 'invalid_request', 'The client_id is missing.');
    if (!q.redirect_uri || !isAllowedRedirect(q.redirect_uri)) {
      throw new OAuthError(
        400,
        'invalid_request',
        'The requested redirect_uri is not allowed for this client.',
        'The redirect URL is not allowed.',
      );
    }
    const problem = requestProblem(q, state.settings.clientScopes);
    if (problem) return c.redirect(withParams(q.redirect_uri, { ...problem, state: q.state }));
    const request: AuthRequest = {
      clientId: q.client_id,
      redirectUri: q.redirect_uri,
      scope: q.scope as string,
      state: q.state as string,
      nonce: q.nonce,
      challenge: q.code_challenge as string,
    };
    if (q.auto === 'approve' || q.auto === 'deny') {
      return c.redirect(decide(request, q.auto === 'approve'));
    }
    const id = randomUUID();
    waiting.set(id, request);
    return c.html(consentPage({ ...request, id }));
  });

  app.post('/oauth2/auth', async (c) => {
    const form = await c.req.parseBody();
    const id = String(form.request);
    const request = waiting.get(id);
    waiting.delete(id);
    if (!request) {
      const text =
        'This sign-in request was already answered or has expired. Start again from the app.';
      return c.html(messagePage('Sign-in request not found', text), 400);
    }
    return c.redirect(decide(request, form.decision === 'approve'), 303);
  });

  return app;
}
