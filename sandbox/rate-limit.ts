import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from './env';
import { apiErrorBody } from './errors';

/** A fixed-window request limit on the User API; off until set. */
export class RateLimiter {
  #limit = 0;
  #windowMs = 0;
  #windowStart = 0;
  #count = 0;

  /** Allows `limit` calls per `windowMs`; a limit of 0 turns it off. */
  set(limit: number, windowMs: number): void {
    this.#limit = limit;
    this.#windowMs = windowMs;
    this.#windowStart = 0;
    this.#count = 0;
  }

  /** Turns the limit off. */
  clear(): void {
    this.set(0, 0);
  }

  /** Counts a call: null when allowed, else the seconds until the window ends. */
  hit(now = Date.now()): number | null {
    if (this.#limit <= 0) return null;
    if (now - this.#windowStart >= this.#windowMs) {
      this.#windowStart = now;
      this.#count = 0;
    }
    this.#count += 1;
    if (this.#count <= this.#limit) return null;
    return Math.max(1, Math.ceil((this.#windowStart + this.#windowMs - now) / 1000));
  }
}

/** Middleware answering 429 with `Retry-After` beyond the limit. */
export function rateLimit(state: { rateLimit: RateLimiter }): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const retryAfter = state.rateLimit.hit();
    if (retryAfter === null) return next();
    return c.json(apiErrorBody(429), 429, { 'Retry-After': String(retryAfter) });
  };
}
