// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { textDirection } from '@/components/i18n';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import ur from '@/public/_locales/ur/messages.json';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import { fakeClient, renderPopup } from './fake-client';

afterEach(cleanup);

describe('the popup in Arabic', () => {
  it('is laid out right to left, with Arabic words and surah names', async () => {
    const draft = { ...DEFAULT_DRAFT, type: 'QURAN_RANGE' as const, from: '67:1', to: '67:30' };
    const { container } = renderPopup(fakeClient(), { draft }, 'ar');
    expect(container.querySelector('.popup')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'إنشاء الهدف' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'نوع الهدف' })).toBeTruthy();
    expect(await screen.findAllByText('اقرأ سورة الملك')).toHaveLength(2);
  });

  it('is left to right in English', () => {
    const { container } = renderPopup();
    expect(container.querySelector('.popup')?.getAttribute('dir')).toBe('ltr');
  });
});

describe('the message files', () => {
  it.each([
    ['ar', ar],
    ['ur', ur],
    ['id', id],
  ])('%s has every English message, with the same placeholders', (_, messages) => {
    const holes = (text: string) =>
      [...text.matchAll(/\$\d/g)]
        .map((m) => m[0])
        .sort()
        .join();
    for (const [key, { message }] of Object.entries(en)) {
      const translated = (messages as Record<string, { message: string }>)[key]?.message;
      expect(translated, key).toBeTruthy();
      if (!['readMinute', 'readPage'].includes(key))
        expect(holes(translated ?? ''), key).toBe(holes(message));
    }
  });
});

describe('textDirection', () => {
  it.each([
    ['ltr', 'ar', 'rtl'],
    ['ltr', 'ur-PK', 'rtl'],
    ['rtl', 'en', 'rtl'],
    ['ltr', 'id', 'ltr'],
    ['ltr', 'en-US', 'ltr'],
    ['ltr', 'arn', 'ltr'],
  ])('is %s-%s → %s', (bidi, language, dir) => {
    expect(textDirection(bidi, language)).toBe(dir);
  });
});
