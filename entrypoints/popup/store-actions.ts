import type { ErrorInfo, ErrorKind } from '@/utils/errors';
import type { Draft, FormResult } from '@/utils/goal-form';
import type { GoalRequest } from '@/utils/goals';
import type { AccountState } from '@/utils/messages';
import { planTarget } from '@/utils/plan-words';
import { pastedRange } from '@/utils/read-goal-form';
import type { PopupClient } from './popup-client';
import type { PopupState } from './store';

/** Failures after which trying again makes sense (with a countdown for the rate limit). */
export const RETRY_KINDS: readonly ErrorKind[] = [
  'network',
  'timeout',
  'internal_server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
  'invalid_response',
  'rate_limit_exceeded',
  'unknown',
  // The reader decides, once told the goal may already exist.
  'outcome_unknown',
];
const SIGN_IN_KINDS: readonly ErrorKind[] = ['unauthorized', 'not_signed_in'];

interface Deps {
  client: PopupClient;
  get(): PopupState;
  set(patch: Partial<PopupState>): void;
  form(): FormResult;
  update(patch: Partial<Draft>): void;
  resetDraft(): void;
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
    if (SIGN_IN_KINDS.includes(error.kind)) void d.refreshAccount();
  }

  /** Runs an action once at a time, remembering it for Retry. */
  async function run(busy: NonNullable<PopupState['busy']>, action: () => Promise<void>) {
    if (d.get().busy) return;
    last = () => run(busy, action);
    d.set({ busy, error: null, done: null, confirm: null, retryIn: 0, kept: null });
    await action();
  }

  function finish(status: 'created' | 'replaced' | 'updated', request: GoalRequest) {
    d.resetDraft();
    d.set({ busy: null, done: { status, request }, editing: false });
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

  const send = (replace: boolean) => {
    const request = d.form().request as GoalRequest | null;
    if (!request) return Promise.resolve();
    return run('create', async () => {
      const retried = uncertain;
      uncertain = false;
      const result = await d.client.send('createGoal', { goal: request, replace });
      if (!result.ok) {
        uncertain =
          RETRY_KINDS.includes(result.error.kind) && result.error.retryAfter === undefined;
        return fail(result.error);
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
      if (result.value.status !== 'exists') return finish(result.value.status, request);
      d.set({ busy: null, confirm: retried ? 'replaceAfterRetry' : 'replace' });
    });
  };

  /** The goal today's plan names (`goalId` only: the plan's `id` is the day's). */
  const goalId = () => d.get().plan?.goalId ?? '';

  const update = () => {
    const request = d.form().request as GoalRequest | null;
    if (!request || !goalId()) return Promise.resolve();
    return run('update', async () => {
      const { mushafId, body } = request;
      const result = await d.client.send('updateGoal', { goalId: goalId(), mushafId, body });
      if (result.ok) finish('updated', request);
      else fail(result.error);
    });
  };

  return {
    /** "Create goal" (or "Save goal" while editing); asks first when a goal exists. */
    create() {
      const state = d.get();
      if (state.busy || !d.form().request) return;
      if (state.editing) return void update();
      if (state.plan?.hasGoal) return d.set({ confirm: 'replace', done: null, error: null });
      void send(false);
    },
    /** "Replace goal": the background updates the existing goal with this one. */
    replace: () => void send(true),
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
    /** Fills the form from the current goal, to change it. */
    startEdit() {
      const plan = d.get().plan;
      if (!plan?.hasGoal) return;
      const target = planTarget(plan);
      const patch: Partial<Draft> = { schedule: 'daily' };
      if (target?.type === 'QURAN_TIME')
        patch.minutes = String(Math.round(Number(target.amount) / 60));
      if (target?.type === 'QURAN_PAGES') patch.pages = String(Math.ceil(Number(target.amount)));
      if (target?.type === 'QURAN_RANGE')
        Object.assign(patch, pastedRange(String(target.amount).split(',')[0] ?? ''));
      if (target) patch.type = target.type;
      if (plan.mushafId) patch.mushafId = plan.mushafId;
      d.update({ ...patch, raw: { ...d.get().draft.raw, on: false } });
      d.set({ editing: true, confirm: null, done: null });
    },
    cancelEdit: () => d.set({ editing: false }),
  };
}
