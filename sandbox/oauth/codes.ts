import { createHash, randomBytes } from 'node:crypto';
import { OAuthError } from '../errors';
import type { Grant, GrantStore, TokenResponse } from './grants';

/** How long an authorization code can be exchanged, in seconds. */
export const CODE_LIFETIME = 60;

/** An approved authorization request, waiting to be exchanged once. */
interface PendingCode {
  grant: Grant;
  redirectUri: string;
  challenge: string;
  nonce?: string;
  expiresAt: number;
  used: boolean;
}

/** What an approved authorization request carries into its code. */
export interface ApprovedRequest {
  clientId: string;
  sub: string;
  scope: string;
  redirectUri: string;
  challenge: string;
  nonce?: string;
}

const invalidGrant = (description: string) => new OAuthError(400, 'invalid_grant', description);

/**
 * Authorization codes: single use, short-lived, bound to their client, redirect URI and
 * PKCE challenge. A code presented twice revokes the tokens it gave the first time.
 */
export class AuthorizationCodes {
  #codes = new Map<string, PendingCode>();

  constructor(private readonly grants: GrantStore) {}

  /** Records an approved request and returns its code. */
  issue({ clientId, sub, scope, ...binding }: ApprovedRequest): string {
    const code = randomBytes(24).toString('base64url');
    const grant: Grant = { clientId, sub, scope, revoked: false };
    const expiresAt = Date.now() + CODE_LIFETIME * 1000;
    this.#codes.set(code, { ...binding, grant, expiresAt, used: false });
    return code;
  }

  /** The `authorization_code` grant, with the PKCE S256 check. */
  async redeem(input: {
    code: string;
    clientId: string;
    redirectUri: string;
    verifier: string;
  }): Promise<TokenResponse> {
    const pending = this.#codes.get(input.code);
    if (!pending) {
      throw invalidGrant('The authorization code is invalid, expired, or has already been used.');
    }
    if (pending.used) {
      pending.grant.revoked = true;
      throw invalidGrant('The authorization code has already been used; its tokens are revoked.');
    }
    pending.used = true;
    if (Date.now() > pending.expiresAt) throw invalidGrant('The authorization code has expired.');
    if (pending.grant.clientId !== input.clientId) {
      throw invalidGrant('The authorization code was issued to another client.');
    }
    if (pending.redirectUri !== input.redirectUri) {
      throw invalidGrant('The redirect_uri does not match the authorization request.');
    }
    if (!/^[A-Za-z0-9._~-]{43,128}$/.test(input.verifier)) {
      const description = 'The code_verifier must be 43 to 128 URL-safe characters.';
      throw new OAuthError(400, 'invalid_request', description);
    }
    const challenge = createHash('sha256').update(input.verifier).digest('base64url');
    if (challenge !== pending.challenge) {
      throw invalidGrant('The PKCE code_verifier does not match the code_challenge.');
    }
    const tokens = this.grants.issue(pending.grant);
    if (pending.grant.scope.split(' ').includes('openid')) {
      tokens.id_token = await this.grants.idToken(pending.grant, pending.nonce);
    }
    return tokens;
  }

  /** Forgets every code. */
  clear(): void {
    this.#codes.clear();
  }
}
