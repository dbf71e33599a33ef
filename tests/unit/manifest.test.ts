import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../wxt.config';

/**
 * The built Chrome manifest is the contract with the store and with the reader: a new
 * permission, host or content-script site must be a deliberate change of this test.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/build-extension.mjs');

interface Manifest {
  name?: string;
  description?: string;
  default_locale?: string;
  action?: { default_title?: string };
  version?: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean }[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  icons?: Record<string, string>;
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

const PERMISSIONS = ['storage', 'identity', 'contextMenus', 'alarms'];
/**
 * Asked only when the reader turns the daily reminder on (options page), so that installing
 * asks for no notification right: its notifications are the reminder's only.
 */
const OPTIONAL_PERMISSIONS = ['notifications'];
const QF_HOSTS = [
  'https://apis.quran.foundation/*',
  'https://oauth2.quran.foundation/*',
  'https://apis-prelive.quran.foundation/*',
  'https://prelive-oauth2.quran.foundation/*',
];
const CONTENT_SCRIPT_MATCHES = [
  ['https://alquran.cloud/*', 'https://www.alquran.cloud/*'],
  ['http://corpus.quran.com/*', 'https://corpus.quran.com/*'],
  ['https://previous.quran.com/*'],
  ['https://quran.com/*'],
  ['http://quran.ksu.edu.sa/*', 'https://quran.ksu.edu.sa/*'],
  ['https://quranenc.com/*', 'https://www.quranenc.com/*'],
  ['https://quranwbw.com/*', 'https://www.quranwbw.com/*'],
  ['https://tanzil.net/*', 'https://www.tanzil.net/*'],
];

/** Builds the Chrome extension in production mode with only `vars` as `WXT_QF_*` variables. */
function build(out: string, vars: Record<string, string>): Promise<Manifest> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('WXT_QF_')) env[key] = value;
  }
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [SCRIPT, '--browser', 'chrome', '--mode', 'production', '--out', out],
      { cwd: ROOT, env: { ...env, ...vars }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) => {
      if (code !== 0) return fail(new Error(`Build failed (${code}):\n${output}`));
      done(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest);
    });
  });
}

const scratch = mkdtempSync(join(tmpdir(), 'quran-goals-manifest-'));
let production: Manifest;

