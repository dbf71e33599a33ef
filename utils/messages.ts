import * as z from 'zod/mini';
import { DateSchema, ReadingEntrySchema, ReadingLoggedSchema, TodaySchema } from './activity';
import { EnvironmentSchema } from './environments';
import { ErrorInfoSchema } from './errors';
import {
  EstimateDaySchema,
  GoalCategorySchema,
  GoalRequestSchema,
  MushafIdSchema,
  QuranGoalTypeSchema,
  TodaysPlanSchema,
} from './goals';
import { VerseRangeSchema } from './quran/range-schema';

/** What the extension pages may know about the account: never a token. */
export const AccountStateSchema = z.object({
  signedIn: z.boolean(),
  environment: EnvironmentSchema,
  /** Scopes the server granted, when signed in. */
  scopes: z.array(z.string()),
  /** Scopes the product needs that were not granted (the features behind them are off). */
  missingScopes: z.optional(z.array(z.string())),
  /**
   * Scopes this client's registration does not allow (the server answered `invalid_scope` at
   * sign-in): the features behind them are hidden, and the options page says why.
   */
  unavailableScopes: z.optional(z.array(z.string())),
  /** Configuration the environment lacks before anyone can sign in, e.g. `clientId`. */
  missing: z.optional(z.array(z.string())),
  /** The OAuth redirect URL of this browser's extension, to register with the client. */
  redirectUrl: z.optional(z.string()),
});
export type AccountState = z.infer<typeof AccountStateSchema>;

/**
 * What today's plan showed the reader before a create: the goal it named (null: none), and
 * when it was asked (epoch milliseconds). Asked within a minute, with no goal change since,
 * the create acts on it instead of asking again.
 */
export const SeenPlanSchema = z.object({
  goalId: z.nullable(z.string().check(z.minLength(1))),
  askedAt: z.number(),
});
export type SeenPlan = z.infer<typeof SeenPlanSchema>;

/**
 * A create's outcome: made, refused because a goal exists and replacing was not asked, or
 * kept in the outbox to be sent when the service is reachable again (with the failure that
 * kept it, for the reader to see and Retry).
 */
export const CreateGoalResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('created'), goalId: z.string() }),
  /** `remade`: the old goal was deleted and this one created in its place. */
  z.object({ status: z.literal('replaced'), goalId: z.string(), remade: z.boolean() }),
  z.object({ status: z.literal('exists'), goalId: z.string() }),
  z.object({ status: z.literal('queued'), entryId: z.string(), error: ErrorInfoSchema }),
]);
export type CreateGoalResult = z.infer<typeof CreateGoalResultSchema>;

/**
 * A goal the reader confirmed while the service could not be reached, waiting in the outbox.
 * `sending` while a send is under way (a worker stopped then finds it and checks today's plan
 * before sending again); `failed` when the service refused it for good.
 */
/**
 * Whose an outbox entry or a kept goal definition is: the account (its `sub`) in the
 * environment (its API base).
 */
export const AccountOwnerSchema = z.object({
  environment: z.string().check(z.minLength(1)),
  subject: z.string().check(z.minLength(1)),
});
export type AccountOwner = z.infer<typeof AccountOwnerSchema>;

export const OutboxEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Sent only while this account is signed in, and shown only to it. */
  owner: AccountOwnerSchema,
  goal: GoalRequestSchema,
  replace: z.boolean(),
  /** Epoch milliseconds. */
  createdAt: z.number(),
  state: z.enum(['waiting', 'sending', 'failed']),
  attempts: z.int().check(z.minimum(0)),
  /** Epoch milliseconds of the last send's start. */
  sentAt: z.optional(z.number()),
  lastError: z.optional(ErrorInfoSchema),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/**
 * A goal's definition as this device last created or changed it. No endpoint answers a
 * goal's definition (today's plan gives only the day's part), so Edit starts from this.
 */
export const KnownGoalSchema = z.object({
  owner: AccountOwnerSchema,
  goalId: z.string().check(z.minLength(1)),
  goal: GoalRequestSchema,
  /** Epoch milliseconds. */
  savedAt: z.number(),
});
export type KnownGoal = z.infer<typeof KnownGoalSchema>;

