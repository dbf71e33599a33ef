import { browser } from 'wxt/browser';
import type { ReadingEntry } from '@/utils/activity';
import { todayIn } from '@/utils/goal-form';
import { planTarget } from '@/utils/goal-words';
import type { QuranGoalType, TodaysPlan } from '@/utils/goals';
import {
  environmentOf,
  knownGoalsItem,
  outboxItem,
  popupSnapshotItem,
  settingsItem,
  timeZoneOf,
} from '@/utils/storage';
import { readingQueueItem } from '@/utils/storage/readings';
import { remindersSentItem } from '@/utils/storage/reminders';
import { createActivityApi } from './api/activity-api';
import { createGoalsApi } from './api/goals-api';
import { createTransport, timeoutFromBuild } from './api/transport';
import { type AuthService, createAuthService } from './auth/auth-service';
import { createOAuthClient } from './auth/oauth-client';
import { createRefreshTokenStore } from './auth/refresh-token-db';
import type { Identity } from './auth/sign-in';
import { createTokenStore } from './auth/token-store';
import { createGoalBook } from './goals/goal-book';
import { createGoalService, type GoalService } from './goals/goal-service';
import { createOutbox, type Outbox } from './goals/outbox';
import { READINGS_ALARM, scheduleOutbox, scheduleQueue } from './goals/outbox-schedule';
import { createPopupSnapshot } from './goals/popup-snapshot';
import { queueWhenUnreachable } from './goals/queue-when-unreachable';
import { protocolHandlers } from './handlers';
import { e2eRoutes } from './messaging/e2e-hooks';
import { createEventHub, type EventHub } from './messaging/events';
import {
  createRouter,
  type MessageListener,
  type PortLike,
  protocolPorts,
} from './messaging/router';
import { classifySender, originOf } from './messaging/senders';
import type { LogRange } from './pages/context-menu';
import { createPageContexts, findTab, type PageContexts } from './pages/page-contexts';
import { type Badge, createBadge, refreshingBadge } from './today/badge';
import { scheduleBadge, showBadge } from './today/badge-schedule';
import { createDay, type Day } from './today/day';
import { createReadingLog, type ReadingLog } from './today/reading-log';
import { retryReminder, scheduleReminders, showNotification } from './today/reminder-schedule';
import { createReminders, type Reminders } from './today/reminders';
import { backgroundWords } from './words';

/** The background's parts, built once per worker start without waiting on anything. */
export interface BackgroundService {
  /** Answers one protocol message (what each protocol port's requests go through). */
  onMessage: MessageListener;
  /** Serves a port a page or content script opened; extension pages also hear the events. */
  onConnect(port: PortLike): void;
  events: EventHub;
  auth: AuthService;
  goals: GoalService;
  pages: PageContexts;
  outbox: Outbox;
  badge: Badge;
  /** Readings waiting to be logged (sent on their own alarm). */
  readings: ReadingLog;
  reminders: Reminders;
  /** "Mark as read": logs a range read today, in the reader's mushaf. */
  logRange: LogRange;
}

