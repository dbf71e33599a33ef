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

/** The parts of a Playwright page and locator that a real click needs. */
interface Clickable {
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  page(): { evaluate<R>(fn: () => R): Promise<R>; bringToFront(): Promise<void> };
}

/**
 * A real mouse click on an element of a headed browser, through the X server (so that
 * native menus open): button 3 for a right-click. The point is the element's centre in
 * screen coordinates.
 */
export async function realClick(display: string, target: Clickable, button = 1): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('The element to click is not visible.');
  await target.page().bringToFront();
  const frame = await target.page().evaluate(() => ({
    left: window.screenX + (window.outerWidth - window.innerWidth) / 2,
    top: window.screenY + window.outerHeight - window.innerHeight,
  }));
  const x = Math.round(frame.left + box.x + box.width / 2);
  const y = Math.round(frame.top + box.y + box.height / 2);
  await xdotool(display, 'mousemove', '--sync', String(x), String(y), 'click', String(button));
}
