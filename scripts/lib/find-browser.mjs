import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Chromium and Chrome usually live, per platform. */
const CHROMIUM = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
  ],
};

/** Where Firefox (ESR or not) usually lives, per platform. */
const FIREFOX = {
  linux: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox'],
  darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
  win32: [
    `${process.env.PROGRAMFILES}\\Mozilla Firefox\\firefox.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Mozilla Firefox\\firefox.exe`,
  ],
};

/** The first program found on the PATH among `names`. */
function onPath(names) {
  const which = process.platform === 'win32' ? 'where' : 'which';
  for (const name of names) {
    try {
      const found = execFileSync(which, [name], { encoding: 'utf8', stdio: 'pipe' }).trim();
      if (found) return found.split(/\r?\n/)[0];
    } catch {}
  }
  return undefined;
}

/** The Chromium or Chrome to open: `CHROME_PATH`, a usual location, or one on the PATH. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  const known = (CHROMIUM[process.platform] ?? []).find((path) => existsSync(path));
  return known ?? onPath(['chromium', 'chromium-browser', 'google-chrome', 'chrome']);
}

/** The Firefox to drive: `FIREFOX_PATH`, a usual location, or one on the PATH. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  const known = (FIREFOX[process.platform] ?? []).find((path) => existsSync(path));
  return known ?? onPath(['firefox-esr', 'firefox']);
}

/** Xvfb, which the real right-click journey needs on Linux (other platforms skip nothing). */
export function findXvfb() {
  return process.platform === 'linux' ? onPath(['Xvfb']) : 'not needed';
}

/** The command that installs each requirement, per platform. */
export const INSTALL = {
  chromium: {
    linux: 'sudo apt-get install chromium',
    darwin: 'brew install --cask chromium',
    win32: 'winget install Google.Chrome',
  },
  firefox: {
    linux: 'sudo apt-get install firefox-esr',
    darwin: 'brew install --cask firefox@esr',
    win32: 'winget install Mozilla.Firefox.ESR',
  },
  xvfb: { linux: 'sudo apt-get install xvfb xauth xdotool' },
};

/** How to install `what` here, or a pointer to the README where the platform is not listed. */
export function installHint(what, platform = process.platform) {
  return INSTALL[what]?.[platform] ?? 'see "Requirements" in the README';
}

/** Whether a window can be opened: on Linux that needs X11 or Wayland. */
export function hasDisplay() {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}
