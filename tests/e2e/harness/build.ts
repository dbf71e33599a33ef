import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, scratchDir } from './paths';

/** Which build a test needs, besides the sandbox it talks to. */
export interface BuildVariant {
  browser?: 'chrome' | 'firefox';
  /** `e2e` keeps the test-only hooks in; `production` leaves them out. */
  mode?: 'e2e' | 'production';
  /** Client id baked in; the sandbox's own by default. */
  clientId?: string;
  /** API timeout baked in (`WXT_QF_TIMEOUT_MS`); the product's 15 s by default. */
  timeoutMs?: number;
}

/** What a test needs built. */
export interface BuildOptions extends BuildVariant {
  /** The sandbox the build talks to by default (`http://127.0.0.1:N`). */
  sandboxUrl: string;
}

/** Everything that can change a build: sources, assets and configuration. */
const INPUTS = ['entrypoints', 'components', 'utils', 'public', 'assets', 'locales'];
const INPUT_FILES = ['wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/** A hash of the build's inputs, so that an unchanged tree is built once. */
function fingerprint(vars: Record<string, string>, browser: string, mode: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ vars, browser, mode }));
  const files = [
    ...INPUTS.flatMap((dir) => listFiles(join(ROOT, dir))),
    ...INPUT_FILES.map((file) => join(ROOT, file)).filter(existsSync),
  ].sort();
  for (const file of files)
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The `WXT_QF_*` build variables that point a build at a sandbox. */
export function sandboxBuildVariables(sandboxUrl: string, clientId = 'quran-goals-sandbox') {
  return {
    WXT_QF_ENV: 'sandbox',
    WXT_QF_API_BASE_URL: `${sandboxUrl}/auth`,
    WXT_QF_OAUTH_BASE_URL: sandboxUrl,
    WXT_QF_CLIENT_ID: clientId,
  };
}

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`Build failed (exit ${code}):\n${output}`)),
    );
  });
}

/**
 * Builds the extension for a sandbox and answers the folder to load. A build whose inputs
 * have not changed since the last one is reused, so test files sharing a sandbox port build
 * once per run.
 */
export async function buildExtension(options: BuildOptions): Promise<string> {
  const browser = options.browser ?? 'chrome';
  const mode = options.mode ?? 'e2e';
  const vars: Record<string, string> = sandboxBuildVariables(options.sandboxUrl, options.clientId);
  if (options.timeoutMs) vars.WXT_QF_TIMEOUT_MS = String(options.timeoutMs);
  const key = fingerprint(vars, browser, mode);
  const builds = scratchDir('builds');
  const dir = join(builds, `${browser}-${mode}-${key}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;

  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const script = join(ROOT, 'scripts/build-extension.mjs');
  await run([script, '--browser', browser, '--mode', mode, '--out', partial], vars);
  renameSync(partial, dir);
  pruneOldBuilds(builds, dir);
  return dir;
}

/** Removes builds older than a day, so the scratch folder does not grow without end. */
function pruneOldBuilds(builds: string, keep: string): void {
  const dayAgo = Date.now() - 86_400_000;
  for (const name of readdirSync(builds)) {
    const path = join(builds, name);
    if (path !== keep && statSync(path).mtimeMs < dayAgo) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}
