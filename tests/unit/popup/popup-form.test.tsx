// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { english, fakeClient, renderPopup } from './fake-client';

afterEach(cleanup);

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });
const choose = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
/** What the reader saw before creating: the fake plan's "no goal", asked at the popup's clock. */
const SAW_NO_GOAL = { goalId: null, askedAt: Date.parse('2026-03-01T10:00:00Z') };

async function createAndGetBody(fake: ReturnType<typeof fakeClient>) {
  await waitFor(() => expect(button('Create goal')).toHaveProperty('disabled', false));
  fireEvent.click(button('Create goal'));
  await waitFor(() => expect(fake.sent('createGoal')).toHaveLength(1));
  return fake.sent('createGoal')[0];
}

describe('App before any answer', () => {
  it('paints the form at once from its defaults, waiting on nothing', () => {
    const never = () => new Promise<never>(() => {});
    renderPopup(
      fakeClient({ getAccountState: never, getPopupContext: never, estimateGoal: never }),
    );
    expect(button(/10 minutes a day/).getAttribute('aria-pressed')).toBe('true');
    expect(field('Minutes').value).toBe('10');
    expect(button('Create goal')).toHaveProperty('disabled', false);
    expect(screen.getByRole('group', { name: 'Goal type' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Schedule' })).toBeTruthy();
  });
});

describe('presets', () => {
  it.each([
    [/10 minutes a day/, { type: 'QURAN_TIME', amount: 600, category: 'QURAN' }],
    [/1 page a day/, { type: 'QURAN_PAGES', amount: 1, category: 'QURAN' }],
    [
      /Whole Quran in 30 days/,
      { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 30 },
    ],
    [
      /Whole Quran in a year/,
      { type: 'QURAN_RANGE', amount: '1:1-114:6', category: 'QURAN', duration: 365 },
    ],
    [/Surah Al-Mulk every day/, { type: 'QURAN_RANGE', amount: '67:1-67:30', category: 'QURAN' }],
  ])('%s then Create sends its goal', async (name, body) => {
    const fake = fakeClient();
    renderPopup(fake);
    fireEvent.click(button(name));
    expect(button(name).getAttribute('aria-pressed')).toBe('true');
    expect(await createAndGetBody(fake)).toEqual({
      goal: { mushafId: 4, body },
      replace: false,
      seen: SAW_NO_GOAL,
    });
  });

  it.each([
    ['29 days', 29],
    ['30 days', 30],
  ])('Ramadan khatm lets the reader pick %s', async (length, duration) => {
    const fake = fakeClient();
    renderPopup(fake);
    fireEvent.click(button(/Ramadan khatm/));
    choose(length);
    const sent = (await createAndGetBody(fake)) as { goal: { body: unknown } };
    expect(sent.goal.body).toEqual({
      type: 'QURAN_RANGE',
      amount: '1:1-114:6',
      category: 'QURAN',
      duration,
    });
  });

  it('offers the page the reader is on, and fills a right-click range at once', async () => {
    const range = (s: number, a: number, b: number) => ({
      from: { surah: s, ayah: a },
      to: { surah: s, ayah: b },
    });
    const fake = fakeClient({
      getPopupContext: () => ({
        ok: true,
        value: {
          pageContext: {
            url: 'https://quran.com/2/255',
            site: 'quran.com',
            suggestions: [{ kind: 'verse', range: range(2, 255, 255) }],
          },
          prefill: range(2, 1, 5),
        },
      }),
    });
    renderPopup(fake);
    await waitFor(() => expect(field('From verse').value).toBe('2:1'));
    expect(field('To verse').value).toBe('2:5');
    expect(button(/Selected verses/).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button(/From here to the end of the surah/));
    expect(field('From verse').value).toBe('2:255');
    expect(field('To verse').value).toBe('2:286');
    fireEvent.click(button(/This surah/));
    expect(field('From verse').value).toBe('2:1');
  });
});

describe('the custom form', () => {
  it('sends minutes as seconds, over a number of days', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    type('Minutes', '15');
    choose('Over a number of days');
    type('Days', '7');
    expect(screen.getByText('Until March 7, 2026 · 7 days')).toBeTruthy();
    expect(await createAndGetBody(fake)).toMatchObject({
      goal: { body: { type: 'QURAN_TIME', amount: 900, duration: 7 } },
    });
  });

  it('names each preset by its title alone; the recommendation describes the first', async () => {
    renderPopup();
    const description = (name: string) =>
      (screen.getByRole('button', { name }).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' / ');
    expect(description('10 minutes a day')).toBe('A steady daily habit / Recommended');
    expect(description('1 page a day')).toBe('Light and steady, every day');
    expect(description('Surah Al-Mulk every day')).toBe('30 verses, each night');
  });

  it('names the pages field apart from the Pages type: per day, or in total over days', async () => {
    renderPopup();
    choose('Pages');
    expect(screen.getByRole('radio', { name: 'Pages' })).toBeTruthy();
    expect(field('Pages per day')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Pages' })).toBeNull();
    choose('Over a number of days');
    expect(field('Pages in total')).toBeTruthy();
  });

  it('sends pages within the chosen mushaf', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    choose('Pages');
    fireEvent.change(screen.getByRole('combobox', { name: 'Mushaf' }), { target: { value: '7' } });
    type('Pages per day', '549');
    expect(screen.getByText('This mushaf has 548 pages.')).toBeTruthy();
    expect(button('Create goal')).toHaveProperty('disabled', true);
    type('Pages per day', '3');
    expect(await createAndGetBody(fake)).toMatchObject({
      goal: { mushafId: 7, body: { type: 'QURAN_PAGES', amount: 3 } },
    });
  });

  it('turns a date into a duration in the reader’s days, shown as both', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    choose('Verse range');
    type('From verse', '2:255-2:286');
    expect(field('To verse').value).toBe('2:286');
    choose('By a date');
    fireEvent.input(screen.getByLabelText('Finish by'), { target: { value: '2026-03-30' } });
    expect(screen.getByText('Until March 30, 2026 · 30 days')).toBeTruthy();
    expect(await createAndGetBody(fake)).toMatchObject({
      goal: { body: { amount: '2:255-2:286', duration: 30 } },
    });
  });

  it.each([
    ['From verse', '1:8', 'To verse', '2:1', 'Al-Fatihah has 7 ayahs.'],
    ['From verse', '1:1', 'To verse', '1:9', 'Al-Fatihah has 7 ayahs.'],
    [
      'From verse',
      '115:1',
      'To verse',
      '115:2',
      'There is no surah 115: surahs are numbered 1 to 114.',
    ],
    [
      'From verse',
      '2:10',
      'To verse',
      '2:5',
      'The range runs backwards: the end comes before the start.',
    ],
    ['From verse', 'baqarah', 'To verse', '2:5', 'Write a verse as surah:ayah, for example 2:255.'],
  ])('says in plain words what is wrong: %s %s, %s %s', (a, from, b, to, message) => {
    renderPopup();
    choose('Verse range');
    type(a, from);
    type(b, to);
    expect(screen.getByText(message)).toBeTruthy();
    expect(button('Create goal')).toHaveProperty('disabled', true);
  });

  it.each([
    ['Minutes', '0.5', 'Choose between 1 and 240 minutes.'],
    ['Minutes', '', english('errRequired')],
    ['Minutes', 'ten', english('errNumber')],
  ])('marks %s "%s" invalid: %s', (name, value, message) => {
    renderPopup();
    type(name, value);
    expect(screen.getByText(message)).toBeTruthy();
    expect(field(name).getAttribute('aria-invalid')).toBe('true');
    expect(button('Create goal')).toHaveProperty('disabled', true);
  });

  it('bounds the minutes of a goal over days per day, and says so', () => {
    renderPopup();
    choose('Over a number of days');
    type('Days', '30');
    type('Minutes', '600');
    expect(button('Create goal')).toHaveProperty('disabled', false);
    type('Days', '2');
    expect(
      screen.getByText(
        'Choose between 2 and 480 minutes in all: 1 to 240 minutes a day over 2 days.',
      ),
    ).toBeTruthy();
    expect(button('Create goal')).toHaveProperty('disabled', true);
  });

  it('picks a juz as its exact verses', async () => {
    renderPopup();
    choose('Verse range');
    fireEvent.change(screen.getByRole('combobox', { name: 'Or a part' }), {
      target: { value: 'juz' },
    });
    type('Number', '30');
    fireEvent.click(button('Use'));
    await waitFor(() => expect(field('From verse').value).toBe('78:1'));
    expect(field('To verse').value).toBe('114:6');
  });

  it('picks a whole surah by its name', () => {
    renderPopup();
    choose('Verse range');
    fireEvent.change(screen.getByRole('combobox', { name: 'Surah' }), { target: { value: '67' } });
    expect(field('From verse').value).toBe('67:1');
    expect(field('To verse').value).toBe('67:30');
  });

  it('sends any goal the API takes from the advanced part', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    fireEvent.click(screen.getByRole('checkbox', { name: english('rawOn') }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Type' }), {
      target: { value: 'QURAN_READING_PROGRAM' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), {
      target: { value: 'QURAN_READING_PROGRAM' },
    });
    type('Amount', '5');
    expect(await createAndGetBody(fake)).toEqual({
      goal: {
        mushafId: 4,
        body: { type: 'QURAN_READING_PROGRAM', amount: 5, category: 'QURAN_READING_PROGRAM' },
      },
      replace: false,
      seen: SAW_NO_GOAL,
    });
  });
});
