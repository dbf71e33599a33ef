import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { goalSummary } from '@/utils/goal-summary';
import { planTarget } from '@/utils/goal-words';
import { createI18n, jsonLookup } from '@/utils/i18n';
import { planDay, weekWords } from '@/utils/plan-week';
import { amountWords } from '@/utils/plan-words';

const w = createI18n(jsonLookup(en), 'en', 'ltr');

describe('amountWords', () => {
  it.each([
    ['QURAN_TIME', 600, 'Read 10 minutes'],
    ['QURAN_TIME', 60, 'Read 1 minute'],
    ['QURAN_TIME', 150, 'Read 2.5 minutes'],
    ['QURAN_TIME', 45, 'Read 45 seconds'],
    ['QURAN_PAGES', 2.5, 'Read 2.5 pages'],
    ['QURAN_PAGES', 2.4666, 'Read 2.5 pages'],
    ['QURAN_PAGES', 1, 'Read 1 page'],
    ['QURAN_PAGES', '3', 'Read 3 pages'],
    ['QURAN_RANGE', '2:1-2:20', 'Read Al-Baqarah 1–20'],
    ['QURAN_RANGE', '67:1-67:30', 'Read Al-Mulk'],
    ['QURAN_RANGE', '2:255-2:255', 'Read Al-Baqarah 255'],
    ['QURAN_RANGE', '1:1-2:5', 'Read Al-Fatihah 1 – Al-Baqarah 5'],
    ['QURAN_RANGE', '2:1-2:5,2:6-2:9', 'Read Al-Baqarah 1–5; Read Al-Baqarah 6–9'],
    ['COURSE', 3, 'Amount: 3'],
  ] as [string, number | string, string][])('%s %s is "%s"', (type, amount, words) => {
    expect(amountWords(type, amount, w)).toBe(words);
  });

  it('speaks Arabic with Arabic names, in the numerals of the locale', () => {
    const ar = createI18n(
      jsonLookup({
        readAyahs: { message: 'اقرأ $1 الآيات $2–$3' },
        // The locale's surah names, as its messages carry them: Surah 2 is al-Baqarah.
        surahNames: { message: 'الفاتحة|البقرة' },
      }),
      'ar-EG',
      'rtl',
    );
    expect(amountWords('QURAN_RANGE', '2:1-2:20', ar)).toBe('اقرأ البقرة الآيات ١–٢٠');
  });
});

describe('weekWords', () => {
  const week = [
    { date: '2026-03-02', amount: '2:1-2:20' },
    { date: '2026-03-03T00:00:00Z', amount: '2:21-2:40' },
  ];

  it.each([
    [30, 28],
    [2, 0],
    [null, 0],
  ])('for %s days tells %i more days beyond the week', (duration, more) => {
    const { days, moreDays } = weekWords('QURAN_RANGE', week, duration, w, 'UTC');
    expect(days).toEqual([
      { date: 'Mon, Mar 2', words: 'Read Al-Baqarah 1–20' },
      { date: 'Tue, Mar 3', words: 'Read Al-Baqarah 21–40' },
    ]);
    expect(moreDays).toBe(more);
  });
});

describe('planDay', () => {
  it.each([
    ['2026-11-27T19:00:00.000Z', 'Asia/Karachi', '2026-11-28'],
    ['2026-11-27T19:00:00.000Z', 'UTC', '2026-11-27'],
    ['2026-11-28T05:00:00.000Z', 'America/New_York', '2026-11-28'],
    ['2026-11-28T03:00:00.000Z', 'America/New_York', '2026-11-27'],
    ['2026-11-28', 'Asia/Karachi', '2026-11-28'],
    ['not a date', 'UTC', 'not a date'],
  ])('names %s as the reader’s day in %s: %s', (date, zone, day) => {
    expect(planDay(date, zone)).toBe(day);
  });
});

describe('goalSummary', () => {
  it.each([
    [
      { type: 'QURAN_TIME', amount: 600, category: 'QURAN' },
      'Read 10 minutes every day, from March 1, 2026.',
    ],
    [
      { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 30 },
      'Read Al-Fatihah 1 – An-Nas 6 over 30 days, from March 1, 2026 until March 30, 2026.',
    ],
  ])('tells %j as "%s"', (body, summary) => {
    expect(goalSummary({ mushafId: 4, body }, '2026-03-01', w)).toBe(summary);
  });
});

describe('planTarget', () => {
  it.each([
    [{ dailyTargetSeconds: 600 }, { type: 'QURAN_TIME', amount: 600 }],
    [
      { dailyTargetPages: 1.5, dailyTargetSeconds: 0 },
      { type: 'QURAN_PAGES', amount: 1.5 },
    ],
    [
      { dailyTargetRanges: ['1:1-2:201'], dailyTargetPages: 0 },
      { type: 'QURAN_RANGE', amount: '1:1-2:201' },
    ],
    [{ dailyTargetRanges: [] }, null],
  ])('tells %j as %j', (plan, target) => {
    expect(planTarget(plan)).toEqual(target);
  });
});
