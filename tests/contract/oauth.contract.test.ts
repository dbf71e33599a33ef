import { describe, expect, it } from 'vitest';
import {
  type Answer,
  CLIENT_ID,
  type SandboxClient,
  useSandbox,
} from '../unit/sandbox/sandbox-client';
import {
  authorizeQuery,
  pkce,
  REDIRECT_URI,
  redirectParams,
  refresh,
  signInWithCode,
} from './oauth-flow';
import {
  componentValidator,
  describeErrors,
  documentedErrorCodes,
  documentedResponse,
  responseValidator,
} from './openapi';

/** Error codes of RFC 6749 (with Hydra's `invalid_state`) that an OAuth2 server may answer. */
const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'request_forbidden',
  'not_found',
  'server_error',
  'temporarily_unavailable',
];

const context = useSandbox();
type Scenario = [string, string, number, (client: SandboxClient) => Promise<Answer>];

/** Checks an OAuth2 answer against `oauth2.openapi.json` (or `errorOAuth2` when undocumented). */
function expectDocumented(answer: Answer, path: string) {
  const documented = documentedResponse('oauth2', path, 'post', answer.status);
  if (path === '/oauth2/revoke' && answer.status === 200) {
    expect(documented?.content).toBeUndefined();
    expect(answer.text).toBe('');
    return;
  }
  const validate = documented
    ? responseValidator('oauth2', path, 'post', answer.status)
    : componentValidator('oauth2', 'errorOAuth2');
  expect(validate(answer.body), `${describeErrors(validate)}\n${answer.text}`).toBe(true);
  if (answer.status >= 400) {
    const { error, status_code } = answer.body as { error: string; status_code: number };
    expect(status_code).toBe(answer.status);
    const known = [
      ...OAUTH_ERROR_CODES,
      ...documentedErrorCodes('oauth2', path, 'post', answer.status),
    ];
    expect(known).toContain(error);
  }
}

const form = (c: SandboxClient, path: string, fields: Record<string, string>) =>
  c.form(path, fields);

const tokenScenarios: Scenario[] = [
  ['code grant', '/oauth2/token', 200, async (c) => (await signInWithCode(c)).exchange()],
  [
    'refresh grant',
    '/oauth2/token',
    200,
    async (c) => refresh(c, (await c.signIn()).refresh_token as string),
  ],
  [
    'unknown code',
    '/oauth2/token',
    400,
    async (c) => (await signInWithCode(c)).exchange({ code: 'nope' }),
  ],
  [
    'PKCE mismatch',
    '/oauth2/token',
    400,
    async (c) => (await signInWithCode(c)).exchange({ code_verifier: pkce().verifier }),
  ],
  [
    'redirect mismatch',
    '/oauth2/token',
    400,
    async (c) => (await signInWithCode(c)).exchange({ redirect_uri: 'http://127.0.0.1/cb' }),
  ],
  [
    'code used twice',
    '/oauth2/token',
    400,
    async (c) => {
      const { exchange } = await signInWithCode(c);
      await exchange();
      return exchange();
    },
  ],
  [
    'missing code_verifier',
    '/oauth2/token',
    400,
    async (c) => (await signInWithCode(c)).exchange({ code_verifier: '' }),
  ],
  [
    'body not form encoded',
    '/oauth2/token',
    400,
    async (c) => {
      const response = await fetch(`${c.url}/oauth2/token`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      });
      return {
        status: response.status,
        headers: response.headers,
        text: '',
        body: await response.json(),
      };
    },
  ],
  [
    'client credentials',
    '/oauth2/token',
    400,
    (c) => form(c, '/oauth2/token', { grant_type: 'client_credentials', client_id: CLIENT_ID }),
  ],
  [
    'unknown grant type',
    '/oauth2/token',
    400,
    (c) => form(c, '/oauth2/token', { grant_type: 'password', client_id: CLIENT_ID }),
  ],
  [
    'rotated refresh token',
    '/oauth2/token',
    400,
    async (c) => {
      const { refresh_token } = await c.signIn();
      await refresh(c, refresh_token as string);
      return refresh(c, refresh_token as string);
    },
  ],
  [
    'refresh adding a scope',
    '/oauth2/token',
    400,
    async (c) => {
      // Granted `goal` only: asking `streak` on refresh goes beyond the grant.
      const { refresh_token } = await c.signIn({ scope: 'openid offline_access goal' });
      return form(c, '/oauth2/token', {
        grant_type: 'refresh_token',
        client_id: CLIENT_ID,
        refresh_token: refresh_token as string,
        scope: 'goal streak',
      });
    },
  ],
  [
    'no client id',
    '/oauth2/token',
    401,
    async (c) => refresh(c, (await c.signIn()).refresh_token as string, ''),
  ],
  [
    'revokes',
    '/oauth2/revoke',
    200,
    async (c) =>
      form(c, '/oauth2/revoke', {
        token: (await c.signIn()).refresh_token as string,
        client_id: CLIENT_ID,
      }),
  ],
  [
    'revokes an unknown token',
    '/oauth2/revoke',
    200,
    (c) => form(c, '/oauth2/revoke', { token: 'unknown', client_id: CLIENT_ID }),
  ],
  [
    'revoke without token',
    '/oauth2/revoke',
    400,
    (c) => form(c, '/oauth2/revoke', { client_id: CLIENT_ID }),
  ],
  [
    'revoke another client’s token',
    '/oauth2/revoke',
    400,
    async (c) =>
      form(c, '/oauth2/revoke', {
        token: (await c.signIn()).refresh_token as string,
        client_id: 'other',
      }),
  ],
  [
    'revoke without client id',
    '/oauth2/revoke',
    401,
    (c) => form(c, '/oauth2/revoke', { token: 'x' }),
  ],
  ...(['token', 'revoke'] as const).flatMap((route) =>
    [400, 401, 429, 500, 502, 503, 504].map(
      (status): Scenario => [
        `${status} injected into ${route}`,
        `/oauth2/${route}`,
        status,
        async (c) => {
          await c.control('faults', { route, status });
          return route === 'token'
            ? refresh(c, 'whatever')
            : form(c, '/oauth2/revoke', { token: 'x', client_id: CLIENT_ID });
        },
      ],
    ),
  ),
];

