import { describe, expect, it } from 'vitest';
import { goalDays, goalPace } from '@/utils/goal-pace';
import type { GoalRequest } from '@/utils/goals';

// A goal of ten days made here at noon UTC on 25 February 2026: its days are 25–28 February
// and 1–6 March (2026 is not a leap year). Expected values are counted by hand.

const made = Date.parse('2026-02-25T12:00:00Z');
const pages: GoalRequest = {
  mushafId: 4,
  body: { type: 'QURAN_PAGES', amount: 20, category: 'QURAN', duration: 10 },
};
const known = (goal: GoalRequest) => ({ goalId: 'g', goal, savedAt: made });
const read = (over: { pages?: number; seconds?: number; ranges?: string[] }) => ({
  since: '2026-02-25',
  seconds: over.seconds ?? 0,
  pages: over.pages ?? 0,
  ranges: over.ranges ?? [],
});

describe('goal days', () => {
  it('counts from the day it was made here, in the reader’s zone', () => {
    expect(goalDays(known(pages), 'g', '2026-03-01', 'UTC')).toEqual({
      start: '2026-02-25',
      last: '2026-03-06',
      left: 6,
      duration: 10,
    });
    // 12:00 UTC on 25 February is already the 26th in Kiritimati (UTC+14).
    expect(goalDays(known(pages), 'g', '2026-03-01', 'Pacific/Kiritimati')?.start).toBe(
      '2026-02-26',
    );
  });

  it('knows nothing of another goal, a daily goal, or one not saved here', () => {
    expect(goalDays(known(pages), 'other', '2026-03-01', 'UTC')).toBeNull();
    const daily = { ...pages, body: { ...pages.body, duration: undefined } };
    expect(goalDays(known(daily), 'g', '2026-03-01', 'UTC')).toBeNull();
    expect(goalDays({ goalId: 'g', goal: pages }, 'g', '2026-03-01', 'UTC')).toBeNull();
  });
});

describe('goal pace', () => {
  // On 1 March, four days (25–28 February) are behind the reader: 8 of 20 pages are due by
  // then, 10 by the end of today.
  const days = goalDays(known(pages), 'g', '2026-03-01', 'UTC');
  if (!days) throw new Error('no days');

  it('is behind with less than the days before today ask, on track up to today’s, ahead past it', () => {
    expect(goalPace(pages, days, read({ pages: 7 }))).toBe('behind');
    expect(goalPace(pages, days, read({ pages: 8 }))).toBe('onTrack');
    expect(goalPace(pages, days, read({ pages: 10 }))).toBe('onTrack');
    expect(goalPace(pages, days, read({ pages: 11 }))).toBe('ahead');
    expect(goalPace(pages, days, read({ pages: 20 }))).toBe('complete');
  });

  it('counts a range goal by its own verses read, each once', () => {
    // Al-Mulk, 30 verses, over ten days: 12 due before 1 March.
    const mulk: GoalRequest = {
      mushafId: 4,
      body: { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN', duration: 10 },
    };
    const mulkDays = goalDays(known(mulk), 'g', '2026-03-01', 'UTC');
    if (!mulkDays) throw new Error('no days');
    expect(goalPace(mulk, mulkDays, read({ ranges: ['67:1-67:11', '2:1-2:50'] }))).toBe('behind');
    expect(goalPace(mulk, mulkDays, read({ ranges: ['67:1-67:10', '67:5-67:12'] }))).toBe(
      'onTrack',
    );
    expect(goalPace(mulk, mulkDays, read({ ranges: ['67:1-67:30'] }))).toBe('complete');
  });

  it('counts a time goal by its seconds', () => {
    const time: GoalRequest = {
      mushafId: 4,
      body: { type: 'QURAN_TIME', amount: 6000, category: 'QURAN', duration: 10 },
    };
    const timeDays = goalDays(known(time), 'g', '2026-03-01', 'UTC');
    if (!timeDays) throw new Error('no days');
    expect(goalPace(time, timeDays, read({ seconds: 2399 }))).toBe('behind');
    expect(goalPace(time, timeDays, read({ seconds: 3601 }))).toBe('ahead');
  });

  it('is behind when the days have ended and the goal is not read', () => {
    const ended = goalDays(known(pages), 'g', '2026-03-09', 'UTC');
    if (!ended) throw new Error('no days');
    expect(ended.left).toBe(-2);
    expect(goalPace(pages, ended, read({ pages: 19 }))).toBe('behind');
  });
});