/** The manifest keys `wxt.config.ts` writes for a build made with `vars` (no full build). */
function configManifest(vars: Record<string, string>, browser = 'chrome'): Manifest {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env))
    if (key.startsWith('WXT_QF_')) delete process.env[key];
  Object.assign(process.env, vars);
  try {
    const manifest = config.manifest as (env: { browser: string }) => Manifest;
    return manifest({ browser });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

beforeAll(async () => {
  // No WXT_QF_* variable at all: what `npm run build` and `npm run zip` make.
  production = await build(join(scratch, 'production'), {});
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the production Chrome manifest', () => {
  it('asks for exactly these permissions and hosts', () => {
    expect(production.permissions).toEqual(PERMISSIONS);
    expect(production.host_permissions).toEqual(QF_HOSTS);
    expect(production.optional_permissions).toEqual(OPTIONAL_PERMISSIONS);
    expect(production.optional_host_permissions).toBeUndefined();
  });

  it('names and describes the product in the reader’s language, and carries its icons at every size the stores ask for', () => {
    // Chrome and Firefox put each locale's `extName` and `extDescription` in place of these.
    expect(production.name).toBe('__MSG_extName__');
    expect(production.description).toBe('__MSG_extDescription__');
    expect(production.default_locale).toBe('en');
    expect(Object.keys(production.icons ?? {})).toEqual(['16', '32', '48', '96', '128']);
    for (const file of Object.values(production.icons ?? {})) {
      expect(
        readFileSync(join(scratch, 'production', file))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
    }
  });

  it('runs content scripts only on the supported Quran sites, top frames only', () => {
    const scripts = production.content_scripts ?? [];
    expect(scripts.map((script) => script.matches)).toEqual(CONTENT_SCRIPT_MATCHES);
    expect(scripts.some((script) => script.all_frames)).toBe(false);
  });

  it('opens the popup from the keyboard: Alt+Shift+Q, and no other command', () => {
    expect(production.commands).toEqual({
      _execute_action: { suggested_key: { default: 'Alt+Shift+Q' } },
    });
  });

  it('keeps the default extension CSP and opens no door to pages or other extensions', () => {
    expect(production.content_security_policy).toBeUndefined();
    expect(production.externally_connectable).toBeUndefined();
    expect(production.web_accessible_resources).toBeUndefined();
  });
});

/**
 * The environment object `wxt.config.ts` wrote into a bundle, where `buildEnvironment` reads
 * it: `.parse({name:…,apiBaseUrl:…,oauthBaseUrl:…,clientId:…})`, strings in any quotes.
 */
function bundledEnvironment(code: string): Record<string, string> {
  const text = '["\'`]([^"\'`]*)["\'`]';
  const found = code.match(
    new RegExp(
      `\\.parse\\(\\{name:${text},apiBaseUrl:${text},oauthBaseUrl:${text},clientId:${text}\\}\\)`,
    ),
  );
  if (!found) throw new Error('No build environment in the bundle');
  const [, name = '', apiBaseUrl = '', oauthBaseUrl = '', clientId = ''] = found;
  return { name, apiBaseUrl, oauthBaseUrl, clientId };
}

describe('the production build', () => {
  it('is made by default: with no variables it talks to the documented production hosts', () => {
    const background = readFileSync(join(scratch, 'production', 'background.js'), 'utf8');
    // Hosts as the Quran Foundation documents them (contract/qf-api/README.md); no client id.
    expect(bundledEnvironment(background)).toEqual({
      name: 'production',
      apiBaseUrl: 'https://apis.quran.foundation/auth',
      oauthBaseUrl: 'https://oauth2.quran.foundation',
      clientId: '',
    });
    expect(production.host_permissions?.some((host) => /127\.0\.0\.1|localhost/.test(host))).toBe(
      false,
    );
  });

  it('carries the version written once, in package.json, and the changelog names it', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(production.version).toBe(version);
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog.match(/^## \[?(\d+\.\d+\.\d+)/m)?.[1]).toBe(version);
  });

  it('ships the privacy policy of docs/PRIVACY.md as a page with no script', () => {
    const page = readFileSync(join(scratch, 'production', 'privacy.html'), 'utf8');
    const policy = readFileSync(join(ROOT, 'docs/PRIVACY.md'), 'utf8');
    const headings = [...policy.matchAll(/^#+ (.+)$/gm)].map((match) => match[1]);
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(page).toContain(`>${heading}</h`);
    expect(page).toContain('<table>');
    expect(page).not.toMatch(/<script/i);
  });

  it('carries none of the test-only hooks of e2e builds', () => {
    const dist = join(scratch, 'production');
    const scripts = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    expect(scripts).toContain('background.js');
    for (const file of scripts) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/e2e:[a-zA-Z]/);
    }
  });
});

describe('the Firefox manifest (Manifest V2)', () => {
  it('opens the popup from the keyboard through its browser action', () => {
    expect(configManifest({}, 'firefox').commands).toEqual({
      _execute_browser_action: { suggested_key: { default: 'Alt+Shift+Q' } },
    });
  });

  it('asks for the same permissions, notifications only as optional', () => {
    const firefox = configManifest({}, 'firefox');
    expect(firefox.permissions).toEqual(PERMISSIONS);
    expect(firefox.optional_permissions).toEqual(OPTIONAL_PERMISSIONS);
  });
});

describe('the sandbox Chrome manifest', () => {
  it('adds only the loopback host to the production lists', () => {
    const vars = { WXT_QF_ENV: 'sandbox', WXT_QF_OAUTH_BASE_URL: 'http://127.0.0.1:8787' };
    const ownProduction = configManifest({ WXT_QF_ENV: 'production' });
    const sandbox = configManifest({ ...vars, WXT_QF_API_BASE_URL: 'http://127.0.0.1:8787/auth' });
    expect(ownProduction.host_permissions).toEqual(production.host_permissions);
    expect(sandbox.permissions).toEqual(PERMISSIONS);
    expect(sandbox.optional_permissions).toEqual(OPTIONAL_PERMISSIONS);
    expect(sandbox.host_permissions).toEqual([...QF_HOSTS, 'http://127.0.0.1/*']);
    expect(sandbox.content_security_policy).toBeUndefined();
  });
});
