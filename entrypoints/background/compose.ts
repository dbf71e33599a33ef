import { browser } from 'wxt/browser';
import {
  environmentOf,
  knownGoalsItem,
  outboxItem,
  popupSnapshotItem,
  settingsItem,
  timeZoneOf,
} from '@/utils/storage';
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
import { scheduleOutbox } from './goals/outbox-schedule';
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
import { createPageContexts, findTab, type PageContexts } from './pages/page-contexts';

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
  // The outbox sends through the goal service, and a create it cannot take now is queued by
  // `queueWhenUnreachable`: neither the service nor the outbox knows the other.
  const service = createGoalService(createGoalsApi(transport), { book });
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
  const pages = createPageContexts(findTab);
  const handlers = protocolHandlers({ auth, goals, outbox, pages, snapshot });
  const self = { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/')) };
  const onMessage = createRouter({
    handlers,
    classify: (sender) => classifySender(sender, self),
    extraRoutes: import.meta.env.MODE === 'e2e' ? e2eRoutes({ auth, tokens, pages }) : undefined,
  });
  const onConnect = protocolPorts(onMessage, events, (sender) => classifySender(sender, self));
  return { onMessage, onConnect, events, auth, goals, pages, outbox };
}
