import { createContext } from 'preact';
import { useContext, useEffect } from 'preact/hooks';
import { CurrentGoal } from '@/components/CurrentGoal';
import { DoneStatus } from '@/components/DoneStatus';
import { ErrorAlert } from '@/components/ErrorAlert';
import { useI18n } from '@/components/i18n';
import { lazy } from '@/components/lazy';
import { PlanPreview } from '@/components/PlanPreview';
import { PresetPicker } from '@/components/PresetPicker';
import { useStore } from '@/components/use-store';
import type { MushafId } from '@/utils/mushafs';
import { applyPreset } from '@/utils/presets';
import type { PopupStore } from './store';

// Shown only to some readers, or only once the background has answered, so fetched when first
// shown rather than with the popup.
export const AccountBar = lazy(() => import('@/components/AccountBar').then((m) => m.AccountBar));

export const PendingGoals = lazy(() =>
  import('@/components/PendingGoals').then((m) => m.PendingGoals),
);
/**
 * The custom form, opened by "Customize" (and by Edit): fetched after the first paint
 * (`main.tsx`), so that it shows at once when asked for.
 */
export const CustomFields = lazy(() => import('@/components/GoalFields').then((m) => m.GoalFields));
export const ReplacePrompt = lazy(() =>
  import('@/components/ReplacePrompt').then((m) => m.ReplacePrompt),
);

/** The popup's store, handed to the app by `main.tsx` (or a test). */
export const StoreContext = createContext<PopupStore | null>(null);

/** The popup: presets, the form and its plan, the current goal, and what happened. */
export function App() {
  const store = useContext(StoreContext);
  if (!store) throw new Error('No StoreContext provider.');
  const state = useStore(store);
  useEffect(() => store.start(), [store]);
  const i18n = useI18n();
  const { t } = i18n;
  const { draft, account, error, busy, plan } = state;
  const view = store.derived();
  const { today, form } = view;
  return (
    <main class="popup" dir={i18n.dir} lang={i18n.locale}>
      <header>
        <h1>{t('extName')}</h1>
        <AccountBar
          account={view.signInError ? null : account}
          busy={!!busy}
          onSignIn={store.signIn}
        />
      </header>
      {plan?.hasGoal && (
        <CurrentGoal
          plan={plan}
          confirmingDelete={state.confirm === 'delete'}
          editingUnknown={view.editingUnknown}
          busy={!!busy || state.early}
          onEdit={store.startEdit}
          onDelete={store.askDelete}
          onConfirmDelete={store.confirmDelete}
          onCancel={store.cancelConfirm}
          newGoalOpen={view.layout === 'form'}
          onNewGoal={() => store.setNewGoal(!state.newGoal)}
          early={state.early}
          reading={{
            day: state.day,
            today,
            mushafId: draft.mushafId as MushafId,
            logging: state.logging,
            logError: state.logError,
            logged: state.done?.reading,
            account,
            known: state.known,
            timeZone: state.timeZone,
            onLog: store.logReading,
            onAllowAccess: store.signIn,
          }}
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
      {view.layout === 'form' && (
        <form
          id="goal-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            store.create();
          }}
        >
          <PresetPicker
            current={draft.preset}
            ramadanDays={draft.days}
            fromPage={view.fromPage}
            onPreset={(preset) => store.replaceDraft(applyPreset(draft, preset))}
            onPagePreset={store.choosePagePreset}
            onRamadanDays={(days) => store.update({ days, preset: 'ramadan' })}
            onCreate={store.create}
          />
          {!state.editing && (
            <button
              type="button"
              class="link"
              aria-expanded={view.custom ? 'true' : 'false'}
              aria-controls="custom-fields"
              onClick={() => store.setCustomize(!state.customize)}
            >
              {t('customize')}
            </button>
          )}
          {view.custom && (
            <CustomFields
              draft={draft}
              issues={form.issues}
              today={today}
              duration={form.duration}
              onChange={store.update}
            />
          )}
          <PlanPreview
            type={view.planType}
            week={view.week}
            duration={form.duration}
            timeZone={state.timeZone}
            estimating={state.estimating}
            error={state.estimateError}
            blocked={view.blocked}
            today={today}
            compact={!view.custom}
          />
          {view.asking && (
            <ReplacePrompt
              afterRetry={state.confirm === 'replaceAfterRetry'}
              deletesFirst={view.deletesFirst}
              busy={!!busy}
              onReplace={store.replace}
              onKeep={store.cancelConfirm}
            />
          )}
          <div class="actions">
            <button
              type="submit"
              disabled={!view.canCreate}
              aria-busy={busy === 'create' || busy === 'update' ? 'true' : 'false'}
              data-state={error ? 'error' : state.done ? 'done' : undefined}
            >
              {t(state.editing ? 'saveGoal' : 'createGoal')}
            </button>
            {state.editing && (
              <button type="button" class="secondary" onClick={store.cancelEdit}>
                {t('cancelEdit')}
              </button>
            )}
            {view.custom && (
              <button type="button" class="secondary" onClick={store.clearDraft}>
                {t('clear')}
              </button>
            )}
          </div>
          {account?.signedIn === false && <p class="hint">{t('signInToCreate')}</p>}
        </form>
      )}
      {/* Always in place, whichever layout shows: what happened, and what went wrong. */}
      <DoneStatus done={state.done} environment={account?.environment.name} today={today} />
      <ErrorAlert
        error={error}
        retryIn={state.retryIn}
        canRetry={view.canRetry}
        canSignIn={view.signInError}
        redirectUrl={account?.redirectUrl}
        environment={account?.environment.name}
        kept={!!state.kept}
        busy={!!busy}
        onRetry={store.retry}
        onSignIn={store.signIn}
      />
    </main>
  );
}