describe('OAuth2 answers match oauth2.openapi.json', () => {
  it.each(tokenScenarios)('%s', async (_, path, status, run) => {
    const answer = await run(context.client);
    expect(answer.status, answer.text).toBe(status);
    expectDocumented(answer, path);
  });

  it('redirects an approved authorization with a Location, as documented (302)', async () => {
    const answer = await context.client.get(
      `/oauth2/auth?${authorizeQuery(pkce().challenge)}&auto=approve`,
    );
    expect(answer.status).toBe(302);
    expect(documentedResponse('oauth2', '/oauth2/auth', 'get', 302)?.headers).toHaveProperty(
      'Location',
    );
    expect(answer.headers.get('location')).toMatch(new RegExp(`^${REDIRECT_URI}\\?`));
    expect(redirectParams(answer).get('state')).toBe('state-0123456789');
  });

  it.each([
    ['a redirect URI that is not allowed', { redirect_uri: 'https://example.com/cb' }],
    ['no client id', { client_id: null }],
    ['no redirect URI', { redirect_uri: null }],
  ])('answers %s with a documented 400', async (_, changes) => {
    const answer = await context.client.get(
      `/oauth2/auth?${authorizeQuery(pkce().challenge, changes)}`,
    );
    expect(answer.status).toBe(400);
    const validate = responseValidator('oauth2', '/oauth2/auth', 'get', 400);
    expect(validate(answer.body), describeErrors(validate)).toBe(true);
    expect(answer.body).toMatchObject({ error: 'invalid_request', status_code: 400 });
  });

  it('serves a discovery document with this sandbox’s endpoints', async () => {
    const { body } = await context.client.get('/.well-known/openid-configuration');
    const url = context.client.url;
    expect(body).toMatchObject({
      issuer: `${url}/`,
      authorization_endpoint: `${url}/oauth2/auth`,
      token_endpoint: `${url}/oauth2/token`,
      revocation_endpoint: `${url}/oauth2/revoke`,
      jwks_uri: `${url}/.well-known/jwks.json`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
    });
    for (const endpoint of ['/oauth2/auth', '/oauth2/token', '/oauth2/revoke']) {
      expect(
        documentedResponse('oauth2', endpoint, endpoint === '/oauth2/auth' ? 'get' : 'post', 400),
      ).toBeDefined();
    }
  });
});
