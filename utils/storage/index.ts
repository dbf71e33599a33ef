import { type StorageItemKey, storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import {
  buildEnvironment,
  ENVIRONMENT_DEFAULTS,
  type Environment,
  type EnvironmentName,
  EnvironmentNameSchema,
  EnvironmentSchema,
} from '../environments';
import { MushafIdSchema, QuranGoalTypeSchema, TodaysPlanSchema } from '../goals';
import {
  AccountStateSchema,
  type KnownGoal,
  KnownGoalSchema,
  type OutboxEntry,
  OutboxEntrySchema,
} from '../messages';
import { DEFAULT_MUSHAF_ID } from '../mushafs';
import { VerseRangeSchema } from '../quran/range-schema';
import { isTimeZone, OUTBOX_KEY, POPUP_SNAPSHOT_KEY, SETTINGS_KEY } from './keys';

export { isTimeZone } from './keys';

/** An IANA time zone, written the way the runtime spells it. */
export const TimeZoneSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.refine(isTimeZone, 'Not a time zone name; write it like Europe/London or Asia/Karachi.'),
    ),
  z.transform(
    (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone,
  ),
);

/** The time zone this browser runs in. */
export function automaticTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** An http(s) base address, as the options page takes the sandbox's. */
export const HttpUrlSchema = z.pipe(
  z.url({ protocol: /^https?$/, error: 'Write a full address, like http://127.0.0.1:8787.' }),
  z.transform((url: string) => url.replace(/\/+$/, '')),
);

/** An OAuth2 client id as the developer console shows it; empty: the build's. */
export const ClientIdSchema = z
  .string()
  .check(z.trim(), z.regex(/^\S*$/, 'A client id has no spaces.'));

const clientIdSchema = z.catch(ClientIdSchema, '');

/**
 * The reader's settings (version 2). Each field falls back to its default on its own when
 * what is stored is not valid, so one bad value never loses the others.
 */
export const SettingsSchema = z.object({
  /** Environment chosen on the options page; null: the one the build was made for. */
  environment: z.catch(z.nullable(EnvironmentNameSchema), null),
  /** Sandbox addresses chosen on the options page; null: the build's or the default. */
  sandboxApiBaseUrl: z.catch(z.nullable(HttpUrlSchema), null),
  sandboxOauthBaseUrl: z.catch(z.nullable(HttpUrlSchema), null),
  /** OAuth2 client id per environment chosen on the options page; empty: the build's. */
  clientIds: z.catch(
    z.object({ production: clientIdSchema, prelive: clientIdSchema, sandbox: clientIdSchema }),
    { production: '', prelive: '', sandbox: '' },
  ),
  mushafId: z.catch(MushafIdSchema, DEFAULT_MUSHAF_ID),
  /** IANA zone chosen by the reader; null: the browser's own (automatic). */
  timeZone: z.catch(z.nullable(TimeZoneSchema), null),
  /** What is left of today's reading on the toolbar button's badge; on unless turned off. */
  badge: z.catch(z.boolean(), true),
  /**
   * The daily reminder: on which weekdays (0 = Sunday) and at what time of the reader's day
   * (`HH:MM`, 24-hour); off unless turned on.
   */
  reminder: z.catch(
    z.object({
      on: z.boolean(),
      time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
      days: z.array(z.int().check(z.minimum(0), z.maximum(6))),
    }),
    {
      on: false,
      time: '20:00',
      days: [0, 1, 2, 3, 4, 5, 6],
    },
  ),
});
export type Settings = z.output<typeof SettingsSchema>;

/** Settings before the reader changes anything. */
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/**
 * Version 1 kept one client id for whichever environment was chosen; version 2 keeps one per
 * environment, so that switching environments does not send one's client id to another.
 */
