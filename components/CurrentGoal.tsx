import { useEffect, useRef } from 'preact/hooks';
import { leftToday, planTarget, readingUrl } from '@/utils/goal-words';
import type { TodaysPlan } from '@/utils/goals';
import { amountWords } from '@/utils/plan-words';
import { useI18n } from './i18n';
import { lazy } from './lazy';
import type { TodayPanelProps } from './TodayPanel';

/** The streak, "Read now" for time and page goals, and "Add reading": after the first paint. */
export const LazyTodayPanel = lazy(() => import('./TodayPanel').then((m) => m.TodayPanel));

interface Props {
  plan: TodaysPlan;
  confirmingDelete: boolean;
  /** The form edits this goal, whose whole definition this device does not know. */
  editingUnknown: boolean;
  busy: boolean;
  /** Drawn from the last opening's copy: the parts asked of the background come later. */
  early: boolean;
  onEdit(): void;
  onDelete(): void;
  onConfirmDelete(): void;
  onCancel(): void;
  /** The presets of a new goal are shown under the card. */
  newGoalOpen: boolean;
  onNewGoal(): void;
  /** What the reader's day shows beyond the plan (`TodayPanel`), but `plan` and `met`. */
  reading: Omit<TodayPanelProps, 'plan' | 'met'>;
}

/**
 * Today's card, first when a goal exists: today's target and what is left of it, progress,
 * "Read now" (the next range on Quran.com), the reader's day (`TodayPanel`), then Edit, Delete
 * (with a confirmation), and
 * "New goal", which unfolds the presets under the card.
 */
export function CurrentGoal(props: Props) {
  const { plan, confirmingDelete, editingUnknown, busy, ...on } = props;
  const i18n = useI18n();
  const { t, number } = i18n;
  const target = planTarget(plan);
  const left = leftToday(plan);
  const next = plan.remainingDailyTargetRanges?.[0] ?? plan.dailyTargetRanges?.[0];
  const readNow = left !== 'done' && next ? readingUrl(next) : null;
  const percent = Math.round((plan.progress ?? 0) * 100);
  // Without `goalId` the plan does not say which goal it is: nothing here can change it.
  const known = Boolean(plan.goalId);
  // The form the reader just used may be gone (the goal was made): focus comes here, not to
  // the page's start.
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) card.current?.focus();
  }, []);
  return (
    <section class="current" aria-label={t('todayRegion')} tabIndex={-1} ref={card}>
      <h2 id="current-title">{t('currentGoal')}</h2>
      {target && <p>{t('todayTarget', amountWords(target.type, target.amount, i18n))}</p>}
      {left === 'done' ? (
        <p class="met">{t('todayMet')}</p>
      ) : (
        left &&
        left.amount !== target?.amount && (
          <p>{t('todayLeft', amountWords(left.type, left.amount, i18n))}</p>
        )
      )}
      {editingUnknown && (
        <p class="hint">
          {t('editUnknown', target ? amountWords(target.type, target.amount, i18n) : '…')}
        </p>
      )}
      <label class="progress">
        {t('todayProgress', number(percent))}
        <progress max={100} value={percent} />
      </label>
      {readNow && (
        <a class="button" href={readNow} target="_blank" rel="noreferrer">
          {t('readNow')}
        </a>
      )}
      {on.early || <LazyTodayPanel {...props.reading} plan={plan} met={left === 'done'} />}
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
          <button
            type="button"
            class="secondary"
            aria-expanded={on.newGoalOpen ? 'true' : 'false'}
            aria-controls="goal-form"
            onClick={on.onNewGoal}
          >
            {t('newGoal')}
          </button>
        </div>
      )}
    </section>
  );
}
