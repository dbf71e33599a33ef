// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import { browserI18n, jsonLookup, textDirection } from '@/utils/i18n';
import { fakeClient, renderPopup } from './fake-client';

afterEach(cleanup);

describe('the popup in Arabic', () => {
  it('is laid out right to left, with Arabic words and surah names', async () => {
    const draft = { ...DEFAULT_DRAFT, type: 'QURAN_RANGE' as const, from: '67:1', to: '67:30' };
    const { container } = renderPopup(fakeClient(), { draft }, 'ar');
    expect(container.querySelector('.popup')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'إنشاء الهدف' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'نوع الهدف' })).toBeTruthy();
    expect(await screen.findAllByText('قراءة سورة الملك')).toHaveLength(2);
  });

  it('is left to right in English', () => {
    const { container } = renderPopup();
    expect(container.querySelector('.popup')?.getAttribute('dir')).toBe('ltr');
  });
});

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ur-PK', 'rtl'],
    ['fa', 'rtl'],
    ['id', 'ltr'],
    ['en-US', 'ltr'],
    ['arn', 'ltr'],
  ])('%s is %s', (language, dir) => {
    expect(textDirection(language)).toBe(dir);
  });
});

describe('browserI18n', () => {
  // What the browser says: its language, and the messages of the locale it chose for it.
  const api = (language: string, messages: Record<string, { message: string }>) => ({
    i18n: {
      getUILanguage: () => language,
      getMessage: (key: string, args?: string | string[]) =>
        jsonLookup(messages)(key, typeof args === 'string' ? [args] : (args ?? [])),
    },
  });

  it('speaks the browser’s language, in its regional form, when the extension has it', () => {
    const i18n = browserI18n(api('ar-EG', ar));
    expect([i18n.locale, i18n.dir]).toEqual(['ar-EG', 'rtl']);
    expect(browserI18n(api('en-GB', en)).locale).toBe('en-GB');
  });

  it('speaks the language of the messages shown when the extension has not the browser’s', () => {
    // A Hebrew or German browser reads the English messages: English, left to right.
    expect([browserI18n(api('he', en)).locale, browserI18n(api('he', en)).dir]).toEqual([
      'en',
      'ltr',
    ]);
    expect(browserI18n(api('de-DE', en)).locale).toBe('en');
  });
});
