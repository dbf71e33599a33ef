import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  NUDGE_ALARM,
  REMINDER_ALARM,
  retryReminder,
  ringReminderAlarm,
  scheduleReminders,
  showNotification,
  wireReminders,
} from '@/entrypoints/background/today/reminder-schedule';
import {
  nextNudgeAt,
  nextReminderAt,
  type ReminderNotice,
  type ReminderSettings,
  type Reminders,
} from '@/entrypoints/background/today/reminders';

// When the reminder and the nudge ring, in the reader's zone, and the browser's side of them:
// alarms, the notification, and what a click opens.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const EVERY_DAY: ReminderSettings = { on: true, time: '20:00', days: [0, 1, 2, 3, 4, 5, 6] };
const at = (iso: string) => Date.parse(iso);

describe('nextReminderAt and nextNudgeAt (hand-worked instants)', () => {
  it('New York on daylight time (UTC−4): 20:00 local is 00:00 UTC the next date', () => {
    // Tuesday 10 March 2026, 08:00 EDT.
    const morning = at('2026-03-10T12:00:00Z');
    expect(nextReminderAt(EVERY_DAY, 'America/New_York', morning)).toBe(at('2026-03-11T00:00:00Z'));
    // 22:00 EDT: two hours before midnight.
    expect(nextNudgeAt(EVERY_DAY, 'America/New_York', morning)).toBe(at('2026-03-11T02:00:00Z'));
    // A second past 20:00 EDT: Wednesday's.
    expect(nextReminderAt(EVERY_DAY, 'America/New_York', at('2026-03-11T00:00:01Z'))).toBe(
      at('2026-03-12T00:00:00Z'),
    );
  });

  it('Karachi (UTC+5, no daylight time)', () => {
    // 17:00 PKT on 10 March: 20:00 PKT is 15:00 UTC; the day ends at 19:00 UTC.
    const afternoon = at('2026-03-10T12:00:00Z');
    expect(nextReminderAt(EVERY_DAY, 'Asia/Karachi', afternoon)).toBe(at('2026-03-10T15:00:00Z'));
    expect(nextNudgeAt(EVERY_DAY, 'Asia/Karachi', afternoon)).toBe(at('2026-03-10T17:00:00Z'));
  });

  it('waits for the next chosen weekday: Sundays only, from a Tuesday', () => {
    const sundays = { ...EVERY_DAY, days: [0] };
    // Sunday 15 March 2026, 20:00 EDT and 22:00 EDT.
    const tuesday = at('2026-03-10T12:00:00Z');
    expect(nextReminderAt(sundays, 'America/New_York', tuesday)).toBe(at('2026-03-16T00:00:00Z'));
    expect(nextNudgeAt(sundays, 'America/New_York', tuesday)).toBe(at('2026-03-16T02:00:00Z'));
  });

  it('across the change to standard time in New York on Sunday 1 November 2026', () => {
    // Saturday 31 October, 20:30 EDT (UTC−4).
    const saturday = at('2026-11-01T00:30:00Z');
    // Sunday 20:00 is on standard time (UTC−5): 24.5 hours later, not 23.5.
    expect(nextReminderAt(EVERY_DAY, 'America/New_York', saturday)).toBe(
      at('2026-11-02T01:00:00Z'),
    );
    // Saturday's nudge: 22:00 EDT.
    expect(nextNudgeAt(EVERY_DAY, 'America/New_York', saturday)).toBe(at('2026-11-01T02:00:00Z'));
    // Sunday's: 22:00 EST, two hours before Monday 00:00 EST (05:00 UTC).
    expect(nextNudgeAt(EVERY_DAY, 'America/New_York', at('2026-11-01T02:00:01Z'))).toBe(
      at('2026-11-02T03:00:00Z'),
    );
    // 01:30 happens twice that night (EDT, then EST): the first.
    const early = { ...EVERY_DAY, time: '01:30' };
    expect(nextReminderAt(early, 'America/New_York', at('2026-11-01T04:00:00Z'))).toBe(
      at('2026-11-01T05:30:00Z'),
    );
  });

  it('a time the clock skips (New York, 8 March 2026, 02:00 → 03:00) comes an hour later', () => {
    const skipped = { ...EVERY_DAY, time: '02:30' };
    // 00:00 EST on Sunday 8 March; 03:30 EDT is 07:30 UTC.
    expect(nextReminderAt(skipped, 'America/New_York', at('2026-03-08T05:00:00Z'))).toBe(
      at('2026-03-08T07:30:00Z'),
    );
  });

  it('none when off or with no weekday chosen', () => {
    const now = at('2026-03-10T12:00:00Z');
    for (const reminder of [
      { ...EVERY_DAY, on: false },
      { ...EVERY_DAY, days: [] },
    ]) {
      expect(nextReminderAt(reminder, 'America/New_York', now)).toBeNull();
      expect(nextNudgeAt(reminder, 'America/New_York', now)).toBeNull();
    }
  });
});

