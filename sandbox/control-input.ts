import { isApiErrorStatus } from './catalog';
import { FAULT_ROUTES, type Fault, type FaultRoute } from './faults';
import { KNOWN_SCOPES } from './oauth/clients';
import {
  CHOICE_SETTINGS,
  type ChoiceSetting,
  DEFAULT_SETTINGS,
  type SandboxSettings,
  SWITCH_SETTINGS,
  type SwitchSetting,
} from './settings';

/**
 * Readers of the test controls' JSON bodies. Each throws a `ControlError` (answered 400)
 * naming the field that is wrong, so that a mistaken test fails loudly.
 */

/** A test-control request that cannot be followed. */
export class ControlError extends Error {}

/** A control's JSON body. */
export type Fields = Record<string, unknown>;

/** Refuses a control request, saying why. */
export const fail = (message: string): never => {
  throw new ControlError(message);
};

/** The body as an object. */
export function asFields(body: unknown): Fields {
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as Fields)
    : fail('Send a JSON object.');
}

/** A whole-number field from `min` to `max`, if given. */
export function whole(fields: Fields, name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const value = fields[name];
  if (value === undefined) return undefined;
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
    ? (value as number)
    : fail(`${name} must be a whole number from ${min} to ${max}.`);
}

function flag(fields: Fields, name: string): boolean | undefined {
  const value = fields[name];
  return value === undefined || typeof value === 'boolean'
    ? value
    : fail(`${name} must be true or false.`);
}

/** `POST /__sandbox/faults` */
export function readFault(fields: Fields): { route: FaultRoute; fault: Fault; count: number } {
  const route = FAULT_ROUTES.includes(fields.route as FaultRoute)
    ? (fields.route as FaultRoute)
    : fail(`route must be one of ${FAULT_ROUTES.join(', ')}.`);
  const status = fields.status;
  if (status !== undefined && !isApiErrorStatus(status)) {
    fail('status must be a documented error status (400, 401, 403, 404, 422, 429, 500, 502-504).');
  }
  const fault: Fault = {
    status: status as Fault['status'],
    delayMs: whole(fields, 'delayMs', 0, 120_000),
    drop: flag(fields, 'drop'),
    malformed: flag(fields, 'malformed'),
    commitThenDrop: flag(fields, 'commitThenDrop'),
  };
  if (!fault.status && !fault.delayMs && !fault.drop && !fault.malformed && !fault.commitThenDrop) {
    fail('Say what the fault does: status, delayMs, drop, malformed or commitThenDrop.');
  }
  return { route, fault, count: whole(fields, 'count', 1, 10_000) ?? 1 };
}

/** `POST /__sandbox/rate-limit`: `limit` calls per `windowMs` (a minute unless given). */
export function readRateLimit(fields: Fields): { limit: number; windowMs: number } {
  const limit = whole(fields, 'limit', 0) ?? fail('limit is required.');
  return { limit, windowMs: whole(fields, 'windowMs', 1) ?? 60_000 };
}

/** A space-separated list of scopes the sandbox knows. */
export function readScopes(value: unknown, name: string): string {
  if (
    typeof value !== 'string' ||
    !value ||
    value.split(' ').some((s) => !KNOWN_SCOPES.includes(s))
  ) {
    fail(`${name} must be scopes separated by spaces, from ${KNOWN_SCOPES.join(', ')}.`);
  }
  return value as string;
}

/**
 * `POST /__sandbox/settings`: the settings to change. A field that is not a setting, or a
 * value the setting does not take, is refused.
 */
export function readSettings(fields: Fields): Partial<SandboxSettings> {
  const changes: Partial<SandboxSettings> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'tokenLifetime') {
      changes.tokenLifetime = whole(fields, name, 1);
    } else if (name === 'readingRate') {
      changes.readingRate = whole(fields, name, 1, 3600);
    } else if (name === 'clientScopes') {
      changes.clientScopes = readScopes(value, name);
    } else if (SWITCH_SETTINGS.includes(name as SwitchSetting)) {
      changes[name as SwitchSetting] = flag(fields, name);
    } else if (Object.hasOwn(CHOICE_SETTINGS, name)) {
      const allowed: readonly unknown[] = CHOICE_SETTINGS[name as ChoiceSetting];
      if (!allowed.includes(value)) {
        fail(`${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}.`);
      }
      Object.assign(changes, { [name]: value });
    } else {
      fail(
        `${name} is not a setting; the settings are ${Object.keys(DEFAULT_SETTINGS).join(', ')}.`,
      );
    }
  }
  return changes;
}
