import { describe, expect, it, vi } from 'vitest';
import type { GoalService } from '@/entrypoints/background/goals/goal-service';
import {
  BADGE_EVERY_MINUTES,
  type BadgeDeps,
  type BadgeWords,
  badgeView,
  createBadge,
  refreshingBadge,
} from '@/entrypoints/background/today/badge';
import { untilMidnight } from '@/entrypoints/background/today/badge-schedule';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { GoalsError } from '@/utils/errors';
import type { TodaysPlan } from '@/utils/goals';

// The toolbar badge: empty when signed out or without a goal, "✓" once today's reading is
// done, else what is left in a short form, in the reader's digits.

type Messages = Record<string, { message: string }>;
/** The badge's words from a locale's messages.json, as browser.i18n fills them. */
function wordsOf(messages: Messages, locale: string): BadgeWords {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    number: (n) => format.format(n),
    t: (key, ...args) =>
      (messages[key]?.message ?? key).replace(/\$(\d)/g, (_, i) => args[Number(i) - 1] ?? ''),
  };
}
const english = wordsOf(en as Messages, 'en');
// Egyptian Arabic: its locale data writes Arabic-Indic digits.
const arabic = wordsOf(ar as Messages, 'ar-EG');

const time = (secondsRead: number): TodaysPlan => ({
  hasGoal: true,
  goalId: 'g',
  dailyTargetSeconds: 600,
  secondsRead,
  progress: Math.min(1, secondsRead / 600),
});

describe('badgeView', () => {
  it('says nothing without a goal, or signed out (no plan)', () => {
    expect(badgeView(null, english)).toEqual({ text: '', title: 'Quran Goals' });
    expect(badgeView({ hasGoal: false }, english).text).toBe('');
  });

  it('shows the minutes left, rounded up', () => {
    expect(badgeView(time(0), english)).toEqual({
      text: '10m',
      title: 'Quran Goals: Minutes left today: 10',
    });
    // 181 seconds read of 600: 419 left, 6.98 minutes: 7.
    expect(badgeView(time(181), english).text).toBe('7m');
    expect(badgeView(time(599), english).text).toBe('1m');
  });

  it('shows a check once today’s reading is done', () => {
    expect(badgeView(time(600), english)).toEqual({
      text: '✓',
      title: 'Quran Goals: Today\u2019s reading is done.'.replace('\u2019', "'"),
    });
  });

  it('shows the pages left, rounded up, and the verses left of a range goal', () => {
    const pages: TodaysPlan = {
      hasGoal: true,
      dailyTargetPages: 2,
      pagesRead: 0.5,
      progress: 0.25,
    };
    expect(badgeView(pages, english).text).toBe('2p');
    // 2:21-2:30 is 10 verses, 3:1-3:2 two more.
    const range: TodaysPlan = {
      hasGoal: true,
      dailyTargetRanges: ['2:1-2:30', '3:1-3:2'],
      remainingDailyTargetRanges: ['2:21-2:30', '3:1-3:2'],
      progress: 0.6,
    };
    expect(badgeView(range, english)).toEqual({
      text: '12',
      title: 'Quran Goals: Verses left today: 12',
    });
  });

  it('writes the digits the reader’s locale writes: Arabic-Indic in Egyptian Arabic', () => {
    expect(badgeView(time(181), arabic).text).toBe('٧د');
    expect(badgeView({ ...time(0), dailyTargetSeconds: 1200 }, arabic).text).toBe('٢٠د');
  });
});

