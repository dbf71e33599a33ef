import { createPublicKey, verify } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  authorizeQuery,
  pkce,
  REDIRECT_URI,
  redirectParams,
  refresh,
  signInWithCode,
} from '../../contract/oauth-flow';
import { CLIENT_ID, useSandbox } from './sandbox-client';

const context = useSandbox();
const planWith = (token: string) =>
  context.client.api('GET', '/goals/get-todays-plan?type=QURAN_TIME&mushafId=4', { token });
const errorOf = (answer: { body: unknown }) => (answer.body as { error: string }).error;

afterEach(() => vi.useRealTimers());

describe('authorization page', () => {
  it('asks the reader, and sends the approval back with a code and the state', async () => {
    const page = await context.client.get(`/oauth2/auth?${authorizeQuery(pkce().challenge)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html lang="en">');
    expect(page.text).toContain('Allow Quran Goals to use your Quran.com account?');
    expect(page.text).toMatch(
      /<button type="submit" name="decision" value="approve">Approve<\/button>/,
    );
    expect(page.text).toMatch(/<button type="submit" name="decision" value="deny">Deny<\/button>/);
    const request = /name="request" value="([^"]+)"/.exec(page.text)?.[1] as string;
    const approved = await context.client.form('/oauth2/auth', { request, decision: 'approve' });
    expect(approved.status).toBe(303);
    expect(redirectParams(approved).get('code')).toMatch(/^[\w-]{32}$/);
    expect(redirectParams(approved).get('state')).toBe('state-0123456789');
    const again = await context.client.form('/oauth2/auth', { request, decision: 'approve' });
    expect(again.status).toBe(400);
  });

  it.each([
    [
      'the Deny button',
      async (request: string) => context.client.form('/oauth2/auth', { request, decision: 'deny' }),
    ],
    [
      'auto=deny',
      async () => context.client.get(`/oauth2/auth?${authorizeQuery(pkce().challenge)}&auto=deny`),
    ],
  ])('sends a denial back through %s', async (_, deny) => {
    const page = await context.client.get(`/oauth2/auth?${authorizeQuery(pkce().challenge)}`);
    const answer = await deny(/name="request" value="([^"]+)"/.exec(page.text)?.[1] as string);
    expect(answer.headers.get('location')).toMatch(new RegExp(`^${REDIRECT_URI}`));
    expect(Object.fromEntries(redirectParams(answer))).toMatchObject({
      error: 'access_denied',
      state: 'state-0123456789',
    });
  });

  it.each([
    ['https://abcdefgh.chromiumapp.org/', true],
    ['https://abcdefgh.chromiumapp.org/callback?x=1', true],
    ['https://0123-4567.extensions.allizom.org/', true],
    ['http://127.0.0.1:5173/callback', true],
    ['http://localhost/cb', true],
    ['http://[::1]:8000/', true],
    ['http://abcdefgh.chromiumapp.org/', false],
    ['https://chromiumapp.org.example.com/', false],
    ['https://example.com/callback', false],
    ['https://abcdefgh.chromiumapp.org/#fragment', false],
    ['not a url', false],
  ])('accepts the redirect URI %s: %s', async (redirectUri, allowed) => {
    const answer = await context.client.get(
      `/oauth2/auth?${authorizeQuery(pkce().challenge, { redirect_uri: redirectUri })}&auto=approve`,
    );
    expect(answer.status).toBe(allowed ? 302 : 400);
    if (allowed) expect(redirectParams(answer).get('code')).toBeTruthy();
  });

  it.each<[string, Record<string, string | null>, string]>([
    ['an implicit-flow request', { response_type: 'token' }, 'unsupported_response_type'],
    ['no PKCE challenge', { code_challenge: null }, 'invalid_request'],
    ['a plain PKCE challenge', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no scope', { scope: null }, 'invalid_request'],
    ['an unknown scope', { scope: 'openid everything' }, 'invalid_scope'],
    ['a short state', { state: 'abc' }, 'invalid_state'],
  ])('sends %s back with an error', async (_, changes, error) => {
    const answer = await context.client.get(
      `/oauth2/auth?${authorizeQuery(pkce().challenge, changes)}`,
    );
    expect(answer.status).toBe(302);
    expect(redirectParams(answer).get('error')).toBe(error);
  });
});

describe('token endpoint', () => {
  it('exchanges a code for tokens that work, with an ID token signed by the published key', async () => {
    const answer = await (await signInWithCode(context.client)).exchange();
    const tokens = answer.body as Record<string, string | number>;
    expect(tokens).toMatchObject({
      token_type: 'bearer',
      expires_in: 3600,
      scope: 'openid offline_access goal',
    });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect((await planWith(tokens.access_token as string)).status).toBe(200);
    const [header, payload, signature] = String(tokens.id_token).split('.') as [
      string,
      string,
      string,
    ];
    const { keys } = (await context.client.get('/.well-known/jwks.json')).body as {
      keys: object[];
    };
    const key = createPublicKey({ key: keys[0] as never, format: 'jwk' });
    expect(
      verify(
        'sha256',
        Buffer.from(`${header}.${payload}`),
        key,
        Buffer.from(signature, 'base64url'),
      ),
    ).toBe(true);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({
      iss: `${context.client.url}/`,
      aud: [CLIENT_ID],
      nonce: 'nonce-0123456789',
    });
  });

  it('puts the standard claims in the access token', async () => {
    const { access_token } = await context.client.signIn({ sub: 'reader-7', scope: 'goal' });
    const claims = JSON.parse(
      Buffer.from(access_token.split('.')[1] as string, 'base64url').toString(),
    );
    expect(claims).toMatchObject({ sub: 'reader-7', client_id: CLIENT_ID, scope: 'goal' });
    expect(claims.exp - claims.iat).toBe(3600);
    expect(claims.jti).toEqual(expect.any(String));
  });

  it.each<[string, Record<string, string>]>([
    ['a verifier that does not match', { code_verifier: pkce().verifier }],
    ['another redirect URI', { redirect_uri: 'http://127.0.0.1/callback' }],
    ['another client', { client_id: 'another-client' }],
    ['an unknown code', { code: 'abc' }],
  ])('refuses a code with %s', async (_, changes) => {
    const answer = await (await signInWithCode(context.client)).exchange(changes);
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toBe('invalid_grant');
  });

  it('refuses a code used twice, and revokes what it gave the first time', async () => {
    const { exchange } = await signInWithCode(context.client);
    const first = (await exchange()).body as { access_token: string; refresh_token: string };
    expect(errorOf(await exchange())).toBe('invalid_grant');
    expect((await planWith(first.access_token)).status).toBe(401);
    expect(errorOf(await refresh(context.client, first.refresh_token))).toBe('invalid_grant');
  });

  it('refuses a code after a minute', async () => {
    const { exchange } = await signInWithCode(context.client);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 61_000 });
    expect(errorOf(await exchange())).toBe('invalid_grant');
  });

  it('rotates refresh tokens and refuses a rotated one', async () => {
    const first = await context.client.signIn();
    const rotated = (await refresh(context.client, first.refresh_token as string)).body as Record<
      string,
      string
    >;
    expect(rotated.refresh_token).toEqual(expect.any(String));
    expect(rotated.refresh_token).not.toBe(first.refresh_token);
    expect((await planWith(rotated.access_token as string)).status).toBe(200);
    const reused = await refresh(context.client, first.refresh_token as string);
    expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
    expect((await refresh(context.client, rotated.refresh_token as string)).status).toBe(200);
  });

  it('issues no refresh token without offline_access', async () => {
    expect(await context.client.signIn({ scope: 'openid goal' })).not.toHaveProperty(
      'refresh_token',
    );
  });

  it('uses the configured access-token lifetime, and the token expires', async () => {
    await context.client.control('settings', { tokenLifetime: 5 });
    const { access_token, expires_in } = await context.client.signIn();
    expect(expires_in).toBe(5);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 5_000 });
    expect((await planWith(access_token)).status).toBe(401);
  });

  it('reads the client id from HTTP Basic authentication', async () => {
    const { refresh_token } = await context.client.signIn();
    const response = await fetch(`${context.client.url}/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa(`${CLIENT_ID}:`)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: refresh_token as string,
      }),
    });
    expect(response.status).toBe(200);
  });
});

describe('revocation', () => {
  it('revokes a refresh token and every access token of its grant', async () => {
    const { access_token, refresh_token } = await context.client.signIn();
    const revoked = await context.client.form('/oauth2/revoke', {
      token: refresh_token as string,
      client_id: CLIENT_ID,
    });
    expect(revoked).toMatchObject({ status: 200, text: '' });
    expect(errorOf(await refresh(context.client, refresh_token as string))).toBe('invalid_grant');
    expect(await planWith(access_token)).toMatchObject({
      status: 401,
      body: { message: 'The access token has been revoked.' },
    });
  });

  it('revokes an access token alone', async () => {
    const { access_token, refresh_token } = await context.client.signIn();
    await context.client.form('/oauth2/revoke', { token: access_token, client_id: CLIENT_ID });
    expect((await planWith(access_token)).status).toBe(401);
    expect((await refresh(context.client, refresh_token as string)).status).toBe(200);
  });

  it('refuses to revoke another client’s token', async () => {
    const { refresh_token } = await context.client.signIn();
    const answer = await context.client.form('/oauth2/revoke', {
      token: refresh_token as string,
      client_id: 'other',
    });
    expect(answer).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
    expect((await refresh(context.client, refresh_token as string)).status).toBe(200);
  });
});
