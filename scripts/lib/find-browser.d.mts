/** The install command of each requirement, per platform. */
export declare const INSTALL: {
  chromium: { linux: string; darwin: string; win32: string };
  firefox: { linux: string; darwin: string; win32: string };
  xvfb: { linux: string };
};

/** Something `npm test` and `npm start` need installed. */
export type Requirement = keyof typeof INSTALL;

/** The Chromium or Chrome to open: `CHROME_PATH`, a usual location, or one on the PATH. */
export declare function findBrowser(): string | undefined;

/** The Firefox to drive: `FIREFOX_PATH`, a usual location, or one on the PATH. */
export declare function findFirefox(): string | undefined;

/** Xvfb's path on Linux (undefined when missing), `'not needed'` elsewhere. */
export declare function findXvfb(): string | undefined;

/** How to install `what` on `platform` (this one by default), or a pointer to the README. */
export declare function installHint(what: Requirement, platform?: NodeJS.Platform): string;

/** Whether a window can be opened: on Linux that needs X11 or Wayland. */
export declare function hasDisplay(): boolean;
