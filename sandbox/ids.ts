import { createHash, randomBytes } from 'node:crypto';

/** A new id shaped like the service's (`c` and 24 base-36 characters). */
export function newId(): string {
  const digits = [...randomBytes(24)].map((byte) => (byte % 36).toString(36)).join('');
  return `c${digits}`;
}

/**
 * The same id for the same seed (`c` and 24 hexadecimal digits), for things the sandbox works
 * out on each call rather than keeps, such as a reader's day or streak: they keep their id
 * from one answer to the next, so that it can serve as a cursor.
 */
export function stableId(seed: string): string {
  return `c${createHash('sha256').update(seed).digest('hex').slice(0, 24)}`;
}
