/** The e2e harness: a sandbox, a build for it, a Chromium with it, and helpers to drive them. */

/** The official OpenAPI documents as validators (shared with the sandbox's contract tests). */
export { describeErrors, requestBodyValidator, responseValidator } from '../../contract/openapi';
export { type ExtensionBrowser, type LaunchOptions, launchExtension } from './browser';
export { type BuildOptions, buildExtension, sandboxBuildVariables } from './build';
export { freePort } from './free-port';
export { type Journey, type JourneyOptions, setupJourney } from './journey';
export {
  badgeSettled,
  portRequests,
  sendFromExtensionPage,
  sendProtocolMessage,
  setTokens,
} from './messaging';
export { type SandboxRequest, startTestSandbox, type TestSandbox } from './sandbox';
export { type SiteServer, serveSites } from './sites';
export { waitFor } from './wait-for';
export { collectWorkerErrors, type WorkerErrors } from './worker-errors';
export { realClick, startXvfb, xdotool } from './xvfb';