/** A change of a goal: the goal id it has now, and whether it was deleted and made again. */
export const GoalChangeSchema = z.object({ goalId: z.string(), remade: z.boolean() });
export type GoalChange = z.infer<typeof GoalChangeSchema>;

/** What a content script found on its page: the verses the URL and the view point to. */
export const PageContextSchema = z.object({
  url: z.string(),
  /** Which site's reader produced it, e.g. `quran.com`. */
  site: z.string(),
  /**
   * Suggestions, in the order the popup offers them: what the address names (an `ayah`, the
   * one verse it names; a `range`, a `surah`, a `page`, `juz`, `hizb` or `rub`), then the
   * `verse` the reader is at, then the wider scopes that hold that verse (its surah, the page
   * in view).
   */
  suggestions: z.array(
    z.object({
      kind: z.enum(['verse', 'ayah', 'range', 'surah', 'page', 'juz', 'hizb', 'rub', 'selection']),
      /** The division's number (surah, page, juz…), when the kind has one. */
      number: z.optional(z.int()),
      range: VerseRangeSchema,
    }),
  ),
});
export type PageContext = z.infer<typeof PageContextSchema>;

/** What the popup is opened with: the page's suggestions and a pending right-click range. */
export const PopupContextSchema = z.object({
  pageContext: z.nullable(PageContextSchema),
  prefill: z.nullable(VerseRangeSchema),
});
export type PopupContext = z.infer<typeof PopupContextSchema>;

/**
 * Why a selection gives no range, as a code the background words in the reader's language
 * (`reason_<code>`): nothing selected, no verses in it, only a surah's title, no reference in
 * a selected text, verse numbers without their surah, or a mushaf shown as pictures.
 */
export const SelectionReasonSchema = z.enum([
  'empty',
  'noVerses',
  'surahTitle',
  'noReference',
  'noSurah',
  'pictures',
]);
export type SelectionReason = z.infer<typeof SelectionReasonSchema>;

/** A content script's answer to `getSelectionRange` (background → content script). */
export const SelectionAnswerSchema = z.discriminatedUnion('found', [
  z.object({ found: z.literal(true), range: VerseRangeSchema }),
  z.object({ found: z.literal(false), reason: SelectionReasonSchema }),
]);
export type SelectionAnswer = z.infer<typeof SelectionAnswerSchema>;

/**
 * The whole message protocol: each message's name, the payload it carries and the value it
 * answers with. `from` says who may send it: `extension` (popup, options, extension
 * windows) or `any` (content scripts too).
 */
