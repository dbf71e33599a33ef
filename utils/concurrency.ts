/**
 * Named concurrency helpers: one place for "one at a time" and "one in flight".
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
