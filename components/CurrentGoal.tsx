import type { TodaysPlan } from '@/utils/goals';
import { amountWords, planTarget } from '@/utils/plan-words';
import { useI18n } from './i18n';

interface Props {
  plan: TodaysPlan;
  confirmingDelete: boolean;
  /** The form edits this goal, whose whole definition this device does not know. */
  editingUnknown: boolean;
  busy: boolean;
  onEdit(): void;
  onDelete(): void;
  onConfirmDelete(): void;
  onCancel(): void;
}

/** Today's target of the reader's goal, then edit and delete (with a confirmation). */
export function CurrentGoal({ plan, confirmingDelete, editingUnknown, busy, ...on }: Props) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const target = planTarget(plan);
  const percent = Math.round((plan.progress ?? 0) * 100);
  // Without `goalId` the plan does not say which goal it is: nothing here can change it.
  const known = Boolean(plan.goalId);
  return (
    <section class="current" aria-labelledby="current-title">
      <h2 id="current-title">{t('currentGoal')}</h2>
      {target && <p>{t('todayTarget', amountWords(target.type, target.amount, i18n))}</p>}
      {editingUnknown && (
        <p class="hint">
          {t('editUnknown', target ? amountWords(target.type, target.amount, i18n) : '…')}
        </p>
      )}
      <label class="progress">
        {t('todayProgress', number(percent))}
        <progress max={100} value={percent} />
      </label>
      {!known && <p class="hint">{t('goalNotKnown')}</p>}
      {confirmingDelete && known ? (
        <fieldset class="confirm">
          <legend>{t('deleteQuestion')}</legend>
          <button type="button" class="danger" disabled={busy} onClick={on.onConfirmDelete}>
            {t('confirmDelete')}
          </button>
          <button type="button" class="secondary" onClick={on.onCancel}>
            {t('keepGoal')}
          </button>
        </fieldset>
      ) : (
        <div class="actions">
          <button type="button" class="secondary" disabled={busy || !known} onClick={on.onEdit}>
            {t('editGoal')}
          </button>
          <button type="button" class="secondary" disabled={busy || !known} onClick={on.onDelete}>
            {t('deleteGoal')}
          </button>
        </div>
      )}
    </section>
  );
}