export const PROTOCOL = {
  getAccountState: { from: 'any', request: z.object({}), response: AccountStateSchema },
  createGoal: {
    from: 'extension',
    request: z.object({
      goal: GoalRequestSchema,
      replace: z._default(z.boolean(), false),
      seen: z.optional(SeenPlanSchema),
    }),
    response: CreateGoalResultSchema,
  },
  /** Changes a goal to the whole goal given (see `deletesFirst` in goal-rules.ts). */
  updateGoal: {
    from: 'extension',
    request: z.object({
      goalId: z.string().check(z.minLength(1)),
      goal: GoalRequestSchema,
    }),
    response: GoalChangeSchema,
  },
  /** The definition this device keeps of a goal of the account signed in, if any. */
  getGoalDefinition: {
    from: 'extension',
    request: z.object({ goalId: z.string().check(z.minLength(1)) }),
    /** `savedAt`: when this device last made or changed the goal (epoch milliseconds). */
    response: z.object({ goal: z.nullable(GoalRequestSchema), savedAt: z.optional(z.number()) }),
  },
  deleteGoal: {
    from: 'extension',
    request: z.object({ goalId: z.string().check(z.minLength(1)), category: GoalCategorySchema }),
    response: z.object({}),
  },
  estimateGoal: {
    from: 'extension',
    request: z.object({ goal: GoalRequestSchema }),
    response: z.object({ week: z.array(EstimateDaySchema) }),
  },
  getTodaysPlan: {
    from: 'extension',
    request: z.object({ type: QuranGoalTypeSchema, mushafId: MushafIdSchema }),
    response: TodaysPlanSchema,
  },
  signIn: { from: 'extension', request: z.object({}), response: AccountStateSchema },
  signOut: { from: 'extension', request: z.object({}), response: AccountStateSchema },
  getPopupContext: { from: 'extension', request: z.object({}), response: PopupContextSchema },
  getOutbox: {
    from: 'extension',
    request: z.object({}),
    response: z.object({ entries: z.array(OutboxEntrySchema) }),
  },
  /** Sends what waits in the outbox now (the popup asks when it opens). */
  flushOutbox: {
    from: 'extension',
    request: z.object({}),
    response: z.object({ entries: z.array(OutboxEntrySchema) }),
  },
  cancelOutboxEntry: {
    from: 'extension',
    request: z.object({ entryId: z.string().check(z.minLength(1)) }),
    response: z.object({ entries: z.array(OutboxEntrySchema) }),
  },
  /**
   * "Send now" (and Retry after a create was kept): sends this entry at once, today's plan
   * asked first as always. `sent` when it went (or had already landed); else the entry is in
   * `entries` with its `lastError`.
   */
  sendOutboxEntry: {
    from: 'extension',
    request: z.object({ entryId: z.string().check(z.minLength(1)) }),
    response: z.object({ entries: z.array(OutboxEntrySchema), sent: z.boolean() }),
  },
  /** Logs a reading ("Add reading", "Mark as read"): never twice (see reading-log.ts). */
  logReading: {
    from: 'extension',
    request: z.object({ reading: ReadingEntrySchema }),
    response: ReadingLoggedSchema,
  },
  /** The streak, whether today has reading, and the last reading position. */
  getToday: {
    from: 'extension',
    /** `since`: also what was read from that day (a goal's first) through today. */
    request: z.object({ since: z.optional(DateSchema) }),
    response: TodaySchema,
  },
} as const satisfies Record<
  string,
  { from: 'extension' | 'any'; request: z.ZodMiniType; response: z.ZodMiniType }
>;

export type MessageName = keyof typeof PROTOCOL;
export type MessageRequest<N extends MessageName> = z.input<(typeof PROTOCOL)[N]['request']>;
export type MessagePayload<N extends MessageName> = z.output<(typeof PROTOCOL)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.output<(typeof PROTOCOL)[N]['response']>;

/**
 * Events the background posts on the protocol port of each open extension page (never a
 * content script's): `{event, payload}`, no answer expected. Pages also ask `getAccountState`
 * and `getOutbox` when they open.
 */
export const EVENTS = {
  accountStateChanged: AccountStateSchema,
  /** The outbox changed: an entry was added, sent, failed or cancelled. */
  outboxChanged: z.object({}),
} as const satisfies Record<string, z.ZodMiniType>;
export type EventName = keyof typeof EVENTS;
export type EventPayload<E extends EventName> = z.output<(typeof EVENTS)[E]>;

/** The envelope every message travels in. */
export const EnvelopeSchema = z.object({
  name: z.string(),
  payload: z.unknown(),
});

/**
 * A request on the protocol port (`PROTOCOL_PORT`, utils/messaging.ts): the envelope, and the
 * number its answer comes back with.
 */
export const PortRequestSchema = z.object({
  id: z.number(),
  message: z.unknown(),
});

/** An answer sent back on the protocol port. */
export const PortAnswerSchema = z.object({
  id: z.number(),
  answer: z.unknown(),
});

/** An event posted on the protocol port of an extension page. */
export interface PortEvent {
  event: EventName;
  payload: unknown;
}

/** An answer: a value, or a typed error. */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; error: z.infer<typeof ErrorInfoSchema> };
export const resultSchema = <T extends z.ZodMiniType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ErrorInfoSchema }),
  ]);

/** Whether a name is part of the protocol. */
export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(PROTOCOL, name);
}
