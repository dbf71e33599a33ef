import { useI18n } from '@/components/i18n';
import type { ErrorInfo } from '@/utils/errors';
import type { I18n } from '@/utils/i18n';
import type { AccountState } from '@/utils/messages';
import { errorDetail, errorText } from '@/utils/problem-words';
import { environmentLabel, listed } from './labels';

interface Props {
  account: AccountState | null;
  busy: 'signIn' | 'signOut' | null;
  error: ErrorInfo | null;
  onSignIn(): void;
  onSignOut(): void;
  onCopy(text: string): void;
}

/** What the reader goes without while these scopes are not granted, one sentence each. */
function withoutScopes(scopes: readonly string[], i18n: I18n): string[] {
  const sentences: string[] = [];
  if (scopes.includes('goal')) sentences.push(i18n.t('opt_withoutGoal'));
  if (scopes.includes('streak') || scopes.includes('activity_day'))
    sentences.push(i18n.t('opt_withoutToday'));
  if (scopes.includes('offline_access')) sentences.push(i18n.t('opt_withoutOffline'));
  return sentences;
}

/** What these scopes allow, in the reader's words (their names for the others). */
function allowing(scopes: readonly string[], i18n: I18n): string {
  const words = [
    ...(scopes.includes('activity_day') ? [i18n.t('opt_scope_activity_day')] : []),
    ...(scopes.includes('streak') ? [i18n.t('opt_scope_streak')] : []),
  ];
  return listed(words.length ? words : scopes, i18n);
}

/**
 * Who is signed in, where, with Sign in / Sign out, what to do when no client id is set, and
 * what is off when scopes were not granted or the client's registration does not allow them.
 */
export function AccountSection({ account, busy, error, onSignIn, onSignOut, onCopy }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const where = account ? environmentLabel(account.environment.name, i18n) : '';
  const needsClientId = account?.missing?.includes('clientId') ?? false;
  const missing = account?.signedIn ? (account.missingScopes ?? []) : [];
  const unavailable = account?.unavailableScopes ?? [];
  return (
    <section aria-labelledby="account-title">
      <h2 id="account-title">{t('opt_account')}</h2>
      <p aria-live="polite">
        {!account
          ? t('opt_checking')
          : account.signedIn
            ? t('opt_signedIn', where)
            : t('opt_signedOut', where)}
      </p>
      {missing.length > 0 && (
        <p class="warning">
          {[
            i18n.count('opt_notGranted', missing.length, listed(missing, i18n)),
            ...withoutScopes(missing, i18n),
            i18n.count('opt_allowAsks', missing.length),
          ].join(' ')}
        </p>
      )}
      {account && unavailable.length > 0 && (
        <p class="notice">
          {i18n.count(
            'opt_scopesRefused',
            unavailable.length,
            allowing(unavailable, i18n),
            listed(unavailable, i18n),
            account.environment.clientId,
          )}
        </p>
      )}
      {needsClientId && account?.redirectUrl && (
        <div class="notice">
          <p>{t('opt_needsClientId', where)}</p>
          <div class="copy-row">
            <label for="redirect-url">{t('opt_redirectUrl')}</label>
            <input
              id="redirect-url"
              readonly
              value={account.redirectUrl}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" onClick={() => onCopy(account.redirectUrl ?? '')}>
              {t('opt_copy')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="problem" role="alert">
          {errorText(error, i18n, where)} {errorDetail(error, i18n)}
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
            {missing.length > 0 ? t('allowAccess') : t('opt_signInAgain')}
          </button>
        )}
        {account?.signedIn ? (
          <button
            type="button"
            onClick={onSignOut}
            disabled={busy !== null}
            aria-busy={busy === 'signOut'}
          >
            {t('opt_signOut')}
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            onClick={onSignIn}
            disabled={!account || busy !== null}
            aria-busy={busy === 'signIn'}
          >
            {t('signIn')}
          </button>
        )}
        {busy && (
          <span class="hint">
            {busy === 'signIn' ? t('opt_finishSignIn') : t('opt_signingOut')}
          </span>
        )}
      </div>
    </section>
  );
}
