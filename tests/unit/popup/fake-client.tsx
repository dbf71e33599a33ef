import { fireEvent, render } from '@testing-library/preact';
import { LazyRawGoalFields } from '@/components/AdvancedFields';
import { LazyTodayPanel } from '@/components/CurrentGoal';
import { LazyDoneDetails } from '@/components/DoneStatus';
import { LazyErrorDetails } from '@/components/ErrorAlert';
import { LazyVerseRangeFields } from '@/components/GoalFields';
import { I18nContext } from '@/components/i18n';
import { LazyPlanUnavailable, LazyPlanWeek } from '@/components/PlanPreview';
import {
  AccountBar,
  App,
  CustomFields,
  PendingGoals,
  ReplacePrompt,
  StoreContext,
} from '@/entrypoints/popup/App';
import type { PopupClient, PopupStart } from '@/entrypoints/popup/popup-client';
import { createPopupStore, loadLaterActions } from '@/entrypoints/popup/store';
import ar from '@/public/_locales/ar/messages.json';
import en from '@/public/_locales/en/messages.json';
import { ENVIRONMENT_DEFAULTS } from '@/utils/environments';
import type { Draft } from '@/utils/goal-form';
import { createI18n, jsonLookup } from '@/utils/i18n';
import type {
  AccountState,
  MessageName,
  MessageRequest,
  MessageResponse,
  Result,
} from '@/utils/messages';

// The parts the popup fetches when first shown, fetched here up front: these tests are about
// what the parts do (tests/unit/components/lazy.test.tsx is about the fetching).
await Promise.all(
  [
    LazyVerseRangeFields,
    CustomFields,
    LazyPlanUnavailable,
    LazyPlanWeek,
    AccountBar,
    LazyRawGoalFields,
    LazyErrorDetails,
    LazyDoneDetails,
    PendingGoals,
    ReplacePrompt,
    LazyTodayPanel,
  ]
    .map((p) => p.load())
    .concat(loadLaterActions()),
);

type Answer<N extends MessageName> =
  | Result<MessageResponse<N>>
  | Promise<Result<MessageResponse<N>>>;
/** How the fake background answers each message (a function of the payload). */
export type Handlers = { [N in MessageName]?: (payload: MessageRequest<N>) => Answer<N> };

/** A signed-in sandbox account. */
export const SIGNED_IN: AccountState = {
  signedIn: true,
  environment: ENVIRONMENT_DEFAULTS.sandbox,
  scopes: ['goal'],
};

const ok = <T,>(value: T) => ({ ok: true as const, value });

const DEFAULTS: Handlers = {
  getAccountState: () => ok(SIGNED_IN),
  getPopupContext: () => ok({ pageContext: null, prefill: null }),
  getTodaysPlan: () => ok({ hasGoal: false }),
  estimateGoal: ({ goal }) =>
    ok({
      week: [
        { date: '2026-03-01', amount: goal.body.amount },
        { date: '2026-03-02', amount: goal.body.amount },
      ],
    }),
  createGoal: ({ replace }) =>
    ok(
      replace
        ? { status: 'replaced', goalId: 'goal-1', remade: false }
        : { status: 'created', goalId: 'goal-1' },
    ),
  updateGoal: ({ goalId }) => ok({ goalId, remade: false }),
  getGoalDefinition: () => ok({ goal: null }),
  deleteGoal: () => ok({}),
  signIn: () => ok(SIGNED_IN),
  getToday: () => ok({ streakDays: null, readToday: null, lastPosition: null }),
};

/** A client that records what the popup asks and answers from `handlers` (or the defaults). */
export function fakeClient(handlers: Handlers = {}) {
  const calls: { name: MessageName; payload: unknown }[] = [];
  const saved: Draft[] = [];
  let cleared = 0;
  let hint: ((state?: AccountState) => void) | undefined;
  let outboxHint: (() => void) | undefined;
  const client: PopupClient = {
    async send(name, payload) {
      calls.push({ name, payload });
      const handler = (handlers[name] ?? DEFAULTS[name]) as
        | ((p: unknown) => Answer<typeof name>)
        | undefined;
      if (!handler)
        return { ok: false, error: { kind: 'unknown', message: `No answer for ${name}` } };
      return handler(payload);
    },
    saveDraft: async (draft) => {
      saved.push(draft);
    },
    clearDraft: async () => {
      cleared += 1;
    },
    onAccountHint(callback) {
      hint = callback;
      return () => {
        hint = undefined;
      };
    },
    onOutboxChange(callback) {
      outboxHint = callback;
      return () => {
        outboxHint = undefined;
      };
    },
  };
  return {
    client,
    calls,
    saved,
    cleared: () => cleared,
    /** What was sent under one name. */
    sent: (name: MessageName) => calls.filter((c) => c.name === name).map((c) => c.payload),
    /** Plays a broadcast (or a regained focus, with nothing). */
    hint: (state?: AccountState) => hint?.(state),
    /** Plays a change of the outbox in storage. */
    outboxChanged: () => outboxHint?.(),
  };
}

/**
 * Renders the popup around a fake client, in English (or Arabic), on 1 March 2026, with its
 * custom form opened ("Customize", as most tests fill fields), or as it opens (`presets`).
 */
export function renderPopup(
  fake = fakeClient(),
  start: Partial<PopupStart> = {},
  locale: 'en' | 'ar' = 'en',
  open: 'custom' | 'presets' = 'custom',
) {
  const store = createPopupStore(
    fake.client,
    { draft: null, mushafId: null, timeZone: 'UTC', ...start },
    { debounceMs: 0, now: () => new Date('2026-03-01T10:00:00Z') },
  );
  const i18n = createI18n(
    jsonLookup(locale === 'ar' ? ar : en),
    locale,
    locale === 'ar' ? 'rtl' : 'ltr',
  );
  const view = render(
    <I18nContext.Provider value={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nContext.Provider>,
  );
  const customize = view.queryByRole('button', { name: locale === 'ar' ? 'تخصيص' : 'Customize' });
  if (open === 'custom' && customize?.getAttribute('aria-expanded') === 'false') {
    fireEvent.click(customize);
  }
  return { ...view, store, fake };
}

/** The English message of a key, with its `$1`… filled. */
export const english = (key: keyof typeof en, ...args: string[]) => jsonLookup(en)(key, args);
