/** How to load the builds by hand, for when no browser window can be opened. */
export function manualLoadHelp({ chromeDir, firefoxDir }) {
  return [
    'Load the extension by hand:',
    '  Chrome / Chromium / Edge:',
    '    1. open chrome://extensions and switch on "Developer mode" (top right)',
    `    2. "Load unpacked" and choose ${chromeDir}`,
    '  Firefox:',
    '    1. open about:debugging#/runtime/this-firefox',
    `    2. "Load Temporary Add-on…" and choose ${firefoxDir}/manifest.json`,
  ].join('\n');
}
