import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ExtensionBrowser, launchExtension } from '../../tests/e2e/harness/browser';
import { ROOT, scratchDir } from '../../tests/e2e/harness/paths';
import { PRELIVE } from './inputs';

function preliveBuildVariables(clientId: string): Record<string, string> {
  return {
    WXT_QF_ENV: 'prelive',
    WXT_QF_API_BASE_URL: PRELIVE.apiBaseUrl,
    WXT_QF_OAUTH_BASE_URL: PRELIVE.oauthBaseUrl,
    WXT_QF_CLIENT_ID: clientId,
  };
}

/** Runs a Node script from the repository's root, its output shown as it comes. */
function runNode(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The build failed (exit ${code}).`)),
    );
  });
}

/** An e2e-mode Chrome build for pre-live's hosts, in a scratch folder; answers the folder. */
export async function buildForPrelive(clientId: string): Promise<string> {
  const out = join(scratchDir('prelive'), 'chrome-e2e');
  rmSync(out, { recursive: true, force: true });
  console.log(`Building the extension for pre-live (client id ${clientId}) into ${out}…`);
  const script = join(ROOT, 'scripts/build-extension.mjs');
  const args = [script, '--browser', 'chrome', '--mode', 'e2e', '--out', out];
  await runNode(args, preliveBuildVariables(clientId));
  return out;
}

/** A headed Chromium with the build, on the maintainer's display. */
export function openBrowser(distDir: string, executable: string): Promise<ExtensionBrowser> {
  // The harness launches `CHROME_PATH` (Debian's Chromium otherwise).
  process.env.CHROME_PATH = executable;
  // Branded Chrome 137+ ignores --load-extension unless this feature is switched off.
  const args = ['--disable-features=DisableLoadExtensionCommandLineSwitch'];
  return launchExtension(distDir, { headed: true, args });
}
