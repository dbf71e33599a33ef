// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DRAFT } from '@/utils/goal-form';
import { textDirection } from '@/utils/i18n';
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