const clocks = new Map<string, Intl.DateTimeFormat>();

/** A wall clock in `zone`, read with `Intl` here (not with the code under test). */
function wall(zone: string, t: number) {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
    clocks.set(zone, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(t).map((p) => [p.type, p.value]));
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hhmm: `${parts.hour}:${parts.minute}`,
    weekday: weekdays.indexOf(String(parts.weekday)),
    /** Minutes the clock is ahead of UTC. */
    offset: Math.round(
      (Date.UTC(
        Number(parts.year),
        Number(parts.month) - 1,
        Number(parts.day),
        Number(parts.hour),
        Number(parts.minute),
      ) -
        Math.floor(t / 60_000) * 60_000) /
        60_000,
    ),
  };
}

const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Karachi',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/Havana',
  'America/Santiago',
  'Pacific/Chatham',
];
const settingsArb = fc.record({
  on: fc.constant(true),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  days: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
});
const nowArb = fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z') });
const zoneArb = fc.constantFrom(...ZONES);

describe('the next alarms (properties)', () => {
  it('the next reminder is in the future, within a week, on a chosen weekday, at the time', () => {
    fc.assert(
      fc.property(settingsArb, zoneArb, nowArb, (reminder, zone, now) => {
        const next = nextReminderAt(reminder, zone, now);
        expect(next).not.toBeNull();
        const t = next as number;
        expect(t).toBeGreaterThan(now);
        // A week, and the hour a clock change may add in between.
        expect(t - now).toBeLessThanOrEqual(7 * DAY + HOUR);
        const clock = wall(zone, t);
        expect(reminder.days).toContain(clock.weekday);
        // At the time, unless the clock skipped it that day (then just after the skip).
        if (clock.hhmm !== reminder.time) {
          expect(wall(zone, t - 3 * HOUR).offset).not.toBe(clock.offset);
        }
        // No earlier instant a whole day before was one too, after `now`.
        for (let k = 1; k <= 7; k++) {
          const before = wall(zone, t - k * DAY);
          if (before.hhmm === reminder.time && reminder.days.includes(before.weekday)) {
            expect(t - k * DAY).toBeLessThanOrEqual(now);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the next nudge is in the future, two hours before a chosen day ends', () => {
    fc.assert(
      fc.property(settingsArb, zoneArb, nowArb, (reminder, zone, now) => {
        const next = nextNudgeAt(reminder, zone, now);
        expect(next).not.toBeNull();
        const t = next as number;
        expect(t).toBeGreaterThan(now);
        expect(t - now).toBeLessThanOrEqual(7 * DAY + HOUR);
        const end = t + 2 * HOUR;
        const last = wall(zone, end - 60_000);
        // A new day begins at `end`, and the day that ends there is a chosen one.
        expect(wall(zone, end).date).not.toBe(last.date);
        expect(reminder.days).toContain(last.weekday);
      }),
      { numRuns: 400 },
    );
  });
});

describe('scheduleReminders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets both alarms at their instants, and clears them when off', async () => {
    const now = at('2026-03-10T12:00:00Z');
    await scheduleReminders(EVERY_DAY, 'America/New_York', now);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual([
      [REMINDER_ALARM, at('2026-03-11T00:00:00Z')],
      [NUDGE_ALARM, at('2026-03-11T02:00:00Z')],
    ]);
    await scheduleReminders({ ...EVERY_DAY, on: false }, 'America/New_York', now);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('leaves an alarm already due to ring (missed while asleep), and keeps the badge’s', async () => {
    const now = at('2026-03-10T12:00:00Z');
    await fakeBrowser.alarms.create(REMINDER_ALARM, { when: now - 60_000 });
    await fakeBrowser.alarms.create('badge', { periodInMinutes: 30 });
    await scheduleReminders(EVERY_DAY, 'America/New_York', now);
    expect((await fakeBrowser.alarms.get(REMINDER_ALARM))?.scheduledTime).toBe(now - 60_000);
    expect((await fakeBrowser.alarms.get(NUDGE_ALARM))?.scheduledTime).toBe(
      at('2026-03-11T02:00:00Z'),
    );
    expect(await fakeBrowser.alarms.get('badge')).toBeTruthy();
  });
});

const notice: ReminderNotice = {
  kind: 'reminder',
  title: 'Time for today’s reading',
  message: 'Still to do today: Read 10 minutes',
  button: 'Read now',
  url: 'https://quran.com/67:1-67:30',
};

describe('showNotification', () => {
  let granted: boolean;
  beforeEach(() => {
    fakeBrowser.reset();
    granted = true;
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async (asked: { permissions?: string[] }) => {
        expect(asked).toEqual({ permissions: ['notifications'] });
        return granted;
      }),
    });
  });

  const shown = () =>
    (
      fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, unknown> }
    ).getAllCreateOptions();

  it('shows the notice with the extension’s icon and a "Read now" button', async () => {
    await showNotification(notice);
    expect(shown()).toEqual({
      reminder: {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
        buttons: [{ title: 'Read now' }],
      },
    });
  });

  it('shows nothing without the permission', async () => {
    granted = false;
    await showNotification(notice);
    expect(shown()).toEqual({});
  });

  it('has no button where the browser has none (Firefox)', async () => {
    const { onButtonClicked } = fakeBrowser.notifications;
    Object.assign(fakeBrowser.notifications, { onButtonClicked: undefined });
    try {
      await showNotification({ ...notice, kind: 'nudge' });
      expect(Object.keys(shown())).toEqual(['reminder-nudge']);
      expect(shown()['reminder-nudge']).not.toHaveProperty('buttons');
    } finally {
      Object.assign(fakeBrowser.notifications, { onButtonClicked });
    }
  });
});

describe('wireReminders', () => {
  function fakeReminders() {
    return {
      ring: vi.fn(async () => {}),
      reschedule: vi.fn(async () => {}),
      urlOf: vi.fn(async (kind: string) =>
        kind === 'nudge' ? 'https://quran.com/2:255' : 'https://quran.com/67:1-67:30',
      ),
    };
  }
  let tabs: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    tabs = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (properties) => {
      tabs.push(String(properties.url));
      return {} as never;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('rings its own alarms only, with the instant each was set for', async () => {
    const reminders = fakeReminders();
    wireReminders(reminders as unknown as Reminders);
    const ring = (name: string, scheduledTime: number) =>
      fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime, persistAcrossSessions: true });
    await ring('badge', 1);
    await ring(REMINDER_ALARM, 2);
    await ring(NUDGE_ALARM, 3);
    await ring('reminder-retry', 4);
    await ring('reminder-nudge-retry', 5);
    expect(reminders.ring.mock.calls).toEqual([
      ['reminder', 2],
      ['nudge', 3],
      ['reminder', 4],
      ['nudge', 5],
    ]);
  });

  it('sets the alarms again on the badge’s alarms: an automatic zone may have moved', async () => {
    const reminders = fakeReminders();
    wireReminders(reminders as unknown as Reminders);
    const ring = (name: string) =>
      fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: 0, persistAcrossSessions: true });
    await ring('badge');
    await ring('badge-day');
    await ring('outbox');
    expect(reminders.reschedule).toHaveBeenCalledTimes(2);
  });

  it('retryReminder sets a one-off alarm of the kind at the instant given', async () => {
    await retryReminder('nudge', 1_800_000_000_000);
    expect(await fakeBrowser.alarms.get('reminder-nudge-retry')).toMatchObject({
      scheduledTime: 1_800_000_000_000,
    });
  });

  it('sets the alarms again when the browser starts or the extension is installed', async () => {
    const reminders = fakeReminders();
    wireReminders(reminders as unknown as Reminders);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    expect(reminders.reschedule).toHaveBeenCalledTimes(2);
  });

  it('opens today’s portion from the notification or its button, and nothing for another', async () => {
    const reminders = fakeReminders();
    wireReminders(reminders as unknown as Reminders);
    await fakeBrowser.notifications.onClicked.trigger('reminder');
    await fakeBrowser.notifications.onButtonClicked.trigger('reminder-nudge', 0);
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    await vi.waitFor(() =>
      expect(tabs).toEqual(['https://quran.com/67:1-67:30', 'https://quran.com/2:255']),
    );
  });

  it('listens to clicks once the permission comes, when the API was not there at start', async () => {
    const notifications = fakeBrowser.notifications;
    const added: (() => void)[] = [];
    Object.assign(fakeBrowser, { notifications: undefined });
    Object.assign(fakeBrowser.permissions, {
      onAdded: { addListener: (listener: () => void) => added.push(listener) },
    });
    try {
      const reminders = fakeReminders();
      wireReminders(reminders as unknown as Reminders);
      expect(added).toHaveLength(1);
      Object.assign(fakeBrowser, { notifications });
      for (const listener of added) listener();
      await fakeBrowser.notifications.onClicked.trigger('reminder');
      await vi.waitFor(() => expect(tabs).toEqual(['https://quran.com/67:1-67:30']));
    } finally {
      Object.assign(fakeBrowser, { notifications });
    }
  });

  it('ringReminderAlarm answers null for an alarm that is not the reminders’', async () => {
    const reminders = fakeReminders();
    expect(ringReminderAlarm(reminders as unknown as Reminders, 'badge-day')).toBeNull();
    await ringReminderAlarm(reminders as unknown as Reminders, REMINDER_ALARM);
    expect(reminders.ring).toHaveBeenCalledWith('reminder', undefined);
  });
});
