/**
 * Which clients the sandbox accepts. Real clients are registered in the Quran Foundation
 * developer console; the sandbox instead accepts any client id whose redirect URI is an
 * extension's (Chrome's `*.chromiumapp.org`, Firefox's `*.extensions.allizom.org`) or on
 * this machine's loopback.
 */

/**
 * Scopes the sandbox grants; others are refused with `invalid_scope`. The children of
 * `activity_day` are those the Quran Foundation names for reading activity, those of
 * `reading_session` those its scopes page lists.
 */
export const KNOWN_SCOPES = [
  'openid',
  'offline_access',
  'offline',
  'goal',
  'streak',
  'activity_day',
  'activity_day.read',
  'activity_day.create',
  'activity_day.estimate',
  'activity_day.update',
  'activity_day.delete',
  'reading_session',
  'reading_session.read',
  'reading_session.create',
  'reading_session.update',
  'preference',
  'bookmark',
  'collection',
  'note',
  'post',
  'user',
];

/** The scope that covers a child scope (`activity_day` for `activity_day.read`), if any. */
export function parentScope(scope: string): string | undefined {
  const dot = scope.indexOf('.');
  return dot > 0 ? scope.slice(0, dot) : undefined;
}

/** Whether `granted` includes `scope` or the parent that covers it. */
export function covers(granted: readonly string[], scope: string): boolean {
  const parent = parentScope(scope);
  return granted.includes(scope) || (parent !== undefined && granted.includes(parent));
}

/**
 * What is wrong with a requested scope (space-separated) for a client approved for
 * `approved`: a scope the sandbox does not know, or one the client is not approved for (a
 * parent approves its children). Null when every scope may be granted.
 */
export function scopeProblem(requested: string, approved: string): string | null {
  const scopes = requested.split(' ');
  const unknown = scopes.filter((s) => !KNOWN_SCOPES.includes(s));
  if (unknown.length) return `Unknown scope: ${unknown.join(' ')}.`;
  const allowed = approved.split(' ');
  const refused = scopes.filter((s) => !covers(allowed, s));
  if (refused.length) return `The client is not approved for the scope: ${refused.join(' ')}.`;
  return null;
}

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];
const EXTENSION_HOST_SUFFIXES = ['.chromiumapp.org', '.extensions.allizom.org'];

/** Whether the sandbox will send a browser back to this redirect URI. */
export function isAllowedRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.hash || url.username || url.password) return false;
  if (url.protocol === 'https:' && EXTENSION_HOST_SUFFIXES.some((s) => url.hostname.endsWith(s))) {
    return true;
  }
  return ['http:', 'https:'].includes(url.protocol) && LOOPBACK_HOSTS.includes(url.hostname);
}

/** `uri` with these query parameters added (absent values left out). */
export function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) url.searchParams.set(name, value);
  }
  return url.href;
}
