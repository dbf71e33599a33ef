import { describe, expect, it, vi } from 'vitest';
import { latestRun, once, serialize, singleFlight } from '@/utils/concurrency';

/** A task that records its start and end, and ends when the test lets it. */
function heldTask(log: string[], name: string, fail = false) {
  let release = () => {};
  const task = () =>
    new Promise<string>((resolve, reject) => {
      log.push(`start ${name}`);
      release = () => {
        log.push(`end ${name}`);
        if (fail) reject(new Error(name));
        else resolve(name);
      };
    });
  return { task, release: () => release() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('serialize', () => {
  it('starts each task once the one before it has ended, in the order given', async () => {
    const log: string[] = [];
    const oneAtATime = serialize();
    const a = heldTask(log, 'a');
    const b = heldTask(log, 'b');
    const first = oneAtATime(a.task);
    const second = oneAtATime(b.task);
    await settle();
    expect(log).toEqual(['start a']);
    a.release();
    expect(await first).toBe('a');
    await settle();
    expect(log).toEqual(['start a', 'end a', 'start b']);
    b.release();
    expect(await second).toBe('b');
  });

  it('goes on after a failed task, which fails only its own caller', async () => {
    const log: string[] = [];
    const oneAtATime = serialize();
    const a = heldTask(log, 'a', true);
    const b = heldTask(log, 'b');
    const first = oneAtATime(a.task);
    const second = oneAtATime(b.task);
    await settle();
    a.release();
    await expect(first).rejects.toThrow('a');
    await settle();
    b.release();
    expect(await second).toBe('b');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});

describe('singleFlight', () => {
  it('joins a call made while a run is under way to that run, with the first arguments', async () => {
    const log: string[] = [];
    const held = heldTask(log, 'a');
    const started: string[] = [];
    const flight = singleFlight(async (name: string) => {
      started.push(name);
      return held.task();
    });
    const first = flight('first');
    const second = flight('second');
    expect(second).toBe(first);
    expect(flight.current).toBe(first);
    held.release();
    expect(await second).toBe('a');
    expect(started).toEqual(['first']);
  });

  it('starts a new run once the last one has settled, well or not', async () => {
    const log: string[] = [];
    const failing = heldTask(log, 'a', true);
    const next = heldTask(log, 'b');
    const tasks = [failing, next];
    const flight = singleFlight(() => (tasks.shift() ?? next).task());
    const first = flight();
    failing.release();
    await expect(first).rejects.toThrow('a');
    expect(flight.current).toBeNull();
    const second = flight();
    expect(second).not.toBe(first);
    next.release();
    expect(await second).toBe('b');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
    expect(flight.current).toBeNull();
  });
});

describe('once', () => {
  it('runs the task on the first call only and answers every call with its result', async () => {
    let runs = 0;
    const open = once(async () => ++runs);
    const [a, b] = [open(), open()];
    expect(b).toBe(a);
    expect(await a).toBe(1);
    expect(await open()).toBe(1);
    expect(runs).toBe(1);
  });

  it('forgets a failed run, so that the next call tries again', async () => {
    let runs = 0;
    const open = once(async () => {
      runs++;
      if (runs === 1) throw new Error('closed');
      return runs;
    });
    await expect(open()).rejects.toThrow('closed');
    expect(await open()).toBe(2);
    expect(await open()).toBe(2);
    expect(runs).toBe(2);
  });
});

describe('latestRun', () => {
  it('runs once more after the run under way when asked during it, once for many asks', async () => {
    const reads: number[] = [];
    let value = 0;
    let release = () => {};
    const run = latestRun(async () => {
      const seen = value;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      reads.push(seen);
    });
    const first = run();
    // Changed while the first run reads: three asks, one more run.
    value = 1;
    const second = run();
    const third = run();
    expect(second).toBe(first);
    release();
    await vi.waitFor(() => expect(reads).toEqual([0]));
    release();
    await Promise.all([first, second, third]);
    expect(reads).toEqual([0, 1]);
    // Idle again: the next ask runs at once.
    value = 2;
    const fourth = run();
    release();
    await fourth;
    expect(reads).toEqual([0, 1, 2]);
  });

  it('goes on after a failed run, and tells the callers of the last run’s outcome', async () => {
    let calls = 0;
    let release = () => {};
    const run = latestRun(async () => {
      calls += 1;
      const failing = calls === 1;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      if (failing) throw new Error('first failed');
    });
    const first = run();
    const second = run();
    release();
    await vi.waitFor(() => expect(calls).toBe(2));
    release();
    await expect(first).resolves.toBeUndefined();
    await expect(second).resolves.toBeUndefined();
    calls = 0;
    const alone = run();
    release();
    await expect(alone).rejects.toThrow('first failed');
  });
});
