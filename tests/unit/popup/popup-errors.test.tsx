// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { type ErrorKind, ErrorKindSchema } from '@/utils/errors';
import type { OutboxEntry } from '@/utils/messages';
import { english, fakeClient, renderPopup, SIGNED_IN } from './fake-client';

afterEach(cleanup);

const button = (name: string) => screen.getByRole('button', { name });
const failingWith = (kind: ErrorKind, retryAfter?: number) => {
  let tries = 0;
  return fakeClient({
    createGoal: () =>
      ++tries === 1
        ? {
            ok: false,
            error: { kind, message: 'the server said why', ...(retryAfter ? { retryAfter } : {}) },
          }
        : { ok: true, value: { status: 'created', goalId: 'goal-1' } },
  });
};

async function createFailing(fake: ReturnType<typeof fakeClient>) {
  renderPopup(fake);
  fireEvent.input(screen.getByRole('textbox', { name: 'Minutes' }), { target: { value: '25' } });
  await waitFor(() => expect(button('Create goal')).toHaveProperty('disabled', false));
  fireEvent.click(button('Create goal'));
  return screen.findByRole('alert', {}, { timeout: 2000 }).then(async (alert) => {
    await waitFor(() => expect(alert.textContent).not.toBe(''));
    return alert;
  });
}

const RETRY: ErrorKind[] = [
  'network',
  'timeout',
  'internal_server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
  'invalid_response',
  'no_answer',
  'unknown',
  // Told that the goal may exist, the reader decides whether to send it again.
  'outcome_unknown',
];
const SIGN_IN: ErrorKind[] = ['unauthorized', 'not_signed_in', 'sign_in_failed'];

