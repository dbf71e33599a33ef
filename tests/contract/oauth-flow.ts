import { createHash, randomBytes } from 'node:crypto';
import { type Answer, CLIENT_ID, type SandboxClient } from '../unit/sandbox/sandbox-client';

/** The redirect URI of an extension loaded in Chrome. */
export const REDIRECT_URI = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/** A fresh PKCE verifier and its S256 challenge. */
export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The query of `GET /oauth2/auth` as the extension sends it, with changes. */
export function authorizeQuery(challenge: string, changes: Record<string, string | null> = {}) {
  const params: Record<string, string | null> = {
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: 'openid offline_access goal',
    state: 'state-0123456789',
    nonce: 'nonce-0123456789',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...changes,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== null) query.set(name, value);
  return query.toString();
}

/** The query parameters of a redirect answer's `Location`. */
export function redirectParams(answer: Answer): URLSearchParams {
  return new URL(answer.headers.get('location') ?? 'invalid:').searchParams;
}

/** Signs in unattended (`auto=approve`): the code, its verifier, and the token answer. */
export async function signInWithCode(client: SandboxClient, changes: Record<string, string> = {}) {
  const { verifier, challenge } = pkce();
  const authorized = await client.get(
    `/oauth2/auth?${authorizeQuery(challenge, changes)}&auto=approve`,
  );
  const code = redirectParams(authorized).get('code') ?? '';
  const exchange = (fields: Record<string, string> = {}) =>
    client.form('/oauth2/token', {
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
      ...fields,
    });
  return { code, verifier, exchange };
}

/** Refreshes with a refresh token. */
export function refresh(client: SandboxClient, refreshToken: string, clientId = CLIENT_ID) {
  return client.form('/oauth2/token', {
    grant_type: 'refresh_token',
    client_id: clientId,
    refresh_token: refreshToken,
  });
}
