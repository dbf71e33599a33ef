import { describe, expect, it, vi } from 'vitest';
import {
  createReminders,
  QURAN_COM,
  type ReminderDeps,
  type ReminderNotice,
  type ReminderSettings,
  readingLink,
  streakAtRisk,
} from '@/entrypoints/background/today/reminders';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import ur from '@/public/_locales/ur/messages.json';
import type { Today } from '@/utils/activity';
import { GoalsError } from '@/utils/errors';
import type { TodaysPlan } from '@/utils/goals';
import { createI18n, jsonLookup } from '@/utils/i18n';
import { DEFAULT_SETTINGS, type Settings, timeZoneOf } from '@/utils/storage';
import type { SentReminder } from '@/utils/storage/reminders';

// The daily reminder and the last-chance nudge: shown only while today's part of the goal is
// not done, once per kind and reader-day, never for a day already over.

type Messages = Record<string, { message: string }>;
const english = createI18n(jsonLookup(en as Messages), 'en', 'ltr');

const ZONE = 'America/New_York';
// Tuesday 10 March 2026, New York on daylight time (UTC−4): hand-written instants.
const AT_2000_LOCAL = Date.parse('2026-03-11T00:00:00Z'); // 20:00 EDT, Tuesday 10 March
const AT_2200_LOCAL = Date.parse('2026-03-11T02:00:00Z'); // 22:00 EDT, Tuesday 10 March
const AT_2300_LOCAL = Date.parse('2026-03-11T03:00:00Z'); // 23:00 EDT, Tuesday 10 March
const AT_0030_NEXT_DAY = Date.parse('2026-03-11T04:30:00Z'); // 00:30 EDT, Wednesday 11 March

const ON: ReminderSettings = { on: true, time: '20:00', days: [0, 1, 2, 3, 4, 5, 6] };

const behind = (secondsRead = 0): TodaysPlan => ({
  hasGoal: true,
  goalId: 'g',
  dailyTargetSeconds: 600,
  secondsRead,
  progress: Math.min(1, secondsRead / 600),
});
const noReadingYet: Today = {
  streakDays: 4,
  readToday: false,
  lastPosition: { surah: 2, ayah: 255 },
};

function setup(over: Partial<Omit<ReminderDeps, 'sent'>> & { reminder?: ReminderSettings } = {}) {
  const notices: ReminderNotice[] = [];
  const schedules: { reminder: ReminderSettings; zone: string }[] = [];
  const retries: { kind: string; at: number }[] = [];
  let stored: SentReminder[] = [];
  let now = AT_2000_LOCAL;
  const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: ZONE, reminder: over.reminder ?? ON };
  const plan = vi.fn(async () => behind());
  const today = vi.fn(async () => noReadingYet);
  const deps: ReminderDeps = {
    settings: async () => settings,
    timeZone: timeZoneOf,
    signedIn: async () => true,
    plan,
    today,
    words: () => english,
    notify: async (notice) => {
      notices.push(notice);
    },
    sent: {
      read: async () => stored,
      write: async (entries) => {
        stored = entries;
      },
    },
    now: () => now,
    schedule: async (reminder, zone) => {
      schedules.push({ reminder, zone });
    },
    retry: async (kind, at) => {
      retries.push({ kind, at });
    },
    ...over,
  };
  return {
    reminders: createReminders(deps),
    deps,
    notices,
    schedules,
    retries,
    plan: over.plan ?? plan,
    today: over.today ?? today,
    settings,
    at: (t: number) => {
      now = t;
    },
    stored: () => stored,
  };
}

