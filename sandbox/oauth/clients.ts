/**
 * Which clients the sandbox accepts. Real clients are registered in the Quran Foundation
 * developer console; the sandbox instead accepts any client id whose redirect URI is an
 * extension's (Chrome's `*.chromiumapp.org`, Firefox's `*.extensions.allizom.org`) or on
 * this machine's loopback.
 */

/** Scopes the sandbox grants; others are refused with `invalid_scope`. */
export const KNOWN_SCOPES = [
  'openid',
  'offline_access',
  'offline',
  'goal',
  'streak',
  'activity_day',
  'reading_session',
  'preference',
  'bookmark',
  'collection',
  'note',
  'post',
  'user',
];

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