/** Builds the auth, API and goal layers and the message router over them. */
export function createBackgroundService(): BackgroundService {
  const environment = async () => environmentOf(await settingsItem.getValue());
  const timeZone = async () => timeZoneOf(await settingsItem.getValue());
  const identity: Identity = {
    getRedirectURL: () => browser.identity.getRedirectURL(),
    launchWebAuthFlow: (details) => browser.identity.launchWebAuthFlow(details),
  };
  const tokens = createTokenStore(createRefreshTokenStore());
  const events = createEventHub();
  /** The account the badge last showed, to refresh it only when that changes. */
  let badgeAccount = '';
  const snapshot = createPopupSnapshot({
    accountState: () => auth.accountState(),
    owner: () => auth.owner(),
    write: (value) => popupSnapshotItem.setValue(value),
  });
  const auth = createAuthService({
    environment,
    tokens,
    oauth: createOAuthClient(),
    identity,
    // A plan answer kept for the next create belongs to the account it was asked for.
    // The popup's snapshot too: its next first paint must not show another account's day.
    broadcast: (state) => {
      goals.forgetPlans();
      void snapshot.forget();
      events.emit('accountStateChanged', state);
      // The badge, when the account is another (or none): a change of settings alone is
      // announced too, and refreshes the badge through its own watch (index.ts).
      const account = JSON.stringify([state.signedIn, state.environment, state.scopes]);
      if (account !== badgeAccount) void badge.refresh().catch(() => undefined);
      badgeAccount = account;
    },
  });
  const timeoutMs = timeoutFromBuild(
    (import.meta.env as { WXT_QF_TIMEOUT_MS?: string }).WXT_QF_TIMEOUT_MS,
  );
  const transport = createTransport({
    environment,
    timeZone,
    accessToken: () => auth.accessToken(),
    refreshAfterRejection: (rejected) => auth.refreshAfterRejection(rejected),
    signInAgain: (rejected) => auth.signInAgain(rejected),
    timeoutMs,
  });
  const book = createGoalBook({
    store: {
      read: () => knownGoalsItem.getValue(),
      write: (entries) => knownGoalsItem.setValue(entries),
    },
    owner: () => auth.owner(),
  });
  // Today's plan for the badge and the reminders: asked with the type of the reader's goal
  // (the one last seen, or the popup's), so that a refresh is one call of the plan.
  let badgeType: QuranGoalType | undefined;
  async function todaysPlan(): Promise<TodaysPlan> {
    const [kept, settings] = await Promise.all([
      popupSnapshotItem.getValue(),
      settingsItem.getValue(),
    ]);
    const asked = {
      type: badgeType ?? (kept?.plan.hasGoal ? kept.asked.type : 'QURAN_TIME'),
      mushafId: kept?.asked.mushafId ?? settings.mushafId,
    };
    const plan = await snapshot.answer(asked, () => goals.getTodaysPlan(asked));
    badgeType = planTarget(plan)?.type ?? badgeType;
    return plan;
  }
  const badge = createBadge({
    enabled: async () => (await settingsItem.getValue()).badge,
    signedIn: async () => (await auth.accountState()).signedIn,
    plan: todaysPlan,
    show: showBadge,
    words: backgroundWords,
    schedule: async (next) => scheduleBadge(next, timeZoneOf(await settingsItem.getValue())),
  });
  // The outbox sends through the goal service, and a create it cannot take now is queued by
  // `queueWhenUnreachable`: neither the service nor the outbox knows the other.
  const service = refreshingBadge(createGoalService(createGoalsApi(transport), { book }), badge);
  const outbox: Outbox = createOutbox({
    store: { read: () => outboxItem.getValue(), write: (entries) => outboxItem.setValue(entries) },
    deliver: (entry) => service.deliverQueued(entry),
    owner: () => auth.owner(),
    changed: scheduleOutbox,
    settleMs: 2 * timeoutMs,
  });
  const goals = queueWhenUnreachable(service, (goal, replace, error) =>
    outbox.add(goal, replace, error),
  );
  // Reading: the reader's day (streak…), logging (never twice; waiting readings go on their
  // own alarm), and the reminders, which ask today's plan as the badge does.
  const activity = createActivityApi(transport);
  const day: Day = createDay({
    activity,
    scopes: async () => (await auth.accountState()).scopes,
    today: async () => todayIn(await timeZone()),
  });
  const readings = createReadingLog({
    api: activity,
    owner: () => auth.owner(),
    timeZone,
    store: {
      read: () => readingQueueItem.getValue(),
      write: (entries) => readingQueueItem.setValue(entries),
    },
    settleMs: 2 * timeoutMs,
    changed: scheduleQueue(READINGS_ALARM),
  });
  /** Logs a reading; the badge follows whatever the outcome (a failure may have logged it). */
  const logReading = (reading: ReadingEntry) =>
    readings.log(reading).finally(() => void badge.refresh().catch(() => undefined));
  const logRange: LogRange = async (range) =>
    logReading({ mushafId: (await settingsItem.getValue()).mushafId, ranges: [range] });
  const reminders = createReminders({
    settings: () => settingsItem.getValue(),
    timeZone: timeZoneOf,
    signedIn: async () => (await auth.accountState()).signedIn,
    plan: todaysPlan,
    today: () => day.today(),
    words: backgroundWords,
    notify: showNotification,
    sent: { read: () => remindersSentItem.getValue(), write: (e) => remindersSentItem.setValue(e) },
    now: Date.now,
    schedule: scheduleReminders,
    retry: retryReminder,
  });
  const pages = createPageContexts(findTab);
  const handlers = protocolHandlers({ auth, goals, outbox, pages, snapshot, day, logReading });
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) };
  const onMessage = createRouter({
    handlers,
    classify: (sender) => classifySender(sender, self),
    extraRoutes:
      import.meta.env.MODE === 'e2e'
        ? e2eRoutes({ auth, tokens, pages, badge, reminders, logRange })
        : undefined,
  });
  const onConnect = protocolPorts(onMessage, events, (sender) => classifySender(sender, self));
  return {
    onMessage,
    onConnect,
    events,
    auth,
    goals,
    pages,
    outbox,
    badge,
    readings,
    reminders,
    logRange,
  };
}
