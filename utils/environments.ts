import * as z from 'zod/mini';

/** The Quran Foundation environments the extension can talk to. */
export const EnvironmentNameSchema = z.enum(['production', 'prelive', 'sandbox']);
export type EnvironmentName = z.infer<typeof EnvironmentNameSchema>;

/** Base URLs and OAuth2 client of one environment. */
export const EnvironmentSchema = z.object({
  name: EnvironmentNameSchema,
  /** User API base, without a trailing slash: `${apiBaseUrl}/v1/goals`. */
  apiBaseUrl: z.url(),
  /** OAuth2 server base, without a trailing slash: `${oauthBaseUrl}/oauth2/token`. */
  oauthBaseUrl: z.url(),
  /** OAuth2 client id; empty when none is configured yet. */
  clientId: z.string(),
});
export type Environment = z.infer<typeof EnvironmentSchema>;

/** The local sandbox's default address (`npm run sandbox`). */
export const SANDBOX_ORIGIN = 'http://127.0.0.1:8787';
/** The client id the sandbox accepts without registration. */
export const SANDBOX_CLIENT_ID = 'quran-goals-sandbox';

/** Documented hosts of each environment (contract/qf-api README), and the sandbox's defaults. */
export const ENVIRONMENT_DEFAULTS: Record<EnvironmentName, Environment> = {
  production: {
    name: 'production',
    apiBaseUrl: 'https://apis.quran.foundation/auth',
    oauthBaseUrl: 'https://oauth2.quran.foundation',
    clientId: '',
  },
  prelive: {
    name: 'prelive',
    apiBaseUrl: 'https://apis-prelive.quran.foundation/auth',
    oauthBaseUrl: 'https://prelive-oauth2.quran.foundation',
    clientId: '',
  },
  sandbox: {
    name: 'sandbox',
    apiBaseUrl: `${SANDBOX_ORIGIN}/auth`,
    oauthBaseUrl: SANDBOX_ORIGIN,
    clientId: SANDBOX_CLIENT_ID,
  },
};

/** Build variables that choose the default environment (`WXT_QF_*`). */
export interface BuildVariables {
  WXT_QF_ENV?: string;
  WXT_QF_API_BASE_URL?: string;
  WXT_QF_OAUTH_BASE_URL?: string;
  WXT_QF_CLIENT_ID?: string;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

/** Match pattern for an origin's every path and port (`http://127.0.0.1/*`). */
export function hostPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

/** Host permissions every build has: the four Quran Foundation hosts. */
export const QF_HOST_PERMISSIONS = [
  ENVIRONMENT_DEFAULTS.production.apiBaseUrl,
  ENVIRONMENT_DEFAULTS.production.oauthBaseUrl,
  ENVIRONMENT_DEFAULTS.prelive.apiBaseUrl,
  ENVIRONMENT_DEFAULTS.prelive.oauthBaseUrl,
].map(hostPattern);

/**
 * The environment a build starts with, from its `WXT_QF_*` variables (production by default:
 * the sandbox only when a build asks for it),
 * and the host permissions it needs: the Quran Foundation hosts, plus the build's own
 * base URLs when they point elsewhere (the sandbox or another local stand-in).
 */
export function resolveBuildEnvironment(vars: BuildVariables): {
  environment: Environment;
  hostPermissions: string[];
} {
  const name = EnvironmentNameSchema.parse(vars.WXT_QF_ENV || 'production');
  const defaults = ENVIRONMENT_DEFAULTS[name];
  const environment = EnvironmentSchema.parse({
    name,
    apiBaseUrl: trimSlash(vars.WXT_QF_API_BASE_URL || defaults.apiBaseUrl),
    oauthBaseUrl: trimSlash(vars.WXT_QF_OAUTH_BASE_URL || defaults.oauthBaseUrl),
    clientId: vars.WXT_QF_CLIENT_ID ?? defaults.clientId,
  });
  const extra = [environment.apiBaseUrl, environment.oauthBaseUrl]
    .map(hostPattern)
    .filter((pattern) => !QF_HOST_PERMISSIONS.includes(pattern));
  return { environment, hostPermissions: [...new Set([...QF_HOST_PERMISSIONS, ...extra])] };
}

declare const __QF_BUILD_ENVIRONMENT__: unknown;

/**
 * The environment this build was made for: resolved once from the `WXT_QF_*` variables by
 * `wxt.config.ts` (and by the unit tests' config) and written into the bundle as it is.
 */
export function buildEnvironment(): Environment {
  return EnvironmentSchema.parse(__QF_BUILD_ENVIRONMENT__);
}

/** A query of the User API: each value written out, undefined ones left out. */
export type ApiQuery = Record<string, string | number | undefined>;

/** Builds `${apiBaseUrl}${path}?query`, leaving out undefined query values. */
export function apiUrl(base: string, path: string, query: ApiQuery = {}): URL {
  const url = new URL(`${base}${path}`);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url;
}
