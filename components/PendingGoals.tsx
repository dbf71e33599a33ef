import { goalSummary } from '@/utils/goal-summary';
import type { OutboxEntry } from '@/utils/messages';
import { useI18n } from './i18n';

interface Props {
  entries: OutboxEntry[];
  today: string;
  busy: boolean;
  onCancel(entryId: string): void;
  onSendNow(entryId: string): void;
}

/** Goals confirmed while the service was out of reach, waiting to be sent, each cancellable. */
export function PendingGoals({ entries, today, busy, onCancel, onSendNow }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (entries.length === 0) return null;
  return (
    <section class="pending" aria-labelledby="pending-title">
      <h2 id="pending-title">{t('pendingTitle')}</h2>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span>{goalSummary(entry.goal, today, i18n)}</span>
            {entry.state === 'failed' && entry.lastError && (
              <p class="hint">{t('pendingFailed', entry.lastError.message)}</p>
            )}
            <button
              type="button"
              disabled={busy || entry.state === 'sending'}
              onClick={() => onSendNow(entry.id)}
            >
              {t('sendNow')}
            </button>
            <button
              type="button"
              class="secondary"
              aria-label={t('cancelPendingLabel')}
              disabled={entry.state === 'sending'}
              onClick={() => onCancel(entry.id)}
            >
              {t('cancelPending')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
