import type { AccountState } from '@/utils/messages';
import { useI18n } from './i18n';
import { RedirectUrl } from './RedirectUrl';

interface Props {
  account: AccountState | null;
  busy: boolean;
  onSignIn(): void;
}

/** Who is signed in where, or the way to sign in (or what setup is missing first). */
export function AccountBar({ account, busy, onSignIn }: Props) {
  const { t } = useI18n();
  if (!account) return null;
  const where = t(`env_${account.environment.name}`);
  if (account.signedIn) return <p class="account">{t('signedIn', where)}</p>;
  if (account.missing?.length) {
    return (
      <div class="account notice">
        <p>{t('notConfigured', where, account.missing.join(', '))}</p>
        {account.redirectUrl && <RedirectUrl url={account.redirectUrl} />}
      </div>
    );
  }
  return (
    <div class="account">
      <p>{t('signedOut', where)}</p>
      <button type="button" disabled={busy} onClick={onSignIn}>
        {t('signIn')}
      </button>
    </div>
  );
}
