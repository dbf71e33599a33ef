import { ERROR_POLICY } from '@/utils/error-policy';
import type { ErrorInfo } from '@/utils/errors';
import type { Draft, FormResult } from '@/utils/goal-form';
import { deletesFirst } from '@/utils/goal-rules';
import type { GoalRequest } from '@/utils/goals';
import type { AccountState } from '@/utils/messages';
import type { PopupClient } from './popup-client';
import type { PopupState } from './state';

interface Deps {
  client: PopupClient;
  get(): PopupState;
  set(patch: Partial<PopupState>): void;
  form(): FormResult;
  update(patch: Partial<Draft>): void;
  resetDraft(): void;
  endEdit(): void;
  saveSoon(): void;
  flushDraft(): void;
  today(): string;
  refreshPlan(): Promise<void>;
  refreshOutbox(): Promise<void>;
  refreshAccount(): Promise<void>;
  applyAccount(account: AccountState): void;
  timers: { countdown: number };
}

/** What the reader can do with goals: create, replace, edit, delete, sign in, retry. */
export function createGoalActions(d: Deps) {
  let last: (() => Promise<void>) | null = null;
  let uncertain = false;

  function countdown(seconds: number) {
    clearInterval(d.timers.countdown);
    d.set({ retryIn: seconds });
    d.timers.countdown = setInterval(() => {
      const left = Math.max(0, d.get().retryIn - 1);
      d.set({ retryIn: left });
      if (left === 0) clearInterval(d.timers.countdown);
    }, 1000) as unknown as number;
  }

  function fail(error: ErrorInfo) {
    d.set({ busy: null, error });
    if (error.kind === 'rate_limit_exceeded')
      countdown(Math.max(1, Math.ceil(error.retryAfter ?? 30)));
    if (ERROR_POLICY[error.kind].signIn) void d.refreshAccount();
  }

  /** Runs an action once at a time, remembering it for Retry. */
  async function run(busy: NonNullable<PopupState['busy']>, action: () => Promise<void>) {
    if (d.get().busy) return;
    last = () => run(busy, action);
    d.set({ busy, error: null, done: null, confirm: null, retryIn: 0, kept: null });
    await action();
  }

  function finish(
    status: 'created' | 'replaced' | 'updated',
    request: GoalRequest,
    remade = false,
  ) {
    // After Edit the reader's own draft comes back; a new goal was the draft, so it is cleared.
    if (d.get().editing) d.endEdit();
    else d.resetDraft();
    d.set({ busy: null, done: { status, request, remade } });
    void d.refreshPlan();
  }

  /**
   * The old goal was deleted and the new one not made: there is nothing left to edit or
   * replace, so the form keeps the goal as a new one (saved), and Retry creates it.
   */
  function lostOldGoal(request: GoalRequest) {
    d.set({ editing: false, beforeEdit: null, plan: null, known: null });
    d.saveSoon();
    last = () => send(false, request);
    void d.refreshPlan();
  }

  /**
   * Sends an outbox entry now ("Send now", and Retry after a create was kept): the background
   * asks today's plan first, as always. Sent, it is confirmed as created; else its failure shows.
   */
  const sendPending = (entryId: string, goal: GoalRequest | null) =>
    run('create', async () => {
      const result = await d.client.send('sendOutboxEntry', { entryId });
      if (!result.ok) return fail(result.error);
      d.set({ outbox: result.value.entries });
      if (result.value.sent) {
        d.set({ busy: null, done: goal && { status: 'created', request: goal } });
        void d.refreshPlan();
        return;
      }
      const entry = result.value.entries.find((e) => e.id === entryId);
      d.set({ kept: entry ? entryId : null });
      fail(entry?.lastError ?? { kind: 'unknown', message: 'The goal could not be sent.' });
    });

  const send = (replace: boolean, given?: GoalRequest) => {
    const request = given ?? (d.form().request as GoalRequest | null);
    if (!request) return Promise.resolve();
    return run('create', async () => {
      const retried = uncertain;
      uncertain = false;
      const { seen } = d.get();
      const result = await d.client.send('createGoal', {
        goal: request,
        replace,
        ...(seen && { seen }),
      });
      if (!result.ok) {
        uncertain =
          !!ERROR_POLICY[result.error.kind].offerRetry && result.error.retryAfter === undefined;
        fail(result.error);
        if (result.error.oldGoalDeleted) lostOldGoal(request);
        return;
      }
      if (result.value.status === 'queued') {
        // Kept in the outbox (sent by itself later, even if the popup closes): the form is
        // cleared, so it cannot be sent twice, and Retry sends that entry now.
        const { entryId, error } = result.value;
        d.resetDraft();
        d.set({ kept: entryId });
        void d.refreshOutbox();
        fail(error);
        last = () => sendPending(entryId, request);
        return;
      }
      if (result.value.status === 'replaced')
        return finish('replaced', request, result.value.remade);
      if (result.value.status !== 'exists') return finish(result.value.status, request);
      d.set({ busy: null, confirm: retried ? 'replaceAfterRetry' : 'replace' });
    });
  };

  /** The goal today's plan names (`goalId` only: the plan's `id` is the day's). */
  const goalId = () => d.get().plan?.goalId ?? '';
  /** The kept definition of the plan's goal; null when this device does not know it. */
  const knownGoal = () => {
    const { known } = d.get();
    return known && known.goalId === goalId() ? known.goal : null;
  };

  const update = () => {
    const request = d.form().request as GoalRequest | null;
    const id = goalId();
    if (!request || !id) return Promise.resolve();
    return run('update', async () => {
      const result = await d.client.send('updateGoal', { goalId: id, goal: request });
      if (result.ok)
        return finish(result.value.remade ? 'replaced' : 'updated', request, result.value.remade);
      fail(result.error);
      if (result.error.oldGoalDeleted) lostOldGoal(request);
    });
  };

  return {
    /**
     * "Create goal" (or "Save goal" while editing); asks first when a goal exists, and before
     * an edit that deletes the goal and makes it again.
     */
    create() {
      const state = d.get();
      const request = d.form().request;
      if (state.busy || !request) return;
      if (state.editing && !deletesFirst(knownGoal(), request)) return void update();
      if (state.plan?.hasGoal) return d.set({ confirm: 'replace', done: null, error: null });
      void send(false);
    },
    /** "Replace goal" (or the edit confirmed): the goal is changed into this one. */
    replace: () => void (d.get().editing ? update() : send(true)),
    /** Whether putting the form's goal in place of the current one deletes it first. */
    deletesFirst() {
      const request = d.form().request;
      return !!request && !!d.get().plan?.hasGoal && deletesFirst(knownGoal(), request);
    },
    /** Keeps the current goal (or cancels a delete). */
    cancelConfirm: () => d.set({ confirm: null }),
    /** "Send now" on a goal waiting in the outbox. */
    sendPending(entryId: string) {
      const entry = d.get().outbox.find((e) => e.id === entryId);
      void sendPending(entryId, entry?.goal ?? null);
    },
    /** Tries the failed action again; a create is checked against today's plan first. */
    retry() {
      if (d.get().retryIn === 0 && last) void last();
    },
    signIn: () =>
      void run('signIn', async () => {
        const result = await d.client.send('signIn', {});
        if (!result.ok) return fail(result.error);
        d.set({ busy: null });
        d.applyAccount(result.value);
      }),
    askDelete: () => d.set({ confirm: 'delete', done: null, error: null }),
    confirmDelete() {
      const id = goalId();
      if (!id) return;
      void run('delete', async () => {
        const result = await d.client.send('deleteGoal', { goalId: id, category: 'QURAN' });
        if (!result.ok) return fail(result.error);
        d.set({
          busy: null,
          done: { status: 'deleted', request: null },
          plan: null,
          editing: false,
        });
        void d.refreshPlan();
      });
    },
    /** Fills the form with the current goal, to change it (see `editDraft`). */
    async startEdit() {
      const { plan, draft, editing } = d.get();
      if (!plan?.hasGoal || !goalId() || editing) return;
      const { editDraft } = await import('@/utils/edit-draft');
      if (d.get().editing) return;
      // The reader's draft is saved as it is now: the form then holds the goal.
      d.flushDraft();
      d.set({ beforeEdit: draft, editing: true, confirm: null, done: null, error: null });
      d.update(editDraft(knownGoal(), plan, draft));
    },
    /** Leaves Edit without saving: the reader's draft comes back. */
    cancelEdit() {
      d.set({ confirm: null });
      d.endEdit();
    },
  };
}
