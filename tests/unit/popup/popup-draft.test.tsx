// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageResponse, Result } from '@/utils/messages';
import { SAVED_DRAFT } from '../helpers/drafts';
import { fakeClient, renderPopup } from './fake-client';

afterEach(cleanup);

const textbox = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const SAVED = SAVED_DRAFT;

describe('the draft', () => {
  it('is as the reader left it when the popup opens again', () => {
    renderPopup(fakeClient(), { draft: SAVED });
    expect(textbox('From verse').value).toBe('2:255');
    expect(textbox('To verse').value).toBe('2:286');
    expect(textbox('Days').value).toBe('12');
    expect(
      (screen.getByRole('radio', { name: 'Over a number of days' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Mushaf' }) as HTMLSelectElement).value).toBe('6');
  });

  it('is saved as the reader types', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    fireEvent.input(textbox('Minutes'), { target: { value: '45' } });
    await waitFor(() => expect(fake.saved.at(-1)?.minutes).toBe('45'));
  });

  it('is cleared by the reader with Clear', async () => {
    const fake = fakeClient();
    renderPopup(fake, { draft: SAVED });
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(fake.cleared()).toBe(1);
    expect(textbox('Minutes').value).toBe('10');
  });

  it('starts from the mushaf of the options', () => {
    renderPopup(fakeClient(), { mushafId: 11 });
    expect((screen.getByRole('combobox', { name: 'Mushaf' }) as HTMLSelectElement).value).toBe(
      '11',
    );
  });
});

describe('the plan', () => {
  it('shows the week in reader words, and the days beyond it', async () => {
    renderPopup(fakeClient(), { draft: SAVED });
    expect(await screen.findAllByText('Read Al-Baqarah 255–286')).toHaveLength(2);
    expect(screen.getByText('+10 more days')).toBeTruthy();
  });

  it('drops an estimate that answers after a newer one', async () => {
    const answers: ((result: Result<MessageResponse<'estimateGoal'>>) => void)[] = [];
    const fake = fakeClient({
      estimateGoal: () => new Promise((resolve) => answers.push(resolve)),
    });
    renderPopup(fake);
    await waitFor(() => expect(answers).toHaveLength(1));
    fireEvent.input(textbox('Minutes'), { target: { value: '20' } });
    await waitFor(() => expect(answers).toHaveLength(2));
    const week = (seconds: number) => ({
      ok: true as const,
      value: { week: [{ date: '2026-03-01', amount: seconds }] },
    });
    answers[1]?.(week(1200));
    await screen.findByText('Read 20 minutes');
    answers[0]?.(week(600));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByText('Read 10 minutes')).toBeNull();
    expect(screen.getByText('Read 20 minutes')).toBeTruthy();
  });

  it('never shows the week of another goal while the new one is asked', async () => {
    let hold = false;
    const fake = fakeClient({
      estimateGoal: ({ goal }) =>
        hold
          ? new Promise(() => {})
          : { ok: true, value: { week: [{ date: '2026-03-01', amount: goal.body.amount }] } },
    });
    renderPopup(fake);
    await screen.findByText('Read 10 minutes');
    hold = true;
    fireEvent.input(textbox('Minutes'), { target: { value: '30' } });
    expect(screen.queryByText('Read 10 minutes')).toBeNull();
    expect(screen.getByText('Working out the plan…')).toBeTruthy();
  });

  it('asks nothing while the form is not valid', async () => {
    const fake = fakeClient();
    renderPopup(fake);
    await waitFor(() => expect(fake.sent('estimateGoal')).toHaveLength(1));
    fireEvent.input(textbox('Minutes'), { target: { value: '0' } });
    expect(screen.getByText('Fix the goal above to see the plan.')).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.sent('estimateGoal')).toHaveLength(1);
  });
});
