import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

/** A virtual X display for headed browser runs. */
export interface VirtualDisplay {
  /** The `DISPLAY` value, e.g. `:99`. */
  display: string;
  close(): Promise<void>;
}

/** Starts `Xvfb` on a free display number (it tells which through `-displayfd`). */
export function startXvfb(): Promise<VirtualDisplay> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      'Xvfb',
      ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('error', (error) =>
      reject(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    const fd = child.stdio[3];
    fd?.once('data', (chunk) => {
      const display = `:${String(chunk).trim()}`;
      resolve({
        display,
        close: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

/** Runs `xdotool` on a display, e.g. `xdotool(':99', 'click', '3')`. */
export async function xdotool(display: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('xdotool', args, {
    env: { ...process.env, DISPLAY: display },
  });
  return stdout;
}
