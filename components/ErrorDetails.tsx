import type { EnvironmentName } from '@/utils/environments';
import type { ErrorInfo } from '@/utils/errors';
import { errorDetail, errorText } from '@/utils/problem-words';
import { useI18n } from './i18n';
import { RedirectUrl } from './RedirectUrl';

/** What `ErrorAlert` shows a failure with. */
export interface ErrorAlertProps {
  error: ErrorInfo | null;
  /** Seconds left before Retry (rate limit). */
  retryIn: number;
  canRetry: boolean;
  canSignIn: boolean;
  /** The OAuth redirect URL to register, shown when the extension is not configured. */
  redirectUrl: string | undefined;
  /** Where the reader is signed in: a refusal says where the permission is missing. */
  environment: EnvironmentName | undefined;
  /** The goal is kept on this device and will be sent by itself. */
  kept: boolean;
  busy: boolean;
  onRetry(): void;
  onSignIn(): void;
}

/** A failure in its own words, with the way out: Retry (after a countdown) or Sign in. */
export function ErrorDetails({
  error,
  retryIn,
  canRetry,
  canSignIn,
  redirectUrl,
  environment,
  kept,
  busy,
  ...on
}: ErrorAlertProps & { error: ErrorInfo }) {
  const i18n = useI18n();
  const { t, number } = i18n;
  return (
    <>
      {error.oldGoalDeleted && <p>{t('oldGoalDeleted')}</p>}
      <p>{errorText(error, i18n, environment ? t(`env_${environment}`) : '')}</p>
      {errorDetail(error, i18n) && <p class="detail">{errorDetail(error, i18n)}</p>}
      {kept && <p>{t('keptOnDevice')}</p>}
      {error.kind === 'not_configured' && redirectUrl && <RedirectUrl url={redirectUrl} />}
      {retryIn > 0 && <p>{t('retryIn', number(retryIn))}</p>}
      {canRetry && (
        <button type="button" disabled={busy || retryIn > 0} onClick={on.onRetry}>
          {t('retry')}
        </button>
      )}
      {canSignIn && (
        <button type="button" disabled={busy} onClick={on.onSignIn}>
          {t('signIn')}
        </button>
      )}
    </>
  );
}
