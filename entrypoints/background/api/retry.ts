import { ERROR_POLICY } from '@/utils/error-policy';
import { GoalsError } from '@/utils/errors';

/** How often and how long a read is tried again. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first wait's ceiling; each later wait's ceiling doubles. */
  baseMs: number;
  /** No wait is longer; a `Retry-After` beyond it is not waited for. */
  capMs: number;
}

/** Reads (estimate, today's plan): three tries, waits up to 0.3 s then 0.6 s, never over 3 s. */
export const READ_RETRY: RetryPolicy = { attempts: 3, baseMs: 300, capMs: 3_000 };

/** Time and chance, handed in so that tests control them. */
export interface RetryClock {
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1). */
  random(): number;
}

/** The real clock: `setTimeout` and `Math.random`. */
export const REAL_CLOCK: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/**
 * The wait before try `retry` + 1 (retry 1 follows the first failure), or null when the
 * failure is not worth another try (not `retryRead`). Full jitter: a random wait below the
 * doubled ceiling; a `Retry-After` within the cap is waited for exactly.
 */
export function retryDelay(
  error: unknown,
  retry: number,
  policy: RetryPolicy,
  random: () => number,
): number | null {
  if (!(error instanceof GoalsError) || !ERROR_POLICY[error.kind].retryRead) return null;
  if (retry >= policy.attempts) return null;
  const { retryAfter } = error.info;
  if (retryAfter !== undefined) {
    const ms = retryAfter * 1000;
    return ms <= policy.capMs ? ms : null;
  }
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}

/** Runs `task`, trying again after the failures `retryDelay` allows; rethrows the last one. */
export async function withRetry<T>(
  task: () => Promise<T>,
  policy: RetryPolicy = READ_RETRY,
  clock: RetryClock = REAL_CLOCK,
): Promise<T> {
  for (let retry = 1; ; retry++) {
    try {
      return await task();
    } catch (error) {
      const delay = retryDelay(error, retry, policy, clock.random);
      if (delay === null) throw error;
      await clock.sleep(delay);
    }
  }
}
