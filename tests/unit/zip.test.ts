import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/** Files that must never leave the machine: private keys, local settings, scratch output. */
const PRIVATE = [
  /\.pem$/,
  /(^|\/)\.env/,
  /(^|\/)node_modules\//,
  /(^|\/)\.output\//,
  /(^|\/)\.wxt\//,
  /(^|\/)\.git\//,
  /^tests\/e2e\/\.tmp\//,
  /^test-results\//,
  /^bench\/results\.json$/,
  /^\.ci\//,
];

/** Private-looking files placed in the tree while the packages are made: they must stay out. */
const DECOYS = ['zip-test-decoy.pem', '.env.zip-test', 'test-results/zip-test-decoy.json'];

/** What `npm run zip` runs (`wxt zip`, then `wxt zip -b firefox`), into a folder of its own. */
const ZIP_BOTH = `
import { zip } from 'wxt';
const outDir = process.argv[1];
await zip({ browser: 'chrome', outDir, logLevel: 1 });
await zip({ browser: 'firefox', outDir, logLevel: 1 });
`;

let outDir: string;
let archives: Record<'chrome' | 'firefox' | 'sources', string[]>;
let manifests: Record<
  'chrome' | 'firefox',
  { host_permissions?: string[]; permissions?: string[] }
>;

/** The four Quran Foundation hosts the documents name (contract/qf-api/README.md), no other. */
const QF_HOSTS = [
  'https://apis.quran.foundation/*',
  'https://oauth2.quran.foundation/*',
  'https://apis-prelive.quran.foundation/*',
  'https://prelive-oauth2.quran.foundation/*',
];

async function entries(zipFile: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-Z1', zipFile], { maxBuffer: 16 * 1024 * 1024 });
  return stdout.split('\n').filter(Boolean);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'quran-goals-zip-'));
  for (const decoy of DECOYS) {
    mkdirSync(dirname(join(ROOT, decoy)), { recursive: true });
    writeFileSync(join(ROOT, decoy), 'not for packages');
  }
  // As `npm run zip` runs on a maintainer's machine: no WXT_QF_* variable at all.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('WXT_QF_')),
  );
  try {
    await run(process.execPath, ['--input-type=module', '-e', ZIP_BOTH, outDir], {
      cwd: ROOT,
      env,
    });
  } finally {
    for (const decoy of DECOYS) rmSync(join(ROOT, decoy), { force: true });
  }
  const zips = readdirSync(outDir).filter((name) => name.endsWith('.zip'));
  const path = (pattern: RegExp) => {
    const name = zips.find((zip) => pattern.test(zip));
    if (!name) throw new Error(`No ${pattern} among ${zips.join(', ')}`);
    return join(outDir, name);
  };
  const manifest = async (zipFile: string) =>
    JSON.parse((await run('unzip', ['-p', zipFile, 'manifest.json'])).stdout);
  archives = {
    chrome: await entries(path(/-chrome\.zip$/)),
    firefox: await entries(path(/-firefox\.zip$/)),
    sources: await entries(path(/-sources\.zip$/)),
  };
  manifests = {
    chrome: await manifest(path(/-chrome\.zip$/)),
    firefox: await manifest(path(/-firefox\.zip$/)),
  };
}, 240_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('npm run zip', () => {
  it.each(['chrome', 'firefox', 'sources'] as const)(
    'the %s package holds no private or local file',
    (name) => {
      const leaked = archives[name].filter((entry) => PRIVATE.some((rule) => rule.test(entry)));
      expect(leaked).toEqual([]);
    },
  );

  it('the store packages are the built extension', () => {
    for (const name of ['chrome', 'firefox'] as const) {
      expect(archives[name]).toEqual(
        expect.arrayContaining(['manifest.json', 'popup.html', 'options.html']),
      );
      expect(archives[name].some((entry) => entry.startsWith('content-scripts/'))).toBe(true);
      expect(archives[name].some((entry) => /^(entrypoints|utils|tests)\//.test(entry))).toBe(
        false,
      );
    }
    expect(archives.chrome).toContain('background.js');
  });

  it('the store packages talk to the Quran Foundation hosts only, never to this computer', () => {
    // Chrome (MV3) lists hosts apart; Firefox's MV2 lists them among the permissions.
    const hosts = {
      chrome: manifests.chrome.host_permissions ?? [],
      firefox: (manifests.firefox.permissions ?? []).filter((entry) => entry.includes('://')),
    };
    for (const [name, list] of Object.entries(hosts)) {
      console.info(`${name} package hosts: ${list.join(' ')}`);
      expect(list, name).toEqual(QF_HOSTS);
    }
  });

  it('the sources package can rebuild the add-on', () => {
    expect(archives.sources).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        'wxt.config.ts',
        'tsconfig.json',
      ]),
    );
    expect(archives.sources.some((entry) => entry.startsWith('entrypoints/'))).toBe(true);
    expect(archives.sources.some((entry) => entry.startsWith('utils/'))).toBe(true);
  });
});
