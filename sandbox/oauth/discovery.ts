import { Hono } from 'hono';
import type { SandboxEnv } from '../env';
import type { SandboxState } from '../state';
import { KNOWN_SCOPES } from './clients';

/** The OpenID discovery document and the ID-token key set, with this sandbox's URLs. */
export function discoveryRoutes(state: SandboxState): Hono<SandboxEnv> {
  const app = new Hono<SandboxEnv>();

  app.get('/.well-known/openid-configuration', (c) =>
    c.json({
      issuer: `${state.origin}/`,
      authorization_endpoint: `${state.origin}/oauth2/auth`,
      token_endpoint: `${state.origin}/oauth2/token`,
      revocation_endpoint: `${state.origin}/oauth2/revoke`,
      jwks_uri: `${state.origin}/.well-known/jwks.json`,
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      revocation_endpoint_auth_methods_supported: ['none'],
      scopes_supported: KNOWN_SCOPES,
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256'],
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce'],
    }),
  );

  app.get('/.well-known/jwks.json', async (c) => c.json(await state.grants.keys.jwks()));

  return app;
}
