import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/utils/i18n';

afterEach(() => vi.restoreAllMocks());

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REGIONS = [
  '',
  '-419',
  '-150',
  '-001',
  ...[...LETTERS].flatMap((a) => [...LETTERS].map((b) => `-${a}${b}`)),
];
const SAMPLES = [0, 1, 2, 7, 10, 30, 99, 100, 114, 286, 604, 999];
const intl = (locale: string, n: number) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
const words = (locale: string) => createI18n(() => '', locale, 'ltr');

describe('number', () => {
  it('writes whole numbers under a thousand as Intl does, in every region of the Latin-digit languages', () => {
    const differ: string[] = [];
    for (const language of [
      'de',
      'en',
      'es',
      'fr',
      'id',
      'it',
      'ms',
      'nl',
      'pt',
      'sq',
      'sw',
      'tr',
      'vi',
    ])
      for (const region of REGIONS) {
        const locale = `${language}${region}`;
        const { number } = words(locale);
        for (const n of SAMPLES) if (number(n) !== intl(locale, n)) differ.push(`${locale} ${n}`);
      }
    expect(differ).toEqual([]);
  });

  it('makes no number formatter for them', () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const { number } = words('en-US');
    expect(SAMPLES.map(number)).toEqual(SAMPLES.map(String));
    expect(made).not.toHaveBeenCalled();
  });

  it.each([
    ['ar-EG', 604],
    ['bn', 604],
    ['th', 30],
    ['zh', 30],
    ['ru', 286],
    ['fa', 604],
    ['bn', 30],
    ['ur-IN', 114],
    ['mr', 7],
    ['en', 1234],
    ['de', 1234],
    ['en', 1.5],
    ['fr', 2.5],
    ['en', -3],
  ])('leaves %s %d to Intl (other digits, grouping, fractions or signs)', (locale, n) => {
    expect(words(locale).number(n)).toBe(intl(locale, n));
  });
});

describe('Arabic numerals', () => {
  // Arabic is written with Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩), whatever CLDR's default for a
  // region; the Maghreb writes Latin digits; Persian its own Eastern form (۰۱۲…), as its
  // locale data says; Urdu Latin digits, as its locale data says.
  it.each([
    ['ar', 604, '٦٠٤'],
    ['ar-SA', 30, '٣٠'],
    ['ar-EG', 7, '٧'],
    ['ar-MA', 30, '30'],
    ['ar-u-nu-latn', 30, '30'],
    ['fa', 114, '۱۱۴'],
    ['ur', 114, '114'],
  ])('%s writes %d as %s', (locale, n, written) => {
    expect(words(locale).number(n)).toBe(written);
  });

  it('dates too: 2 December 2026 in Arabic has Arabic-Indic digits', () => {
    expect(words('ar').date('2026-12-02')).toMatch(/٢.*٢٠٢٦/);
  });
});

describe('count', () => {
  const messages: Record<string, string> = {
    nDays_zero: 'zero',
    nDays_one: 'one',
    nDays_two: 'two',
    nDays_few: 'few',
    nDays_many: 'many',
    nDays_other: 'other $1',
  };
  const i18n = (locale: string) =>
    createI18n((key, args) => (messages[key] ?? '').replace('$1', args[0] ?? ''), locale, 'ltr');

  it('picks the form of each of Arabic’s six plural categories (CLDR: 0, 1, 2, 3–10, 11–99, 100…)', () => {
    const ar = i18n('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => ar.count('nDays', n, String(n)))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other 100',
      'other 102',
    ]);
  });

  it('English has one and other; a form the messages lack falls back to other', () => {
    const en = i18n('en');
    expect(en.count('nDays', 1, '1')).toBe('one');
    expect(en.count('nDays', 2, '2')).toBe('other 2');
    expect(createI18n(() => '', 'en', 'ltr').count('nDays', 1, '1')).toBe('nDays_other');
  });
});
