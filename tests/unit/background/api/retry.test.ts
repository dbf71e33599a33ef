import { describe, expect, it } from 'vitest';
import { READ_RETRY, retryDelay, withRetry } from '@/entrypoints/background/api/retry';
import { type ErrorKind, GoalsError } from '@/utils/errors';

const failure = (kind: ErrorKind, retryAfter?: number) =>
  new GoalsError({ kind, message: kind, ...(retryAfter === undefined ? {} : { retryAfter }) });

/** A task failing with `errors` in turn, then answering 'ok'; with a clock that records waits. */
function scripted(errors: GoalsError[], random = () => 0.5) {
  const waits: number[] = [];
  let calls = 0;
  const task = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'ok';
  };
  const clock = {
    sleep: async (ms: number) => {
      waits.push(ms);
    },
    random,
  };
  return { task, clock, waits, calls: () => calls };
}

describe('the read retry policy', () => {
  it.each([
    ['rate_limit_exceeded', 3],
    ['internal_server_error', 3],
    ['bad_gateway', 3],
    ['service_unavailable', 3],
    ['gateway_timeout', 3],
    ['network', 3],
    ['timeout', 3],
    ['invalid_request', 1],
    ['unauthorized', 1],
    ['forbidden', 1],
    ['not_found', 1],
    ['unprocessable_entity', 1],
    ['invalid_response', 1],
    ['not_signed_in', 1],
  ] as const)('%s is tried %i time(s) in all', async (kind, tries) => {
    const run = scripted([failure(kind), failure(kind), failure(kind), failure(kind)]);
    await expect(withRetry(run.task, READ_RETRY, run.clock)).rejects.toMatchObject({ kind });
    expect(run.calls()).toBe(tries);
    expect(run.waits).toHaveLength(tries - 1);
  });

  it('answers the first success after failures', async () => {
    const run = scripted([failure('bad_gateway'), failure('network')]);
    expect(await withRetry(run.task, READ_RETRY, run.clock)).toBe('ok');
    expect(run.calls()).toBe(3);
  });

  it('waits a random time below a doubling ceiling (full jitter), capped', () => {
    const error = failure('service_unavailable');
    const policy = { attempts: 10, baseMs: 300, capMs: 3_000 };
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5].map((retry) => retryDelay(error, retry, policy, top))).toEqual([
      299, 599, 1_199, 2_399, 2_999,
    ]);
    expect(retryDelay(error, 1, policy, () => 0)).toBe(0);
    expect(retryDelay(error, 2, policy, () => 0.5)).toBe(300);
  });

  it('waits exactly a Retry-After within the cap, and does not retry beyond it', async () => {
    const soon = scripted([failure('rate_limit_exceeded', 2)]);
    expect(await withRetry(soon.task, READ_RETRY, soon.clock)).toBe('ok');
    expect(soon.waits).toEqual([2_000]);
    const late = scripted([failure('rate_limit_exceeded', 30)]);
    await expect(withRetry(late.task, READ_RETRY, late.clock)).rejects.toMatchObject({
      info: { kind: 'rate_limit_exceeded', retryAfter: 30 },
    });
    expect(late.calls()).toBe(1);
  });

  it('leaves errors that are not typed alone', async () => {
    const run = scripted([]);
    const task = async () => {
      run.task();
      throw new TypeError('bug');
    };
    await expect(withRetry(task, READ_RETRY, run.clock)).rejects.toThrow('bug');
    expect(run.waits).toEqual([]);
  });

  it('sleeps for real with the default clock', async () => {
    const run = scripted([failure('network')], () => 0);
    expect(await withRetry(run.task)).toBe('ok');
  });
});
