import {
  createHmac,
  generateKeyPair,
  type JsonWebKey,
  type KeyObject,
  randomBytes,
  sign,
  timingSafeEqual,
} from 'node:crypto';

/** Claims of a token the sandbox signs. */
export type Claims = Record<string, unknown>;

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The process's RSA key for ID tokens, made on first use (it takes a moment). */
let rsaKey: Promise<{ privateKey: KeyObject; jwk: JsonWebKey }> | undefined;

function processRsaKey() {
  rsaKey ??= new Promise((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, publicKey, privateKey) => {
      if (error) return reject(error);
      const jwk = {
        ...publicKey.export({ format: 'jwk' }),
        kid: 'sandbox-id-token',
        alg: 'RS256',
        use: 'sig',
      };
      resolve({ privateKey, jwk });
    }),
  );
  return rsaKey;
}

/**
 * The sandbox's signing keys, made fresh for each process: an HMAC secret for access
 * tokens (only the sandbox reads them) and an RSA key for ID tokens, published as a JWKS
 * so that OpenID clients can check them.
 */
export class SigningKeys {
  readonly #secret = randomBytes(32);

  /** An HS256 JWT. */
  signHs256(claims: Claims): string {
    const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
    return `${input}.${createHmac('sha256', this.#secret).update(input).digest('base64url')}`;
  }

  /** The claims of an HS256 JWT this process signed, or null. */
  verifyHs256(token: string): Claims | null {
    const [header, payload, signature, ...rest] = token.split('.');
    if (!header || !payload || !signature || rest.length) return null;
    const expected = createHmac('sha256', this.#secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
      return claims && typeof claims === 'object' ? (claims as Claims) : null;
    } catch {
      return null;
    }
  }

  /** An RS256 JWT (ID tokens). */
  async signRs256(claims: Claims): Promise<string> {
    const { privateKey, jwk } = await processRsaKey();
    const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: jwk.kid })}.${encode(claims)}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  }

  /** The public key set (`jwks_uri`). */
  async jwks(): Promise<{ keys: JsonWebKey[] }> {
    return { keys: [(await processRsaKey()).jwk] };
  }
}
