import { afterEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '@/components/i18n';

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
    for (const language of ['de', 'en', 'es', 'fr', 'id', 'it', 'ms', 'nl', 'pt', 'tr'])
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
