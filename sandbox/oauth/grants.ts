import { randomBytes, randomUUID } from 'node:crypto';
import { OAuthError } from '../errors';
import { SigningKeys } from './jwt';

/** The sandbox's one reader, who signs in through the consent page. */
export const DEFAULT_SUB = '5a4db0c5-0000-4000-8000-000000000001';

/** The token endpoint's answer (`oAuth2TokenExchange`). */
export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  expires_in: number;
  expires_at: string;
  refresh_token?: string;
  scope: string;
  id_token?: string;
}

/** What one sign-in granted: every token issued from it shares its fate. */
export interface Grant {
  clientId: string;
  sub: string;
  scope: string;
  revoked: boolean;
}

/** Result of checking an `x-auth-token`. */
export type AccessCheck =
  | { ok: true; sub: string; clientId: string; scopes: string[] }
  | { ok: false; reason: string };

const invalidGrant = (description: string) => new OAuthError(400, 'invalid_grant', description);
const opaque = () =>
  `${randomBytes(32).toString('base64url')}.${randomBytes(32).toString('base64url')}`;

/**
 * Grants and their tokens. Refresh tokens rotate: each refresh gives a new one and the old
 * one is refused afterwards. Revoking a refresh token revokes its whole grant.
 */
export class GrantStore {
  readonly keys = new SigningKeys();
  #refreshTokens = new Map<string, { grant: Grant; current: boolean }>();
  #accessTokens = new Map<string, Grant>();
  /** The first user who was given a token (the default user of the test controls). */
  firstSub?: string;

  constructor(
    private readonly settings: { tokenLifetime: number },
    private readonly issuer: () => string,
  ) {}

  /** `refresh_token` grant: a new access token and a new refresh token. */
  refresh(input: { refreshToken: string; clientId: string; scope?: string }): TokenResponse {
    const record = this.#refreshTokens.get(input.refreshToken);
    if (!record || record.grant.revoked)
      throw invalidGrant('The refresh token is invalid or revoked.');
    if (!record.current) throw invalidGrant('The refresh token has already been used.');
    if (record.grant.clientId !== input.clientId) {
      throw invalidGrant('The refresh token was issued to another client.');
    }
    const granted = record.grant.scope.split(' ');
    if (input.scope?.split(' ').some((scope) => !granted.includes(scope))) {
      throw new OAuthError(400, 'invalid_scope', 'A refresh cannot add scopes to the grant.');
    }
    record.current = false;
    return this.issue(record.grant);
  }

  /** Tokens for a user without the browser flow (test controls). */
  mint(clientId: string, sub: string, scope: string): TokenResponse {
    return this.issue({ clientId, sub, scope, revoked: false });
  }

  /** Revokes a refresh token (with every token of its grant) or an access token. */
  revoke(token: string, clientId: string): void {
    const grant = this.#refreshTokens.get(token)?.grant ?? this.#grantOfAccessToken(token);
    if (!grant) return;
    if (grant.clientId !== clientId) {
      throw new OAuthError(400, 'unauthorized_client', 'The token was issued to another client.');
    }
    if (this.#refreshTokens.has(token)) grant.revoked = true;
    else this.#accessTokens.delete(String(this.keys.verifyHs256(token)?.jti));
  }

  /** Whether an access token is valid now, and for whom. */
  checkAccess(token: string): AccessCheck {
    const claims = this.keys.verifyHs256(token);
    if (!claims) return { ok: false, reason: 'The access token is not valid.' };
    if (Number(claims.exp) <= Date.now() / 1000)
      return { ok: false, reason: 'The access token has expired.' };
    const grant = this.#grantOfAccessToken(token);
    if (!grant || grant.revoked) return { ok: false, reason: 'The access token has been revoked.' };
    return { ok: true, sub: grant.sub, clientId: grant.clientId, scopes: grant.scope.split(' ') };
  }

  /** Forgets every code and token. */
  clear(): void {
    this.#refreshTokens.clear();
    this.#accessTokens.clear();
    this.firstSub = undefined;
  }

  #grantOfAccessToken(token: string): Grant | undefined {
    return this.#accessTokens.get(String(this.keys.verifyHs256(token)?.jti));
  }

  /** New tokens for a grant: an access token, and a refresh token with `offline_access`. */
  issue(grant: Grant): TokenResponse {
    this.firstSub ??= grant.sub;
    const iat = Math.floor(Date.now() / 1000);
    const lifetime = this.settings.tokenLifetime;
    const jti = randomUUID();
    this.#accessTokens.set(jti, grant);
    const iss = this.issuer();
    const { sub, scope, clientId } = grant;
    const scopes = scope.split(' ');
    const response: TokenResponse = {
      access_token: this.keys.signHs256({
        iss,
        sub,
        client_id: clientId,
        scope,
        iat,
        exp: iat + lifetime,
        jti,
      }),
      token_type: 'bearer',
      expires_in: lifetime,
      expires_at: new Date((iat + lifetime) * 1000).toISOString(),
      scope,
    };
    if (scopes.includes('offline_access') || scopes.includes('offline')) {
      response.refresh_token = opaque();
      this.#refreshTokens.set(response.refresh_token, { grant, current: true });
    }
    return response;
  }

  /** An OpenID ID token for a grant, echoing the authorization request's nonce. */
  idToken(grant: Grant, nonce?: string): Promise<string> {
    const iat = Math.floor(Date.now() / 1000);
    return this.keys.signRs256({
      ...{ iss: this.issuer(), sub: grant.sub, aud: [grant.clientId], iat },
      ...{ exp: iat + this.settings.tokenLifetime, auth_time: iat },
      ...(nonce ? { nonce } : {}),
    });
  }
}