describe('the reminder', () => {
  it('behind on today’s reading: one notification saying what is left, and the next alarms', async () => {
    const { reminders, notices, schedules } = setup();
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toEqual([
      {
        kind: 'reminder',
        title: 'Time for today’s reading',
        message: 'Still to do today: Read 10 minutes',
        button: 'Read now',
        url: 'https://quran.com/2?startingVerse=255',
      },
    ]);
    expect(schedules).toEqual([{ reminder: ON, zone: ZONE }]);
  });

  it('says what is left of a range goal and opens its first range left', async () => {
    const range: TodaysPlan = {
      hasGoal: true,
      dailyTargetRanges: ['67:1-67:30'],
      remainingDailyTargetRanges: ['67:11-67:30'],
      progress: 0.33,
    };
    const { reminders, notices, today } = setup({ plan: async () => range });
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices.map((n) => [n.message, n.url])).toEqual([
      ['Still to do today: Read Al-Mulk 11–30', 'https://quran.com/67:11-67:30'],
    ]);
    // The range gives the link: the day's record is not asked.
    expect(today).not.toHaveBeenCalled();
  });

  it('shows nothing once today’s reading is done', async () => {
    const { reminders, notices } = setup({ plan: async () => behind(600) });
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toEqual([]);
  });

  it('shows nothing signed out, and does not ask the plan', async () => {
    const { reminders, notices, plan } = setup({ signedIn: async () => false });
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toEqual([]);
    expect(plan).not.toHaveBeenCalled();
  });

  it('shows nothing without a goal', async () => {
    const { reminders, notices } = setup({ plan: async () => ({ hasGoal: false }) });
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toEqual([]);
  });

  it('shows nothing when off, or on a weekday not chosen', async () => {
    const off = setup({ reminder: { ...ON, on: false } });
    await off.reminders.ring('reminder', AT_2000_LOCAL);
    expect(off.notices).toEqual([]);
    // 10 March 2026 is a Tuesday (2).
    const notTuesday = setup({ reminder: { ...ON, days: [0, 1, 3, 4, 5, 6] } });
    await notTuesday.reminders.ring('reminder', AT_2000_LOCAL);
    expect(notTuesday.notices).toEqual([]);
  });

  it('shows a kind once a reader-day: not on a second ring, nor after a worker restart', async () => {
    const first = setup();
    await first.reminders.ring('reminder', AT_2000_LOCAL);
    first.at(AT_2300_LOCAL);
    await first.reminders.ring('reminder');
    expect(first.notices).toHaveLength(1);
    // A new worker: the same stored record.
    const again = createReminders(first.deps);
    await again.ring('reminder', AT_2000_LOCAL);
    expect(first.notices).toHaveLength(1);
  });

  it('shows one notification when two rings come at once', async () => {
    const { reminders, notices } = setup();
    await Promise.all([
      reminders.ring('reminder', AT_2000_LOCAL),
      reminders.ring('reminder', AT_2000_LOCAL),
    ]);
    expect(notices).toHaveLength(1);
  });

  it('drops an alarm missed while asleep that rings after the reader’s midnight', async () => {
    const { reminders, notices, plan, schedules, at } = setup();
    at(AT_0030_NEXT_DAY);
    await reminders.ring('reminder', AT_2000_LOCAL);
    await reminders.ring('nudge', AT_2200_LOCAL);
    expect(notices).toEqual([]);
    expect(plan).not.toHaveBeenCalled();
    // Still the next alarms.
    expect(schedules).toHaveLength(2);
  });

  it('shows an alarm missed while asleep that rings later the same reader-day', async () => {
    const { reminders, notices, at } = setup();
    at(AT_2300_LOCAL);
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toHaveLength(1);
  });

  it('counts the day in the reader’s zone: the same instant is another day in Karachi', async () => {
    const { reminders, notices, settings } = setup();
    // 00:00 UTC 11 March is 05:00 Wednesday in Karachi; an alarm set for 23:00 Tuesday there
    // (18:00 UTC 10 March) rings a day late.
    settings.timeZone = 'Asia/Karachi';
    await reminders.ring('reminder', Date.parse('2026-03-10T18:00:00Z'));
    expect(notices).toEqual([]);
  });

  it('opens what the last notification of its kind said, else Quran.com', async () => {
    const { reminders } = setup();
    expect(await reminders.urlOf('reminder')).toBe(QURAN_COM);
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(await reminders.urlOf('reminder')).toBe('https://quran.com/2?startingVerse=255');
    expect(await reminders.urlOf('nudge')).toBe(QURAN_COM);
  });

  it('still sets the next alarms when the plan cannot be asked', async () => {
    const { reminders, notices, schedules, retries } = setup({
      plan: async () => {
        throw new Error('offline');
      },
    });
    await expect(reminders.ring('reminder', AT_2000_LOCAL)).rejects.toThrow('offline');
    expect(notices).toEqual([]);
    expect(schedules).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it('rings again ten minutes later when the service is out of reach, then shows it once', async () => {
    let reachable = false;
    const { reminders, notices, retries, at } = setup({
      plan: async () => {
        if (!reachable) throw new GoalsError({ kind: 'network', message: 'offline' });
        return behind();
      },
    });
    at(AT_2000_LOCAL);
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices).toEqual([]);
    // 20:10 in New York, the same Tuesday.
    expect(retries).toEqual([{ kind: 'reminder', at: AT_2000_LOCAL + 10 * 60_000 }]);
    reachable = true;
    at(AT_2000_LOCAL + 10 * 60_000);
    await reminders.ring('reminder', AT_2000_LOCAL + 10 * 60_000);
    expect(notices).toHaveLength(1);
  });

  it('does not carry a failed ring into the next reader-day', async () => {
    // 23:55 EDT: ten minutes later is Wednesday.
    const late = AT_2300_LOCAL + 55 * 60_000;
    const { reminders, retries, at } = setup({
      plan: async () => {
        throw new GoalsError({ kind: 'service_unavailable', message: 'down', status: 503 });
      },
    });
    at(late);
    await expect(reminders.ring('nudge', late)).rejects.toThrow('down');
    expect(retries).toEqual([]);
  });
});

