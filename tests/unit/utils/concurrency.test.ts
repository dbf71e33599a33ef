import { describe, expect, it } from 'vitest';
import { serialize } from '@/utils/concurrency';

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
