import type { ErrorInfo } from '@/utils/errors';
import type { AccountState } from '@/utils/messages';
import { ENVIRONMENT_LABELS } from './labels';

interface Props {
  account: AccountState | null;
  busy: 'signIn' | 'signOut' | null;
  error: ErrorInfo | null;
  onSignIn(): void;
  onSignOut(): void;
  onCopy(text: string): void;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
}

/** What the reader goes without while these scopes are not granted, one sentence each. */
function withoutScopes(scopes: readonly string[]): string[] {
  const sentences: string[] = [];
  if (scopes.includes('goal'))
    sentences.push('Goals cannot be read or made until you allow access.');
  if (scopes.includes('streak') || scopes.includes('activity_day')) {
    sentences.push(
      'Today’s streak, logging reading and reminders stay hidden until you allow access.',
    );
  }
  if (scopes.includes('offline_access')) {
    sentences.push('You will be asked to sign in again when this session ends.');
  }
  return sentences;
}

/** What these scopes allow, in the reader's words. */
function allowing(scopes: readonly string[]): string {
  const words = [
    ...(scopes.includes('activity_day') ? ['reading activity'] : []),
    ...(scopes.includes('streak') ? ['streaks'] : []),
  ];
  return words.length ? listed(words) : listed(scopes);
}

/**
 * Who is signed in, where, with Sign in / Sign out, what to do when no client id is set, and
 * what is off when scopes were not granted or the client's registration does not allow them.
 */
export function AccountSection({ account, busy, error, onSignIn, onSignOut, onCopy }: Props) {
  const where = account ? ENVIRONMENT_LABELS[account.environment.name] : '';
  const needsClientId = account?.missing?.includes('clientId') ?? false;
  const missing = account?.signedIn ? (account.missingScopes ?? []) : [];
  const unavailable = account?.unavailableScopes ?? [];
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">Account</h2>
      <p aria-live="polite">
        {!account
          ? 'Checking your account…'
          : account.signedIn
            ? `Signed in to your Quran.com account on ${where}.`
            : `Not signed in on ${where}.`}
      </p>
      {missing.length > 0 && (
        <p class="warning">
          This sign-in was not granted {listed(missing)}. {withoutScopes(missing).join(' ')} Allow
          access signs you in again and asks for {missing.length > 1 ? 'them' : 'it'}.
        </p>
      )}
      {account && unavailable.length > 0 && (
        <p class="notice">
          This client’s registration does not allow {allowing(unavailable)}: the sign-in server
          refused the {unavailable.length > 1 ? 'scopes' : 'scope'} {listed(unavailable)}, so
          Today’s streak, logging reading and reminders are hidden. To use them, ask for{' '}
          {listed(unavailable)} to be added to the client {account.environment.clientId} in the
          Quran Foundation developer console, then sign in again.
        </p>
      )}
      {needsClientId && account?.redirectUrl && (
        <div class="notice">
          <p>
            Signing in on {where} needs an OAuth client id. In the Quran Foundation developer
            console, register a “frontend or mobile app” with this redirect URL, then enter its
            client id below.
          </p>
          <div class="copy-row">
            <label for="redirect-url">Redirect URL</label>
            <input
              id="redirect-url"
              readonly
              value={account.redirectUrl}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => onCopy(account.redirectUrl ?? '')}>
              Copy
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="problem" role="alert">
          {error.message}
        </p>
      )}
      <div class="actions">
        {account?.signedIn && (missing.length > 0 || unavailable.length > 0) && (
          <button
            type="button"
            class="primary"
            onClick={onSignIn}
            disabled={busy !== null}
            aria-busy={busy === 'signIn'}
          >
            {missing.length > 0 ? 'Allow access' : 'Sign in again'}
          </button>
        )}
        {account?.signedIn ? (
          <button
            type="button"
            onClick={onSignOut}
            disabled={busy !== null}
            aria-busy={busy === 'signOut'}
          >
            Sign out
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            onClick={onSignIn}
            disabled={!account || busy !== null}
            aria-busy={busy === 'signIn'}
          >
            Sign in
          </button>
        )}
        {busy && (
          <span class="hint">
            {busy === 'signIn' ? 'Finish signing in in the window that opened…' : 'Signing out…'}
          </span>
        )}
      </div>
    </section>
  );
}
