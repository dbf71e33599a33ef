import { ERROR_POLICY } from '@/utils/error-policy';
import type { ErrorInfo } from '@/utils/errors';
import { deletesFirst } from '@/utils/goal-rules';
import type { GoalRequest } from '@/utils/goals';
import type { Store } from '@/utils/store';
import { goalIdOf, knownGoalOf, todayOf } from './derived';
import { formOf } from './form-reading';
import type { Knobs } from './options';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

/** What the reader can do with goals: create, replace, edit, delete, sign in, retry. */
export function goalActions(store: Store<PopupState>, client: PopupClient, { now }: Knobs) {
  const { get, set } = store;
  let last: (() => Promise<void>) | null = null;
  let uncertain = false;
  let countdown: ReturnType<typeof setInterval> | undefined;

  const request = () => {
    const state = get();
    return formOf(state, todayOf(state, now())).request as GoalRequest | null;
  };

  /** The draft became a goal (or waits in the outbox): the form goes back to its defaults. */
  function resetDraft() {
    set({ draft: get().defaults });
    void client.clearDraft();
  }

  /** Leaves Edit: the reader's own draft comes back, as it was. */
  function endEdit() {
    const { beforeEdit, draft } = get();
    set({ editing: false, beforeEdit: null, draft: beforeEdit ?? draft });
  }

  function startCountdown(seconds: number) {
    clearInterval(countdown);
    set({ retryIn: seconds });
    countdown = setInterval(() => {
      const left = Math.max(0, get().retryIn - 1);
      set({ retryIn: left });
      if (left === 0) clearInterval(countdown);
    }, 1000);
  }

  /** Shows a failure; a sign-in failure has the account asked again (`plan-actions.ts`). */
  function fail(error: ErrorInfo) {
    set({ busy: null, error });
    if (error.kind === 'rate_limit_exceeded')
      startCountdown(Math.max(1, Math.ceil(error.retryAfter ?? 30)));
  }

  /** Runs an action once at a time, remembering it for Retry. */
  async function run(busy: NonNullable<PopupState['busy']>, action: () => Promise<void>) {
    if (get().busy) return;
    last = () => run(busy, action);
    set({ busy, error: null, done: null, confirm: null, retryIn: 0, kept: null });
    await action();
  }

  /** Done: today's plan is asked again (`plan-actions.ts`). */
  function finish(status: 'created' | 'replaced' | 'updated', goal: GoalRequest, remade = false) {
    // After Edit the reader's own draft comes back; a new goal was the draft, so it is cleared.
    if (get().editing) endEdit();
    else resetDraft();
    // The new goal's day comes first again: its card, with "New goal" folded.
    set({ busy: null, done: { status, request: goal, remade }, newGoal: false });
  }

  /**
   * The old goal was deleted and the new one not made: there is nothing left to edit or
   * replace, so the form keeps the goal as a new one (the reader's draft, saved), and Retry
   * creates it.
   */
  function lostOldGoal(goal: GoalRequest) {
    set({ editing: false, beforeEdit: null, plan: null, known: null });
    last = () => send(false, goal);
  }

  /**
   * Sends an outbox entry now ("Send now", and Retry after a create was kept): the background
   * asks today's plan first, as always. Sent, it is confirmed as created; else its failure shows.
   */
  const sendPending = (entryId: string, goal: GoalRequest | null) =>
    run('create', async () => {
      const result = await client.send('sendOutboxEntry', { entryId });
      if (!result.ok) return fail(result.error);
      set({ outbox: result.value.entries });
      if (result.value.sent)
        return set({ busy: null, done: goal && { status: 'created', request: goal } });
      const entry = result.value.entries.find((e) => e.id === entryId);
      set({ kept: entry ? entryId : null });
      fail(entry?.lastError ?? { kind: 'unknown', message: 'The goal could not be sent.' });
    });

  const send = (replace: boolean, given?: GoalRequest) => {
    const goal = given ?? request();
    if (!goal) return Promise.resolve();
    return run('create', async () => {
      const retried = uncertain;
      uncertain = false;
      const { seen } = get();
      const result = await client.send('createGoal', { goal, replace, ...(seen && { seen }) });
      if (!result.ok) {
        uncertain =
          !!ERROR_POLICY[result.error.kind].offerRetry && result.error.retryAfter === undefined;
        fail(result.error);
        if (result.error.oldGoalDeleted) lostOldGoal(goal);
        return;
      }
      if (result.value.status === 'queued') {
        // Kept in the outbox (sent by itself later, even if the popup closes): the form is
        // cleared, so it cannot be sent twice, and Retry sends that entry now.
        const { entryId, error } = result.value;
        resetDraft();
        set({ kept: entryId });
        fail(error);
        last = () => sendPending(entryId, goal);
        return;
      }
      if (result.value.status === 'replaced') return finish('replaced', goal, result.value.remade);
      if (result.value.status !== 'exists') return finish(result.value.status, goal);
      set({ busy: null, confirm: retried ? 'replaceAfterRetry' : 'replace' });
    });
  };

  const update = () => {
    const goal = request();
    const goalId = goalIdOf(get());
    if (!goal || !goalId) return Promise.resolve();
    return run('update', async () => {
      const result = await client.send('updateGoal', { goalId, goal });
      if (result.ok)
        return finish(result.value.remade ? 'replaced' : 'updated', goal, result.value.remade);
      fail(result.error);
      if (result.error.oldGoalDeleted) lostOldGoal(goal);
    });
  };

  return {
    /**
     * "Create goal" (or "Save goal" while editing); asks first when a goal exists, and before
     * an edit that deletes the goal and makes it again.
     */
    create() {
      const state = get();
      const goal = request();
      if (state.busy || !goal) return;
      if (state.editing && !deletesFirst(knownGoalOf(state), goal)) return void update();
      if (state.plan?.hasGoal) return set({ confirm: 'replace', done: null, error: null });
      void send(false);
    },
    /** "Replace goal" (or the edit confirmed): the goal is changed into this one. */
    replace: () => void (get().editing ? update() : send(true)),
    /** Keeps the current goal (or cancels a delete). */
    cancelConfirm: () => set({ confirm: null }),
    /** "Send now" on a goal waiting in the outbox. */
    sendPending(entryId: string) {
      const entry = get().outbox.find((e) => e.id === entryId);
      void sendPending(entryId, entry?.goal ?? null);
    },
    /** Tries the failed action again; a create is checked against today's plan first. */
    retry() {
      if (get().retryIn === 0 && last) void last();
    },
    signIn: () =>
      void run('signIn', async () => {
        const result = await client.send('signIn', {});
        if (!result.ok) return fail(result.error);
        set({ busy: null, account: result.value });
      }),
    askDelete: () => set({ confirm: 'delete', done: null, error: null }),
    confirmDelete() {
      const goalId = goalIdOf(get());
      if (!goalId) return;
      void run('delete', async () => {
        const result = await client.send('deleteGoal', { goalId, category: 'QURAN' });
        if (!result.ok) return fail(result.error);
        set({ busy: null, done: { status: 'deleted', request: null }, plan: null, editing: false });
      });
    },
    /** Fills the form with the current goal, to change it (see `editDraft`). */
    async startEdit() {
      const { plan, editing } = get();
      const goalId = goalIdOf(get());
      if (!plan?.hasGoal || !goalId || editing) return;
      // Pressed before the goal's definition came with the plan: it is asked now, so that a
      // goal this device made is never edited as one made elsewhere.
      const known = get().known;
      const [{ editDraft }, definition] = await Promise.all([
        import('@/utils/edit-draft'),
        known?.goalId === goalId
          ? known
          : client.send('getGoalDefinition', { goalId }).then((r) => ({
              goalId,
              goal: r.ok ? r.value.goal : null,
            })),
      ]);
      if (get().editing || goalIdOf(get()) !== goalId) return;
      if (get().known?.goalId !== goalId) set({ known: definition });
      // The reader's draft is put aside as it is now: the form then holds the goal.
      const { draft } = get();
      const patch = editDraft(knownGoalOf(get()), plan, draft);
      set({
        beforeEdit: draft,
        editing: true,
        confirm: null,
        done: null,
        error: null,
        draft: { ...draft, ...patch },
      });
    },
    /** Leaves Edit without saving: the reader's draft comes back. */
    cancelEdit() {
      set({ confirm: null });
      endEdit();
    },
    /** Stops the rate-limit countdown. */
    start: () => () => clearInterval(countdown),
  };
}
