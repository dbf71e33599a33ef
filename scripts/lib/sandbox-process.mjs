import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const READY = /Quran Foundation sandbox ready at (http:\/\/\S+)/;

/**
 * Starts `sandbox/cli.ts` as a child process and resolves once it prints its ready line,
 * with its base URL and the child. Its other output is passed through, prefixed.
 */
export function startSandboxProcess(root, args) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: Ctrl-C reaches `npm start` only, which stops the sandbox last.
    detached: true,
  });
  return new Promise((resolve, reject) => {
    let ready = false;
    let output = '';
    const onLine = (line) => {
      const match = READY.exec(line);
      if (!ready && match) {
        ready = true;
        resolve({ url: match[1], child });
      } else if (ready) {
        console.log(`[sandbox] ${line}`);
      } else {
        output += `${line}\n`;
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!ready) reject(new Error(`The sandbox exited (${code}) before it was ready:\n${output}`));
    });
  });
}

/** Stops a child started in its own process group (and its helpers), and waits for it to end. */
export function stopProcess(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  });
}
