import { createContext } from 'preact';
import { useContext, useEffect, useReducer } from 'preact/hooks';
import { AccountBar } from '@/components/AccountBar';
import { DoneStatus } from '@/components/DoneStatus';
import { ErrorAlert } from '@/components/ErrorAlert';
import { GoalForm } from '@/components/GoalForm';
import { useI18n } from '@/components/i18n';
import { fieldErrors } from '@/components/issue-words';
import { lazy } from '@/components/lazy';
import { PlanPreview } from '@/components/PlanPreview';
import { PresetPicker } from '@/components/PresetPicker';
import { ERROR_POLICY } from '@/utils/error-policy';
import { applyContextPreset, applyPreset, contextPresets } from '@/utils/presets';
import { estimateKey, type PopupStore } from './store';

// Shown only to some readers, so fetched when first shown rather than with the popup.
export const CurrentGoal = lazy(() =>
  import('@/components/CurrentGoal').then((m) => m.CurrentGoal),
);
export const PendingGoals = lazy(() =>
  import('@/components/PendingGoals').then((m) => m.PendingGoals),
);
export const ReplacePrompt = lazy(() =>
  import('@/components/ReplacePrompt').then((m) => m.ReplacePrompt),
);

/** The popup's store, handed to the app by `main.tsx` (or a test). */
export const StoreContext = createContext<PopupStore | null>(null);

/** The popup: presets, the form and its plan, the current goal, and what happened. */
export function App() {
  const store = useContext(StoreContext);
  if (!store) throw new Error('No StoreContext provider.');
  const [, rerender] = useReducer<number, void>((n) => n + 1, 0);
  useEffect(() => store.subscribe(rerender), [store]);
  useEffect(() => store.start(), [store]);
  const i18n = useI18n();
  const { t } = i18n;
  const state = store.get();
  const { draft, account, error, busy, plan } = state;
  const today = store.today();
  const form = store.form();
  const errors = fieldErrors(form.issues, i18n);
  const signInError = !!error && !!ERROR_POLICY[error.kind].signIn;
  const blocked = !form.request
    ? 'invalid'
    : account?.signedIn === false
      ? 'signedOut'
      : form.request.body.category !== 'QURAN'
        ? 'noPlan'
        : null;
  const canCreate = !!form.request && !busy && account?.signedIn !== false;
  const asking = state.confirm === 'replace' || state.confirm === 'replaceAfterRetry';
  return (
    <main class="popup" dir={i18n.dir} lang={i18n.locale}>
      <header>
        <h1>{t('extName')}</h1>
        <AccountBar account={signInError ? null : account} busy={!!busy} onSignIn={store.signIn} />
      </header>
      {plan?.hasGoal && (
        <CurrentGoal
          plan={plan}
          confirmingDelete={state.confirm === 'delete'}
          editingUnknown={
            state.editing && (state.known?.goalId !== plan.goalId || !state.known?.goal)
          }
          busy={!!busy}
          onEdit={store.startEdit}
          onDelete={store.askDelete}
          onConfirmDelete={store.confirmDelete}
          onCancel={store.cancelConfirm}
        />
      )}
      {state.outbox.length > 0 && (
        <PendingGoals
          entries={state.outbox}
          today={today}
          busy={!!busy}
          onCancel={store.cancelPending}
          onSendNow={store.sendPending}
        />
      )}
      <PresetPicker
        current={draft.preset}
        ramadanDays={draft.days}
        fromPage={contextPresets(state.context)}
        onPreset={(preset) => store.replaceDraft(applyPreset(draft, preset))}
        onPagePreset={(preset) => store.replaceDraft(applyContextPreset(draft, preset))}
        onRamadanDays={(days) => store.update({ days, preset: 'ramadan' })}
      />
      <GoalForm
        draft={draft}
        errors={errors}
        today={today}
        duration={form.duration}
        onChange={store.update}
        onSubmit={store.create}
      >
        <PlanPreview
          type={form.request?.body.type ?? draft.type}
          week={state.estimate?.key === estimateKey(form.request) ? state.estimate.week : null}
          duration={form.duration}
          timeZone={store.timeZone}
          estimating={state.estimating}
          error={state.estimateError}
          blocked={blocked}
        />
        <DoneStatus done={state.done} environment={account?.environment.name} today={today} />
        <ErrorAlert
          error={error}
          retryIn={state.retryIn}
          canRetry={!!error && !!ERROR_POLICY[error.kind].offerRetry}
          canSignIn={signInError}
          redirectUrl={account?.redirectUrl}
          environment={account?.environment.name}
          kept={!!state.kept}
          busy={!!busy}
          onRetry={store.retry}
          onSignIn={store.signIn}
        />
        {asking && (
          <ReplacePrompt
            afterRetry={state.confirm === 'replaceAfterRetry'}
            deletesFirst={store.deletesFirst()}
            busy={!!busy}
            onReplace={store.replace}
            onKeep={store.cancelConfirm}
          />
        )}
        <div class="actions">
          <button
            type="submit"
            disabled={!canCreate}
            aria-busy={busy === 'create' || busy === 'update' ? 'true' : 'false'}
          >
            {t(state.editing ? 'saveGoal' : 'createGoal')}
          </button>
          {state.editing && (
            <button type="button" class="secondary" onClick={store.cancelEdit}>
              {t('cancelEdit')}
            </button>
          )}
          <button type="button" class="secondary" onClick={store.clearDraft}>
            {t('clear')}
          </button>
        </div>
        {account?.signedIn === false && <p class="hint">{t('signInToCreate')}</p>}
      </GoalForm>
    </main>
  );
}
