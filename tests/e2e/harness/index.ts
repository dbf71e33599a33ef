/** The e2e harness: a sandbox, a build for it, a Chromium with it, and helpers to drive them. */
export { type ExtensionBrowser, type LaunchOptions, launchExtension } from './browser';
export { type BuildOptions, buildExtension, sandboxBuildVariables } from './build';
export { freePort } from './free-port';
export { type Journey, type JourneyOptions, setupJourney } from './journey';
export { sendFromExtensionPage, sendProtocolMessage, setTokens } from './messaging';
export { requestBodyValidator } from './openapi';
export { type SandboxRequest, startTestSandbox, type TestSandbox } from './sandbox';
export { type SiteServer, serveSites } from './sites';
export { waitFor } from './wait-for';
export { collectWorkerErrors, type WorkerErrors } from './worker-errors';
export { startXvfb, xdotool } from './xvfb';