describe('createBadge', () => {
  function deps(over: Partial<BadgeDeps> = {}) {
    const shown: string[] = [];
    const schedules: { every: number | null; retryIn?: number }[] = [];
    const plan = vi.fn(async (): Promise<TodaysPlan> => time(0));
    const all: BadgeDeps = {
      enabled: async () => true,
      signedIn: async () => true,
      plan,
      show: async (view) => {
        shown.push(view.text);
      },
      words: () => english,
      schedule: async (next) => {
        schedules.push(next);
      },
      ...over,
    };
    return { all, shown, schedules, plan: over.plan ?? plan };
  }

  it('asks today’s plan once per refresh, shows it, and comes back every 30 minutes', async () => {
    const { all, shown, schedules, plan } = deps();
    const badge = createBadge(all);
    await badge.refresh();
    expect(plan).toHaveBeenCalledTimes(1);
    expect(shown).toEqual(['10m']);
    expect(schedules).toEqual([{ every: BADGE_EVERY_MINUTES }]);
    expect(BADGE_EVERY_MINUTES).toBe(30);
    // Asked three times at once: the refresh under way and one more after it, as what the
    // first read may have changed since (a reading logged, the switch turned off).
    vi.mocked(plan).mockClear();
    await Promise.all([badge.refresh(), badge.refresh(), badge.refresh()]);
    expect(plan).toHaveBeenCalledTimes(2);
  });

  it('clears the badge and its alarms, asking nothing, when signed out or turned off', async () => {
    for (const over of [{ signedIn: async () => false }, { enabled: async () => false }]) {
      const { all, shown, schedules, plan } = deps(over);
      await createBadge(all).refresh();
      expect(plan).not.toHaveBeenCalled();
      expect(shown).toEqual(['']);
      expect(schedules).toEqual([{ every: null }]);
    }
  });

  it('stops its alarms when the reader has no goal', async () => {
    const { all, shown, schedules } = deps({ plan: async () => ({ hasGoal: false }) });
    await createBadge(all).refresh();
    expect(shown).toEqual(['']);
    expect(schedules).toEqual([{ every: null }]);
  });

  it('backs off after a 429, longer each time, keeping what it shows', async () => {
    const limited = new GoalsError({ kind: 'rate_limit_exceeded', status: 429, message: 'slow' });
    const { all, shown, schedules } = deps({ plan: () => Promise.reject(limited) });
    const badge = createBadge(all);
    for (let i = 0; i < 6; i++) await badge.refresh();
    expect(shown).toEqual([]);
    expect(schedules.map((s) => s.retryIn)).toEqual([2, 4, 8, 16, 30, 30]);
    // A server that says how long to wait is heeded when it says longer.
    const told = new GoalsError({ ...limited.info, retryAfter: 600 });
    const second = deps({ plan: () => Promise.reject(told) });
    await createBadge(second.all).refresh();
    expect(second.schedules[0]?.retryIn).toBe(10);
  });

  it('keeps what it shows when the plan cannot be asked, and tries again later', async () => {
    const offline = new GoalsError({ kind: 'network', message: 'offline' });
    const { all, shown, schedules } = deps({ plan: () => Promise.reject(offline) });
    await createBadge(all).refresh();
    expect(shown).toEqual([]);
    expect(schedules).toEqual([{ every: BADGE_EVERY_MINUTES }]);
  });
});

describe('refreshingBadge', () => {
  it('refreshes the badge after each change of goal, whatever its outcome', async () => {
    const refresh = vi.fn(async () => {});
    const failing = new GoalsError({ kind: 'network', message: 'offline' });
    const goals = {
      createGoal: async () => ({ status: 'created', goalId: 'g' }),
      updateGoal: async () => ({ goalId: 'g', remade: false }),
      deleteGoal: () => Promise.reject(failing),
      deliverQueued: async () => ({ status: 'created', goalId: 'g' }),
      estimateGoal: async () => ({ week: [] }),
    } as unknown as GoalService;
    const wrapped = refreshingBadge(goals, { refresh } as never);
    await wrapped.createGoal({} as never);
    await wrapped.updateGoal({} as never);
    await expect(wrapped.deleteGoal({} as never)).rejects.toBe(failing);
    await wrapped.deliverQueued({} as never);
    await wrapped.estimateGoal({} as never);
    expect(refresh).toHaveBeenCalledTimes(4);
  });
});

describe('untilMidnight', () => {
  it('counts to the next midnight in the reader’s zone', () => {
    // Asia/Karachi is UTC+5 all year: 22:30 UTC is 03:30 there, 20 h 30 min before midnight.
    expect(untilMidnight('Asia/Karachi', new Date('2026-03-01T22:30:00Z'))).toBe(
      (20 * 60 + 30) * 60_000,
    );
    // London keeps UTC in winter: thirty seconds before midnight.
    expect(untilMidnight('Europe/London', new Date('2026-01-15T23:59:30Z'))).toBe(30_000);
    // New York is UTC-5 in January: 04:00 UTC is 23:00 the day before.
    expect(untilMidnight('America/New_York', new Date('2026-01-15T04:00:00.250Z'))).toBe(
      3600_000 - 250,
    );
  });
});
