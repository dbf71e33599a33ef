import * as z from 'zod/mini';
import { type Environment, EnvironmentNameSchema } from '../environments';
import { defineValidatedItem } from './index';
import { UNAVAILABLE_SCOPES_KEY } from './keys';

/**
 * Scopes one client's registration does not allow: the authorization server answered
 * `invalid_scope` when they were asked. Kept per environment, authorization server and client
 * id, since the registration belongs to the client at that server.
 */
export const UnavailableScopesSchema = z.object({
  environment: EnvironmentNameSchema,
  oauthBaseUrl: z.string(),
  clientId: z.string(),
  scopes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});
export type UnavailableScopes = z.infer<typeof UnavailableScopesSchema>;

/** Background only: every client's unavailable scopes; kept across browser restarts. */
export const unavailableScopesItem = defineValidatedItem(
  `local:${UNAVAILABLE_SCOPES_KEY}`,
  z.array(UnavailableScopesSchema),
  { fallback: [], version: 1 },
);

/** Reads and writes the unavailable scopes of the client of an environment. */
export interface UnavailableScopesStore {
  /** The scopes this client's registration does not allow; empty when none are known. */
  get(env: Environment): Promise<string[]>;
  /** Records `scopes` for this client, in place of what was known; empty forgets the record. */
  set(env: Environment, scopes: readonly string[]): Promise<void>;
}

const sameClient = (record: UnavailableScopes, env: Environment) =>
  record.environment === env.name &&
  record.oauthBaseUrl === env.oauthBaseUrl &&
  record.clientId === env.clientId;

/** The store over `item` (`unavailableScopesItem` unless given). */
export function unavailableScopesStore(item = unavailableScopesItem): UnavailableScopesStore {
  return {
    async get(env) {
      return (await item.getValue()).find((record) => sameClient(record, env))?.scopes ?? [];
    },
    async set(env, scopes) {
      const records = await item.getValue();
      const others = records.filter((record) => !sameClient(record, env));
      const unique = [...new Set(scopes)];
      if (!unique.length && others.length === records.length) return;
      const record = {
        environment: env.name,
        oauthBaseUrl: env.oauthBaseUrl,
        clientId: env.clientId,
        scopes: unique,
      };
      await item.setValue(unique.length ? [...others, record] : others);
    },
  };
}
