// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nContext } from '@/components/i18n';
import { lazy } from '@/components/lazy';
import en from '@/public/_locales/en/messages.json';
import { createI18n, jsonLookup } from '@/utils/i18n';

const i18n = createI18n(jsonLookup(en), 'en', 'ltr');
const inEnglish = (children: ComponentChildren) => (
  <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>
);

/** A module load the test settles by hand, counting how often it was asked. */
function manualLoad() {
  const asked = { count: 0 };
  let settle: { arrive(): void; fail(): void } = { arrive() {}, fail() {} };
  const Greeting = ({ name }: { name: string }) => <p>Salam, {name}</p>;
  const load = () => {
    asked.count++;
    return new Promise<typeof Greeting>((resolve, reject) => {
      settle = { arrive: () => resolve(Greeting), fail: () => reject(new Error('chunk gone')) };
    });
  };
  return { load, asked, settle: () => settle };
}

describe('lazy', () => {
  afterEach(cleanup);

  it('shows nothing until the module arrives, then the part with its props', async () => {
    const { load, settle } = manualLoad();
    const Part = lazy(load);
    const view = render(inEnglish(<Part name="Aisha" />));
    expect(view.container.textContent).toBe('');
    settle().arrive();
    expect(await screen.findByText('Salam, Aisha')).toBeTruthy();
  });

  it('asks for the module once however often the part is shown', async () => {
    const { load, asked, settle } = manualLoad();
    const Part = lazy(load);
    render(inEnglish(<Part name="one" />));
    render(inEnglish(<Part name="two" />));
    settle().arrive();
    await screen.findByText('Salam, two');
    render(inEnglish(<Part name="three" />));
    expect(screen.getByText('Salam, three')).toBeTruthy();
    expect(asked.count).toBe(1);
  });

  it('says in an alert that the part could not be loaded, and asks again when shown again', async () => {
    const { load, asked, settle } = manualLoad();
    const Part = lazy(load);
    const view = render(inEnglish(<Part name="Aisha" />));
    settle().fail();
    expect((await screen.findByRole('alert')).textContent).toBe(en.partNotLoaded.message);
    view.unmount();
    render(inEnglish(<Part name="Aisha" />));
    settle().arrive();
    expect(await screen.findByText('Salam, Aisha')).toBeTruthy();
    expect(asked.count).toBe(2);
  });
});
