import { DEFAULT_DRAFT, type Draft, type FormResult, todayIn } from '@/utils/goal-form';
import { isMushafId } from '@/utils/goal-rules';
import type { GoalRequest } from '@/utils/goals';
import type { AccountState } from '@/utils/messages';
import { applyContextPreset, contextPresets } from '@/utils/presets';
import { pastedRange, readGoalForm } from '@/utils/read-goal-form';
import type { PopupClient, PopupStart } from './popup-client';
import type { PopupState } from './state';
import { createGoalActions } from './store-actions';

/** What an estimate answers for: the exact request it was asked about. */
export const estimateKey = (request: unknown) => JSON.stringify(request);

/** Timing knobs (tests set them to 0). */
export interface StoreOptions {
  debounceMs?: number;
  now?: () => Date;
}

/** The popup's state and everything the reader can do, built around a client. */
export function createPopupStore(
  client: PopupClient,
  start: PopupStart,
  options: StoreOptions = {},
) {
  const { debounceMs = 300, now = () => new Date() } = options;
  const defaults: Draft = {
    ...DEFAULT_DRAFT,
    mushafId: isMushafId(start.mushafId) ? start.mushafId : DEFAULT_DRAFT.mushafId,
  };
  let state: PopupState = {
    draft: start.draft ?? defaults,
    account: null,
    context: null,
    plan: null,
    seen: null,
    estimate: null,
    estimateError: null,
    estimating: false,
    busy: null,
    confirm: null,
    error: null,
    retryIn: 0,
    outbox: [],
    kept: null,
    done: null,
    editing: false,
    known: null,
    beforeEdit: null,
  };
  const listeners = new Set<() => void>();
  const timers = { save: 0, estimate: 0, countdown: 0 };
  let estimateSeq = 0;
  /** Today's plan asked last: an older answer (another type or mushaf) is dropped. */
  let planSeq = 0;

  const get = () => state;
  const set = (patch: Partial<PopupState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const today = () => todayIn(start.timeZone, now());
  const form = (): FormResult => readGoalForm(state.draft, today());
  const signedIn = () => state.account?.signedIn === true;

  function saveSoon() {
    // The form holds the goal being edited: the reader's own draft stays as it was saved.
    if (state.editing) return;
    clearTimeout(timers.save);
    timers.save = setTimeout(flushDraft, debounceMs) as unknown as number;
  }
  /** Saves a draft change still waiting for its debounce (the popup is closing). */
  function flushDraft() {
    if (!timers.save) return;
    clearTimeout(timers.save);
    timers.save = 0;
    void client.saveDraft(state.draft);
  }

  function estimateSoon() {
    clearTimeout(timers.estimate);
    const { request } = form();
    const quran = request?.body.category === 'QURAN';
    const seq = ++estimateSeq;
    if (!request || !quran || state.account?.signedIn === false) {
      if (state.estimate || state.estimating) set({ estimate: null, estimating: false });
      return;
    }
    const key = estimateKey(request);
    if (state.estimate?.key === key) return set({ estimating: false });
    set({ estimating: true });
    timers.estimate = setTimeout(async () => {
      const result = await client.send('estimateGoal', { goal: request as GoalRequest });
      if (seq !== estimateSeq) return;
      if (result.ok)
        set({ estimate: { key, week: result.value.week }, estimateError: null, estimating: false });
      else set({ estimate: null, estimateError: result.error, estimating: false });
    }, debounceMs) as unknown as number;
  }

  async function refreshPlan() {
    if (!signedIn()) return;
    const type = state.draft.type;
    const mushafId = state.draft.mushafId as GoalRequest['mushafId'];
    const seq = ++planSeq;
    const askedAt = now().getTime();
    const result = await client.send('getTodaysPlan', { type, mushafId });
    if (seq !== planSeq || !result.ok) return;
    const { hasGoal, goalId } = result.value;
    set({
      plan: result.value,
      seen: hasGoal && !goalId ? null : { goalId: goalId ?? null, askedAt },
    });
    if (!hasGoal || !goalId) return set({ known: null });
    const known = await client.send('getGoalDefinition', { goalId });
    if (seq === planSeq && known.ok) set({ known: { goalId, goal: known.value.goal } });
  }

  async function refreshOutbox(name: 'getOutbox' | 'flushOutbox' = 'getOutbox') {
    const result = await client.send(name, {});
    if (result.ok) set({ outbox: result.value.entries });
  }

  function applyAccount(account: AccountState) {
    const changed = account.signedIn !== state.account?.signedIn;
    set({ account, ...(account.signedIn ? {} : { plan: null }) });
    if (changed) {
      void refreshPlan();
      estimateSoon();
    }
  }

  async function refreshAccount() {
    const result = await client.send('getAccountState', {});
    if (result.ok) applyAccount(result.value);
  }

  /** Changes the form: saved and estimated again shortly after. */
  function update(patch: Partial<Draft>) {
    const pasted = pastedRange(patch.from ?? '') ?? pastedRange(patch.to ?? '');
    const replanned = patch.type !== undefined || patch.mushafId !== undefined;
    set({ draft: { ...state.draft, preset: null, ...patch, ...pasted }, done: null });
    saveSoon();
    estimateSoon();
    if (replanned) void refreshPlan();
  }

  /** Puts a whole new draft in place (presets, clearing). */
  function replaceDraft(draft: Draft) {
    set({ draft, done: null, error: null, confirm: null });
    saveSoon();
    estimateSoon();
  }

  function resetDraft() {
    clearTimeout(timers.save);
    timers.save = 0;
    set({ draft: defaults });
    estimateSoon();
    void client.clearDraft();
  }

  /** Leaves Edit: the reader's own draft comes back, as it was. */
  function endEdit() {
    const draft = state.beforeEdit ?? state.draft;
    set({ editing: false, beforeEdit: null, draft });
    estimateSoon();
  }

  const actions = createGoalActions({
    client,
    get,
    set,
    form,
    update,
    resetDraft,
    endEdit,
    saveSoon,
    flushDraft,
    today,
    refreshPlan,
    refreshOutbox,
    refreshAccount,
    applyAccount,
    timers,
  });

  return {
    /** The reader's time zone: the one plan days and dates are told in. */
    timeZone: start.timeZone,
    get,
    update,
    replaceDraft,
    flushDraft,
    today,
    form,
    ...actions,
    /** Calls back on every change; returns the function that stops it. */
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Asks the background what it knows, and starts listening for account changes. */
    start() {
      const stop = client.onAccountHint((account) =>
        account ? applyAccount(account) : refreshAccount(),
      );
      // The list follows the outbox as soon as an entry is sent, fails or is added.
      const stopOutbox = client.onOutboxChange(() => void refreshOutbox());
      void refreshAccount();
      void refreshOutbox().then(() => {
        if (state.outbox.length) void refreshOutbox('flushOutbox');
      });
      void client.send('getPopupContext', {}).then((result) => {
        if (!result.ok) return;
        set({ context: result.value });
        const [selection] = contextPresets(result.value);
        if (selection?.kind === 'selection')
          replaceDraft(applyContextPreset(state.draft, selection));
      });
      estimateSoon();
      return () => {
        stop();
        stopOutbox();
        for (const timer of Object.values(timers)) clearTimeout(timer);
      };
    },
    /** Takes a goal out of the outbox before it is sent. */
    async cancelPending(entryId: string) {
      const result = await client.send('cancelOutboxEntry', { entryId });
      if (result.ok) set({ outbox: result.value.entries });
    },
    /** Forgets the draft: the form goes back to its defaults. */
    clearDraft() {
      set({ done: null, error: null, confirm: null, editing: false });
      resetDraft();
    },
  };
}

/** The store a popup runs on. */
export type PopupStore = ReturnType<typeof createPopupStore>;
