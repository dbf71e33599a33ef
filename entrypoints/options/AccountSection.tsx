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

/** Who is signed in, where, with Sign in / Sign out, and what to do when no client id is set. */
export function AccountSection({ account, busy, error, onSignIn, onSignOut, onCopy }: Props) {
  const where = account ? ENVIRONMENT_LABELS[account.environment.name] : '';
  const needsClientId = account?.missing?.includes('clientId') ?? false;
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
      {account?.signedIn && account.missingScopes && account.missingScopes.length > 0 && (
        <p class="warning">
          This sign-in was not granted {account.missingScopes.join(' and ')}.{' '}
          {account.missingScopes.includes('goal')
            ? 'Goals cannot be read or made until you sign in again and allow them.'
            : 'You will be asked to sign in again when this session ends.'}
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