describe('each kind of failure', () => {
  it('has its own message in every language file', () => {
    const messages = ErrorKindSchema.options.map(
      (kind) => en[`error_${kind}` as keyof typeof en]?.message,
    );
    expect(messages.every(Boolean)).toBe(true);
    expect(new Set(messages).size).toBe(ErrorKindSchema.options.length);
  });

  it.each(ErrorKindSchema.options)(
    '%s shows its message in an alert and keeps the draft',
    async (kind) => {
      const fake = failingWith(kind);
      const alert = await createFailing(fake);
      // The permission refusal also names where: the reader is signed in to the sandbox.
      expect(alert.textContent).toContain(
        english(`error_${kind}` as keyof typeof en, english('env_sandbox')),
      );
      expect((screen.getByRole('textbox', { name: 'Minutes' }) as HTMLInputElement).value).toBe(
        '25',
      );
      expect(fake.cleared()).toBe(0);
      expect(screen.queryByRole('button', { name: 'Retry' }) !== null).toBe(
        RETRY.includes(kind) || kind === 'rate_limit_exceeded',
      );
      expect(alert.querySelector('button')?.textContent === 'Sign in').toBe(SIGN_IN.includes(kind));
    },
  );

  it.each(ErrorKindSchema.options)(
    '%s never splices the server’s text into a message: at most it is a detail, framed',
    async (kind) => {
      const alert = await createFailing(failingWith(kind));
      const text = alert.textContent ?? '';
      const framed = english('errorDetail', '\u2068the server said why\u2069');
      expect(text.replaceAll(framed, '')).not.toContain('the server said why');
    },
  );

  it.each(RETRY)('%s: Retry sends the same goal again, and it is made once', async (kind) => {
    const fake = failingWith(kind);
    await createFailing(fake);
    fireEvent.click(button('Retry'));
    await screen.findByText('Goal created.');
    const [first, second] = fake.sent('createGoal');
    expect(second).toEqual(first);
    expect(fake.sent('createGoal')).toHaveLength(2);
  });

  it('a create kept on this device after a 5xx: the failure, Retry sends that goal now', async () => {
    const request = {
      mushafId: 4,
      body: { type: 'QURAN_TIME', amount: 1500, category: 'QURAN' },
    } as const;
    const entry = {
      id: 'entry-1',
      owner: { environment: 'http://127.0.0.1:8787/auth', subject: 'reader-1' },
      goal: request,
      replace: false,
      createdAt: 1,
      state: 'waiting' as const,
      attempts: 0,
    };
    let waiting = [entry];
    const fake = fakeClient({
      createGoal: () => ({
        ok: true,
        value: {
          status: 'queued',
          entryId: 'entry-1',
          error: { kind: 'internal_server_error', message: 'the server said why' },
        },
      }),
      getOutbox: () => ({ ok: true, value: { entries: waiting } }),
      sendOutboxEntry: () => {
        waiting = [];
        return { ok: true, value: { entries: [], sent: true } };
      },
    });
    const alert = await createFailing(fake);
    expect(alert.textContent).toContain(english('error_internal_server_error'));
    expect(alert.textContent).toContain(english('keptOnDevice'));
    // The form is cleared: the goal waits in the outbox and cannot be sent twice from here.
    expect((screen.getByRole('textbox', { name: 'Minutes' }) as HTMLInputElement).value).toBe('10');
    expect(await screen.findByRole('button', { name: english('sendNow') })).toBeTruthy();
    fireEvent.click(button('Retry'));
    await screen.findByText('Goal created.');
    expect(fake.sent('sendOutboxEntry')).toEqual([{ entryId: 'entry-1' }]);
    expect(fake.sent('createGoal')).toHaveLength(1);
  });

  it('Send now sends a waiting goal; the list follows the outbox as it changes', async () => {
    const entry: OutboxEntry = {
      id: 'entry-2',
      owner: { environment: 'http://127.0.0.1:8787/auth', subject: 'reader-1' },
      goal: { mushafId: 4, body: { type: 'QURAN_PAGES', amount: 2, category: 'QURAN' } },
      replace: false,
      createdAt: 1,
      state: 'waiting',
      attempts: 1,
    };
    let waiting = [entry];
    const fake = fakeClient({
      getOutbox: () => ({ ok: true, value: { entries: waiting } }),
      flushOutbox: () => ({ ok: true, value: { entries: waiting } }),
      sendOutboxEntry: () => ({
        ok: true,
        value: { entries: waiting, sent: false },
      }),
    });
    renderPopup(fake);
    fireEvent.click(await screen.findByRole('button', { name: english('sendNow') }));
    await waitFor(() => expect(fake.sent('sendOutboxEntry')).toEqual([{ entryId: 'entry-2' }]));
    waiting = [];
    fake.outboxChanged();
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: english('sendNow') })).toBeNull(),
    );
  });

  it('asks the account again when the background did not answer, and names the cause when it still does not', async () => {
    const silent = {
      ok: false as const,
      error: {
        kind: 'unknown' as const,
        message: 'The extension did not answer. Reload it and try again.',
      },
    };
    let asked = 0;
    const once = fakeClient({
      getAccountState: () => (++asked === 1 ? silent : { ok: true, value: SIGNED_IN }),
    });
    renderPopup(once);
    await screen.findByText(/^Signed in to /);
    expect(once.sent('getAccountState')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toBe('');
    cleanup();

    const never = fakeClient({ getAccountState: () => silent });
    renderPopup(never);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('The extension did not answer.'),
    );
    expect(never.sent('getAccountState')).toHaveLength(2);
  });

  it('shows the failure, and then the success, on the primary button too', async () => {
    const fake = failingWith('network');
    await createFailing(fake);
    expect(button('Create goal').getAttribute('data-state')).toBe('error');
    fireEvent.click(button('Retry'));
    await screen.findByText('Goal created.');
    expect(button('Create goal').getAttribute('data-state')).toBe('done');
  });

  it('counts down a rate limit before Retry', async () => {
    const fake = failingWith('rate_limit_exceeded', 1);
    await createFailing(fake);
    expect(screen.getByText('You can retry in 1 s.')).toBeTruthy();
    expect(button('Retry')).toHaveProperty('disabled', true);
    await waitFor(() => expect(button('Retry')).toHaveProperty('disabled', false), {
      timeout: 2500,
    });
    fireEvent.click(button('Retry'));
    await screen.findByText('Goal created.');
  });

  it('signs in again after a 401 and keeps the draft for Create', async () => {
    const fake = failingWith('unauthorized');
    await createFailing(fake);
    fireEvent.click(button('Sign in'));
    await waitFor(() => expect(fake.sent('signIn')).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''));
    expect((screen.getByRole('textbox', { name: 'Minutes' }) as HTMLInputElement).value).toBe('25');
    fireEvent.click(button('Create goal'));
    await screen.findByText('Goal created.');
  });

  it('shows the redirect URL to register when sign-in is not configured', async () => {
    const fake = fakeClient({
      getAccountState: () => ({
        ok: true,
        value: {
          signedIn: true,
          environment: {
            name: 'prelive',
            apiBaseUrl: 'https://a.example',
            oauthBaseUrl: 'https://b.example',
            clientId: '',
          },
          scopes: [],
          redirectUrl: 'https://id.chromiumapp.org/',
        },
      }),
      createGoal: () => ({
        ok: false,
        error: { kind: 'not_configured', message: 'No client id for pre-live.' },
      }),
    });
    const alert = await createFailing(fake);
    expect(alert.textContent).toContain(english('error_not_configured'));
    expect(
      (screen.getByRole('textbox', { name: english('redirectUrl') }) as HTMLInputElement).value,
    ).toBe('https://id.chromiumapp.org/');
  });
});
