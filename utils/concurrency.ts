/**
 * Named concurrency helpers: one place for "one at a time", "one in flight", "once more after
 * the one in flight" and "once".
 */

/** A function that runs the tasks given to it one at a time, in the order they were given. */
export type Serializer = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Answers a serializer: each task starts once every task given before it has settled
 * (a failed task does not stop the ones after it); each caller gets its own task's outcome.
 */
export function serialize(): Serializer {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(() => task());
    last = run.catch(() => undefined);
    return run;
  };
}

/** A task made single-flight; `current` is the run under way, or null when none is. */
export type SingleFlight<A extends unknown[], T> = ((...args: A) => Promise<T>) & {
  readonly current: Promise<T> | null;
};

/**
 * Answers `task` made single-flight: a call while a run is under way joins that run (its own
 * arguments are not used) instead of starting another; once the run settles, well or not, the
 * next call starts a new one.
 */
export function singleFlight<A extends unknown[], T>(
  task: (...args: A) => Promise<T>,
): SingleFlight<A, T> {
  let current: Promise<T> | null = null;
  const run = (...args: A) => {
    current ??= task(...args).finally(() => {
      current = null;
    });
    return current;
  };
  return Object.defineProperty(run, 'current', { get: () => current }) as SingleFlight<A, T>;
}

/**
 * Answers `task` made lazy and kept: the first call starts it and every later call answers the
 * same promise, except after a failure, which is forgotten so that the next call tries again.
 */
export function once<T>(task: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | null = null;
  return () => {
    kept ??= task().catch((error: unknown) => {
      kept = null;
      throw error;
    });
    return kept;
  };
}

/**
 * Answers `task` made to follow the latest ask: one run at a time; a call while a run is under
 * way asks for one more run once it ends (several such calls ask for one), since what that run
 * read may be out of date; every caller's promise settles when the runs asked so far are done.
 * A failed run does not stop the one asked after it; the caller is told of the last run's
 * outcome.
 */
export function latestRun(task: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    try {
      let failure: unknown = null;
      do {
        again = false;
        try {
          await task();
          failure = null;
        } catch (error) {
          failure = error;
        }
      } while (again);
      if (failure) throw failure;
    } finally {
      current = null;
    }
  };
  return () => {
    if (current) {
      again = true;
      return current;
    }
    current = loop();
    return current;
  };
}
