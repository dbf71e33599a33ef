import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { ReadingLoggedSchema } from '@/utils/activity';
import { EnvironmentSchema } from '@/utils/environments';
import { AccountStateSchema, SelectionAnswerSchema } from '@/utils/messages';
import type { AuthService } from '../auth/auth-service';
import type { TokenStore } from '../auth/token-store';
import {
  type LogRange,
  MARK_READ_ID,
  MENU_ID,
  onMarkReadClick,
  onSelectionMenuClick,
} from '../pages/context-menu';
import type { PageContexts } from '../pages/page-contexts';
import type { Badge } from '../today/badge';
import { ringBadgeAlarm } from '../today/badge-schedule';
import { ringReminderAlarm } from '../today/reminder-schedule';
import type { Reminders } from '../today/reminders';
import type { ExtraRoute } from './router';

/** The parts the test-only routes reach into. */
export interface E2eParts {
  auth: AuthService;
  tokens: TokenStore;
  pages: Pick<PageContexts, 'contextOf'>;
  badge: Badge;
  reminders: Reminders;
  logRange: LogRange;
}

/**
 * Test-only routes, served only by builds made with `--mode e2e` (the caller checks
 * `import.meta.env.MODE`), so that production builds do not contain them. Schemas are built
 * inside the function for the same reason.
 *
 * - `e2e:setTokens {accessToken, refreshToken?, expiresAt?, scopes?, subject?}` → AccountState:
 *   signs in with the given tokens, for the given account, in the current environment.
 * - `e2e:runtimeState {}` → `{tokens}`: every stored token, to check refresh and rotation.
 * - `e2e:openPage {path}` → `{tabId}`: opens an extension page in a new tab.
 * - `e2e:ringAlarm {name, scheduledTime?}` → `{rang}`: does what the alarm of that name does
 *   when it rings (the badge's, the reminders'; `scheduledTime` the instant it was set for),
 *   and answers once it is done; `rang` false for an alarm it does not know.
 * - `e2e:menuClick {tabId, frameId?, selectionText?, window?, item?}` → what was found (or
 *   null): runs the menu item's click handler ("Make goal from selection", or `mark-as-read`)
 *   as a right-click on that tab would; `window: true` opens the popup's small window instead
 *   of the toolbar popup.
 *
 * WebDriver BiDi cannot navigate to `moz-extension://`, so a Firefox e2e build also opens
 * `popup.html` in a tab when it is installed: the test drives the extension from there.
 */
export function e2eRoutes(parts: E2eParts): Record<string, ExtraRoute> {
  const { auth, tokens, pages, badge, reminders, logRange } = parts;
  const TokensSchema = z.object({
    accessToken: z.nullable(z.string()),
    expiresAt: z.number(),
    refreshToken: z.nullable(z.string()),
    scopes: z.array(z.string()),
    environment: EnvironmentSchema,
  });
  if (import.meta.env.FIREFOX) {
    browser.runtime.onInstalled.addListener(() => {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    });
  }
  return {
    'e2e:setTokens': {
      from: 'extension',
      request: z.object({
        accessToken: z.string().check(z.minLength(1)),
        refreshToken: z.optional(z.string().check(z.minLength(1))),
        /** Epoch milliseconds; default an hour from now. */
        expiresAt: z.optional(z.number()),
        scopes: z.optional(z.array(z.string())),
        /** The account (what an ID token's `sub` says in a real sign-in). */
        subject: z.optional(z.string().check(z.minLength(1))),
      }),
      response: AccountStateSchema,
      handle: async (payload) => {
        const { accessToken, refreshToken, expiresAt, scopes, subject } = payload as {
          accessToken: string;
          refreshToken?: string;
          expiresAt?: number;
          scopes?: string[];
          subject?: string;
        };
        return auth.adoptTokens({
          accessToken,
          expiresAt: expiresAt ?? Date.now() + 3_600_000,
          ...(refreshToken ? { refreshToken } : {}),
          ...(scopes ? { scopes } : {}),
          ...(subject ? { subject } : {}),
        });
      },
    },
    'e2e:runtimeState': {
      from: 'extension',
      request: z.object({}),
      response: z.object({ tokens: z.nullable(TokensSchema) }),
      handle: async () => ({ tokens: await tokens.load() }),
    },
    'e2e:openPage': {
      from: 'extension',
      request: z.object({ path: z.string().check(z.regex(/^\/?[\w-]+\.html(?:[?#].*)?$/)) }),
      response: z.object({ tabId: z.number() }),
      handle: async (payload) => {
        const { path } = payload as { path: string };
        const tab = await browser.tabs.create({
          url: browser.runtime.getURL(`/${path.replace(/^\//, '')}` as '/popup.html'),
        });
        return { tabId: tab.id ?? -1 };
      },
    },
    'e2e:ringAlarm': {
      from: 'extension',
      request: z.object({ name: z.string(), scheduledTime: z.optional(z.number()) }),
      response: z.object({ rang: z.boolean() }),
      handle: async (payload) => {
        const { name, scheduledTime } = payload as { name: string; scheduledTime?: number };
        const rang =
          ringBadgeAlarm(badge, name) ?? ringReminderAlarm(reminders, name, scheduledTime);
        if (rang) await rang;
        return { rang: !!rang };
      },
    },
    'e2e:menuClick': {
      from: 'extension',
      request: z.object({
        tabId: z.number(),
        frameId: z.optional(z.number()),
        selectionText: z.optional(z.string()),
        window: z.optional(z.boolean()),
        item: z.optional(z.literal(MARK_READ_ID)),
      }),
      response: z.nullable(
        z.union([
          SelectionAnswerSchema,
          ReadingLoggedSchema,
          z.object({ status: z.literal('failed'), message: z.string() }),
        ]),
      ),
      handle: async (payload) => {
        const { tabId, frameId, selectionText, window, item } = payload as E2eClick;
        const tab = await browser.tabs.get(tabId);
        if (item === MARK_READ_ID) {
          const info = { menuItemId: MARK_READ_ID, frameId, selectionText };
          return onMarkReadClick(pages, logRange, info, tab);
        }
        const info = { menuItemId: MENU_ID, frameId, selectionText };
        return onSelectionMenuClick(pages, info, tab, !window);
      },
    },
  };
}

type E2eClick = {
  tabId: number;
  frameId?: number;
  selectionText?: string;
  window?: boolean;
  item?: typeof MARK_READ_ID;
};
