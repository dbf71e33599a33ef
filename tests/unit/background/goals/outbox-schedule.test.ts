import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Outbox } from '@/entrypoints/background/goals/outbox';
import {
  OUTBOX_ALARM,
  READINGS_ALARM,
  scheduleOutbox,
  wireQueue,
} from '@/entrypoints/background/goals/outbox-schedule';
import type { OutboxEntry } from '@/utils/messages';

const entry = (state: OutboxEntry['state']): OutboxEntry => ({
  id: state,
  owner: { environment: 'http://127.0.0.1:8787/auth', subject: 'reader-1' },
  goal: { mushafId: 4, body: { type: 'QURAN_TIME', amount: 600, category: 'QURAN' } },
  replace: false,
  createdAt: 1,
  state,
  attempts: 0,
});

/** An outbox whose flush counts its calls and answers `left`. */
function countingOutbox(left: OutboxEntry[]) {
  let flushes = 0;
  const outbox = {
    flush: async () => {
      flushes++;
      return left;
    },
  } as unknown as Outbox;
  return { outbox, flushes: () => flushes };
}

const alarm = (name: string) => ({ name, scheduledTime: 0, persistAcrossSessions: false });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the outbox schedule', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a one-minute alarm while entries wait, and clears it when none do', async () => {
    scheduleOutbox([entry('waiting')]);
    await settle();
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toMatchObject({ periodInMinutes: 1 });
    scheduleOutbox([entry('failed')]);
    await settle();
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeFalsy();
  });

  it('sends at worker start, when the alarm rings and when the browser starts', async () => {
    const { outbox, flushes } = countingOutbox([entry('waiting')]);
    wireQueue(OUTBOX_ALARM, outbox);
    await settle();
    expect(flushes()).toBe(1);
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeTruthy();
    await fakeBrowser.alarms.onAlarm.trigger(alarm('other'));
    expect(flushes()).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm(OUTBOX_ALARM));
    await fakeBrowser.runtime.onStartup.trigger();
    expect(flushes()).toBe(3);
  });

  it('keeps each queue on its own alarm: readings waiting leave the outbox alarm alone', async () => {
    const { outbox: readings, flushes } = countingOutbox([entry('waiting')]);
    wireQueue(READINGS_ALARM, readings);
    await settle();
    expect(await fakeBrowser.alarms.get(READINGS_ALARM)).toBeTruthy();
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeFalsy();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(OUTBOX_ALARM));
    expect(flushes()).toBe(1);
    await fakeBrowser.alarms.onAlarm.trigger(alarm(READINGS_ALARM));
    expect(flushes()).toBe(2);
  });
});