describe('the nudge', () => {
  it('at 22:00 local, nothing read and a streak: one notification', async () => {
    const { reminders, notices, at } = setup();
    at(AT_2200_LOCAL);
    await reminders.ring('nudge', AT_2200_LOCAL);
    expect(notices).toEqual([
      {
        kind: 'nudge',
        title: 'Today ends in two hours',
        message: 'Read today to keep your streak. Still to do today: Read 10 minutes',
        button: 'Read now',
        url: 'https://quran.com/2?startingVerse=255',
      },
    ]);
    await reminders.ring('nudge', AT_2200_LOCAL);
    expect(notices).toHaveLength(1);
  });

  it('says nothing once something was read today, or without a streak to lose', async () => {
    const read = setup({ today: async () => ({ ...noReadingYet, readToday: true }) });
    read.at(AT_2200_LOCAL);
    await read.reminders.ring('nudge', AT_2200_LOCAL);
    expect(read.notices).toEqual([]);
    const noStreak = setup({ today: async () => ({ ...noReadingYet, streakDays: 0 }) });
    noStreak.at(AT_2200_LOCAL);
    await noStreak.reminders.ring('nudge', AT_2200_LOCAL);
    expect(noStreak.notices).toEqual([]);
  });

  it('with the streak not known, nothing read today is enough', async () => {
    const { reminders, notices, at } = setup({
      today: async () => ({ streakDays: null, readToday: false, lastPosition: null }),
    });
    at(AT_2200_LOCAL);
    await reminders.ring('nudge', AT_2200_LOCAL);
    expect(notices.map((n) => [n.message, n.url])).toEqual([
      ['Nothing read yet today. Still to do today: Read 10 minutes', QURAN_COM],
    ]);
  });

  it('shows nothing when the goal is met, signed out, or off', async () => {
    for (const over of [
      { plan: async () => behind(600) },
      { signedIn: async () => false },
      { reminder: { ...ON, on: false } },
    ]) {
      const { reminders, notices, at } = setup(over);
      at(AT_2200_LOCAL);
      await reminders.ring('nudge', AT_2200_LOCAL);
      expect(notices).toEqual([]);
    }
  });

  it('is a kind of its own: the reminder shown earlier does not silence it', async () => {
    const { reminders, notices, at } = setup();
    await reminders.ring('reminder', AT_2000_LOCAL);
    at(AT_2200_LOCAL);
    await reminders.ring('nudge', AT_2200_LOCAL);
    expect(notices.map((n) => n.kind)).toEqual(['reminder', 'nudge']);
  });
});

describe('reschedule', () => {
  it('sets the alarms for the settings and zone as they are now (a zone change)', async () => {
    const { reminders, schedules, settings } = setup();
    await reminders.reschedule();
    settings.timeZone = 'Asia/Jakarta';
    await reminders.reschedule();
    expect(schedules.map((s) => s.zone)).toEqual([ZONE, 'Asia/Jakarta']);
  });
});

describe('streakAtRisk and readingLink', () => {
  it('reads the plan when the day’s record is not known', () => {
    const unknown: Today = { streakDays: null, readToday: null, lastPosition: null };
    expect(streakAtRisk(behind(0), unknown)).toBe(true);
    expect(streakAtRisk(behind(60), unknown)).toBe(false);
    expect(streakAtRisk(behind(0), null)).toBe(true);
  });

  it('links a real verse only', () => {
    const plan = behind();
    expect(readingLink(plan, { ...noReadingYet, lastPosition: { surah: 1, ayah: 8 } })).toBe(
      QURAN_COM,
    );
    expect(readingLink(plan, { ...noReadingYet, lastPosition: { surah: 1, ayah: 7 } })).toBe(
      'https://quran.com/1?startingVerse=7',
    );
  });
});

describe('the notifications’ words', () => {
  it('every locale has them, with no message left in English where it should not be', () => {
    const keys = ['reminderTitle', 'nudgeTitle', 'nudgeStreak', 'nudgeNotRead', 'readNow'];
    for (const messages of [en, ar, ur, id] as Messages[]) {
      for (const key of keys) expect(messages[key]?.message, key).toBeTruthy();
    }
    for (const messages of [ar, ur, id] as Messages[]) {
      for (const key of keys)
        expect(messages[key]?.message).not.toBe((en as Messages)[key]?.message);
    }
  });

  it('reads in Arabic with Arabic surah names', async () => {
    const arabic = createI18n(jsonLookup(ar as Messages), 'ar', 'rtl');
    const range: TodaysPlan = { hasGoal: true, dailyTargetRanges: ['67:1-67:30'] };
    const { reminders, notices } = setup({ words: () => arabic, plan: async () => range });
    await reminders.ring('reminder', AT_2000_LOCAL);
    expect(notices[0]?.title).toBe('حان وقت ورد اليوم');
    expect(notices[0]?.message).toContain('الملك');
  });
});
