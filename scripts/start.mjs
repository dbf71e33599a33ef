/**
 * `npm start`: starts the local sandbox, builds the extension for it (Chrome and Firefox),
 * and opens Chromium or Chrome with the extension loaded in a fresh profile. Without a
 * display it says so and tells where the builds are and how to load them by hand; the
 * sandbox runs until Ctrl-C.
 *
 * Options: `--port N` (default 8787, or a free port when that one is taken), `--no-browser`;
 * any other option goes to the sandbox (`--existing-goal reject`, `--token-lifetime 60`…).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeExtensionId } from './lib/extension-id.mjs';
import { findBrowser, hasDisplay } from './lib/find-browser.mjs';
import { manualLoadHelp } from './lib/manual-load.mjs';
import { startSandboxProcess, stopProcess } from './lib/sandbox-process.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PORT = 8787;

function parseCli(argv) {
  const options = { port: undefined, browser: true, sandboxArgs: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i] === '--no-browser') options.browser = false;
    else options.sandboxArgs.push(argv[i]);
  }
  return options;
}

/** The sandbox on the asked port, or on 8787, or on any free port when 8787 is taken. */
async function startSandbox({ port, sandboxArgs }) {
  if (port !== undefined)
    return startSandboxProcess(ROOT, ['--port', String(port), ...sandboxArgs]);
  try {
    return await startSandboxProcess(ROOT, ['--port', String(DEFAULT_PORT), ...sandboxArgs]);
  } catch (error) {
    if (!/EADDRINUSE|in use/i.test(error.message)) throw error;
    console.log(`Port ${DEFAULT_PORT} is taken; the sandbox takes a free port instead.`);
    return startSandboxProcess(ROOT, ['--port', '0', ...sandboxArgs]);
  }
}

function build(browser, outDir, sandboxUrl) {
  const env = {
    ...process.env,
    WXT_QF_ENV: 'sandbox',
    WXT_QF_API_BASE_URL: `${sandboxUrl}/auth`,
    WXT_QF_OAUTH_BASE_URL: sandboxUrl,
    WXT_QF_CLIENT_ID: process.env.WXT_QF_CLIENT_ID || 'quran-goals-sandbox',
  };
  const script = join(ROOT, 'scripts/build-extension.mjs');
  const args = [script, '--browser', browser, '--mode', 'production', '--out', outDir];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${browser} build failed`)),
    );
  });
}

/** Files a Chromium profile holds while a browser runs on it (Linux and macOS, Windows). */
const RUNNING_MARKERS = ['SingletonSocket', 'lockfile'];

/** Waits until a browser runs on `profile` (or gives up after 15 s). */
async function browserRunning(profile) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (RUNNING_MARKERS.some((name) => existsSync(join(profile, name)))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Opens the browser with the extension in a fresh profile, then its popup page in a tab.
 * A URL given at launch is loaded before the extension and blocked, so the page is opened
 * by a second invocation, which the running browser takes over.
 */
async function openBrowser(executable, chromeDir) {
  const profile = mkdtempSync(join(tmpdir(), 'quran-goals-start-'));
  const common = [
    `--user-data-dir=${profile}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ];
  const args = [
    ...common,
    `--load-extension=${chromeDir}`,
    `--disable-extensions-except=${chromeDir}`,
    // Branded Chrome 137+ ignores --load-extension unless this feature is switched off.
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    '--no-first-run',
    '--no-default-browser-check',
  ];
  // Its own process group: Ctrl-C reaches this script only, which then closes things in order.
  const child = spawn(executable, args, { stdio: 'ignore', detached: true });
  const id = chromeExtensionId(chromeDir);
  if (id && (await browserRunning(profile))) {
    spawn(executable, [...common, `chrome-extension://${id}/popup.html`], { stdio: 'ignore' });
  }
  return { child, profile };
}

const options = parseCli(process.argv.slice(2));
const sandbox = await startSandbox(options);
const chromeDir = join(ROOT, '.output/chrome-mv3');
const firefoxDir = join(ROOT, '.output/firefox-mv2');
let browser;
let stopping = false;

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  await stopProcess(browser?.child);
  await stopProcess(sandbox.child);
  try {
    if (browser) rmSync(browser.profile, { recursive: true, force: true, maxRetries: 10 });
  } catch (error) {
    console.error(`Could not remove the browser profile ${browser.profile}: ${error.message}`);
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
sandbox.child.once('exit', (code) => {
  if (stopping) return;
  console.error(`The sandbox stopped (exit ${code}).`);
  void stop(code || 0);
});

try {
  await build('chrome', chromeDir, sandbox.url);
  await build('firefox', firefoxDir, sandbox.url);
} catch (error) {
  console.error(error.message);
  await stop(1);
}

console.log(
  `\nSandbox:       ${sandbox.url}  (API ${sandbox.url}/auth/v1, controls ${sandbox.url}/__sandbox/)`,
);
console.log(`Chrome build:  ${chromeDir}`);
console.log(`Firefox build: ${firefoxDir}\n`);

const executable = options.browser && hasDisplay() ? findBrowser() : undefined;
if (!options.browser) {
  console.log(manualLoadHelp({ chromeDir, firefoxDir }));
} else if (!hasDisplay()) {
  console.log('No display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser is opened.');
  console.log(manualLoadHelp({ chromeDir, firefoxDir }));
} else if (!executable) {
  console.log('No Chromium or Chrome found: install one, or set CHROME_PATH to its executable.');
  console.log(manualLoadHelp({ chromeDir, firefoxDir }));
} else {
  browser = await openBrowser(executable, chromeDir);
  console.log(`Opened ${executable} with the extension, in a fresh profile.`);
  browser.child.once('exit', () => {
    if (stopping) return;
    console.log('The browser was closed; stopping the sandbox.');
    void stop();
  });
}
console.log('\nThe sandbox keeps running until Ctrl-C.');