export function settingsV1ToV2(old: unknown, build: Environment = buildEnvironment()): unknown {
  if (!old || typeof old !== 'object') return old;
  const { clientId, ...rest } = old as { clientId?: unknown; environment?: unknown };
  const named = EnvironmentNameSchema.safeParse(rest.environment);
  const name: EnvironmentName = named.success ? named.data : build.name;
  const clientIds = { production: '', prelive: '', sandbox: '' };
  if (typeof clientId === 'string') clientIds[name] = clientId;
  return { ...rest, clientIds };
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** The environment the settings point to, built on the build's own defaults. */
export function environmentOf(settings: Settings, build: Environment = buildEnvironment()) {
  const name = settings.environment ?? build.name;
  const base = name === build.name ? build : ENVIRONMENT_DEFAULTS[name];
  const sandbox = name === 'sandbox';
  return {
    name,
    apiBaseUrl: trimSlash((sandbox && settings.sandboxApiBaseUrl) || base.apiBaseUrl),
    oauthBaseUrl: trimSlash((sandbox && settings.sandboxOauthBaseUrl) || base.oauthBaseUrl),
    clientId: settings.clientIds[name] || base.clientId,
  } satisfies Environment;
}

/** The IANA zone sent as `x-timezone`. */
export function timeZoneOf(settings: Settings): string {
  return settings.timeZone ?? automaticTimeZone();
}

/** A storage item whose value is checked with its schema on every read and write. */
export interface ValidatedItem<T> {
  key: StorageItemKey;
  /** The stored value, or the fallback when nothing valid is stored. */
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls back with each new (validated) value; returns the unwatch function. */
  watch(callback: (value: T, previous: T) => void): () => void;
  /** Runs the item's migrations up to its current version. */
  migrate(): Promise<void>;
}

interface ItemOptions<T> {
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** Defines a versioned item validated with `schema` (invalid → fallback). */
export function defineValidatedItem<S extends z.ZodMiniType>(
  key: StorageItemKey,
  schema: S,
  { fallback, version, migrations }: ItemOptions<z.output<S>>,
): ValidatedItem<z.output<S>> {
  const item = storage.defineItem<unknown>(key, { version, ...(migrations ? { migrations } : {}) });
  const read = (raw: unknown): z.output<S> => {
    if (raw == null) return fallback;
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    getValue: async () => read(await item.getValue()),
    setValue: (value) => item.setValue(schema.parse(value)),
    removeValue: () => item.removeValue(),
    watch: (callback) => item.watch((value, previous) => callback(read(value), read(previous))),
    migrate: () => item.migrate(),
  };
}

/** The reader's settings (options page); readable from every extension context. */
export const settingsItem = defineValidatedItem(`local:${SETTINGS_KEY}`, SettingsSchema, {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: { 2: (old) => settingsV1ToV2(old) },
});

/** The access token and what it is good for, bound to the environment that issued it. */
export const AccessTokenSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  /** Epoch milliseconds. */
  expiresAt: z.number(),
  scopes: z.array(z.string()),
  environment: EnvironmentSchema,
  /** The account (the ID token's `sub`). */
  subject: z.optional(z.string()),
});
export type StoredAccessToken = z.infer<typeof AccessTokenSchema>;

/**
 * Background only. The access token lives in session storage: gone when the browser closes,
 * and closed to content scripts. (The refresh token is kept apart, in the extension's
 * IndexedDB; see entrypoints/background/auth/refresh-token-db.ts.)
 */
export const accessTokenItem = defineValidatedItem(
  'session:accessToken',
  z.nullable(AccessTokenSchema),
  { fallback: null, version: 1 },
);

/** The PKCE verifier, state and nonce of the sign-in under way. */
export const SignInAttemptSchema = z.object({
  codeVerifier: z.string().check(z.minLength(43)),
  state: z.string().check(z.minLength(1)),
  nonce: z.string().check(z.minLength(1)),
  redirectUri: z.url(),
});

/** Background only: the sign-in attempt under way, in session storage. */
export const signInAttemptItem = defineValidatedItem(
  'session:signInAttempt',
  z.nullable(SignInAttemptSchema),
  { fallback: null, version: 1 },
);

/** Background only: a range chosen with "Make goal from selection", waiting for the popup. */
export const pendingPrefillItem = defineValidatedItem(
  'session:pendingPrefill',
  z.nullable(VerseRangeSchema),
  { fallback: null, version: 1 },
);

/** A stored list whose items are checked one by one: an item no longer valid is dropped alone. */
export function listOf<T>(item: z.ZodMiniType<T>) {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((items: unknown[]) =>
      items.flatMap((raw): T[] => {
        const parsed = item.safeParse(raw);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
  );
}
const OutboxListSchema = listOf<OutboxEntry>(OutboxEntrySchema);

/** Background only: goals waiting to be sent, oldest first; kept across browser restarts. */
export const outboxItem = defineValidatedItem(`local:${OUTBOX_KEY}`, OutboxListSchema, {
  fallback: [],
  version: 1,
});

/**
 * Background only: the definition of each goal this device created or changed, per account
 * and environment (see `KnownGoalSchema`); kept across browser restarts.
 */
export const knownGoalsItem = defineValidatedItem(
  'local:knownGoals',
  listOf<KnownGoal>(KnownGoalSchema),
  {
    fallback: [],
    version: 1,
  },
);

/**
 * What the popup was last told: the account, and today's plan for the type and mushaf it
 * asked, when. Written by the background as it answers (and forgotten when the account
 * changes); the popup draws its first paint from it (through its copy, `first-paint.ts`),
 * until fresh answers come.
 */
export const PopupSnapshotSchema = z.object({
  account: AccountStateSchema,
  plan: TodaysPlanSchema,
  asked: z.object({ type: QuranGoalTypeSchema, mushafId: MushafIdSchema }),
  askedAt: z.number(),
});
export type PopupSnapshot = z.infer<typeof PopupSnapshotSchema>;

/** Read by the popup in the same read as the draft (`POPUP_START_KEYS`). */
export const popupSnapshotItem = defineValidatedItem(
  `local:${POPUP_SNAPSHOT_KEY}`,
  z.nullable(PopupSnapshotSchema),
  { fallback: null, version: 1 },
);
