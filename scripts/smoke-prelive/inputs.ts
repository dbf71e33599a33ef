import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENVIRONMENT_DEFAULTS } from '../../utils/environments';
import { chromeExtensionId } from '../lib/extension-id.mjs';

/** The only environment this check talks to. */
export const PRELIVE = ENVIRONMENT_DEFAULTS.prelive;
const PRODUCTION = ENVIRONMENT_DEFAULTS.production;
const PRODUCTION_HOSTS = [PRODUCTION.apiBaseUrl, PRODUCTION.oauthBaseUrl].map(
  (url) => new URL(url).hostname,
);
export const RUN_COMMAND = 'QF_PRELIVE_CLIENT_ID=your-client-id npm run smoke:prelive';

/** Why the run must not start (production or another server named), or null. */
export function refusal(env: NodeJS.ProcessEnv): string | null {
  const name = env.WXT_QF_ENV;
  if (name && name !== 'prelive') {
    const which = name === 'production' ? 'production' : `"${name}"`;
    return (
      `WXT_QF_ENV is ${which}: this check runs against pre-live only, never production. ` +
      'Unset WXT_QF_ENV (or set it to prelive) and run again.'
    );
  }
  const bases = [
    ['WXT_QF_API_BASE_URL', env.WXT_QF_API_BASE_URL, PRELIVE.apiBaseUrl],
    ['WXT_QF_OAUTH_BASE_URL', env.WXT_QF_OAUTH_BASE_URL, PRELIVE.oauthBaseUrl],
  ] as const;
  for (const [variable, value, prelive] of bases) {
    if (!value) continue;
    const host = hostnameOf(value);
    if (host && PRODUCTION_HOSTS.includes(host)) {
      return `${variable} points at production (${host}): this check never runs against production. Unset it and run again.`;
    }
    if (value.replace(/\/+$/, '') !== prelive) {
      return `${variable} is ${value}, not pre-live's ${prelive}: this check talks to pre-live only. Unset it and run again.`;
    }
  }
  return null;
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/** The redirect URL to register: the Chrome id that the manifest's public key gives. */
export async function redirectUrlToRegister(): Promise<string> {
  const { default: config } = await import('../../wxt.config');
  const manifest = (config.manifest as (env: { browser: string }) => { key?: string })({
    browser: 'chrome',
  });
  const dir = mkdtempSync(join(tmpdir(), 'quran-goals-manifest-'));
  try {
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const id = chromeExtensionId(dir);
    return id ? `https://${id}.chromiumapp.org/` : 'https://<extension id>.chromiumapp.org/';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the run needs, with the redirect URL to register, when no client id was given. */
export function printNeeds(redirectUrl: string): void {
  console.log(
    [
      'npm run smoke:prelive checks the real pre-live Quran Foundation service. It needs:',
      '  - QF_PRELIVE_CLIENT_ID: the client id of a "frontend or mobile app" registered in the',
      '    Quran Foundation developer console for pre-live, with this redirect URL:',
      `      ${redirectUrl}`,
      "  - a pre-live account (pre-live has its own accounts, separate from Quran.com's): you",
      '    sign in with it yourself on the real sign-in page, within 5 minutes;',
      '  - a display (DISPLAY) for that sign-in window, and Chromium or Chrome (CHROME_PATH, or',
      '    one installed where it usually is).',
      `Then run: ${RUN_COMMAND}`,
      'QF_PRELIVE_CLIENT_ID is not set, so nothing was checked and nothing is claimed.',
    ].join('\n'),
  );
}
