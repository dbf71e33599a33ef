import type { ErrorKind } from './errors';

// Free of zod (`errors.ts` has the schemas): the popup reads this table too.

/** What a failure means to the code that handles it; a question a row leaves out is answered no. */
export interface ErrorPolicy {
  /** A read (estimate, today's plan) is tried again after a short wait. */
  readonly retryRead?: true;
  /** A create may have been made anyway: today's plan is asked before it is sent again. */
  readonly uncertain?: true;
  /** A create is kept in the outbox, which sends it once the service answers again. */
  readonly queueCreate?: true;
  /** An outbox entry whose send failed waits for the next try, instead of being given up. */
  readonly waitInOutbox?: true;
  /** The popup offers Retry (after a countdown for the rate limit). */
  readonly offerRetry?: true;
  /**
   * The reader is, or may be, signed out: the popup offers Sign in in place of the account bar,
   * and asks the account state again.
   */
  readonly signIn?: true;
}

/** No answer, or the server failed: the request may have landed, and may go through later. */
const OUTAGE: ErrorPolicy = {
  retryRead: true,
  uncertain: true,
  queueCreate: true,
  waitInOutbox: true,
  offerRetry: true,
};
/** The sign-in is gone: the reader signs in, and the outbox waits for the account. */
const SIGNED_OUT: ErrorPolicy = { waitInOutbox: true, signIn: true };

/** Every kind of failure and what it means; a new kind needs a row here. */
export const ERROR_POLICY: Record<ErrorKind, ErrorPolicy> = {
  invalid_request: {},
  unauthorized: SIGNED_OUT,
  forbidden: {},
  not_found: {},
  unprocessable_entity: {},
  // Refused, so nothing landed; the server says (or a countdown guesses) when to try again.
  rate_limit_exceeded: { retryRead: true, waitInOutbox: true, offerRetry: true },
  internal_server_error: OUTAGE,
  bad_gateway: OUTAGE,
  service_unavailable: OUTAGE,
  gateway_timeout: OUTAGE,
  network: OUTAGE,
  timeout: OUTAGE,
  // An answer unlike the documents': the create may have landed, but the service is up.
  invalid_response: { uncertain: true, waitInOutbox: true, offerRetry: true },
  // Told that the goal may exist, the reader decides whether to send it again.
  outcome_unknown: { offerRetry: true },
  invalid_message: {},
  forbidden_sender: {},
  not_signed_in: SIGNED_OUT,
  not_configured: {},
  // A failed sign-in ends signed out (the old tokens were cleared first).
  sign_in_failed: { signIn: true },
  no_answer: { waitInOutbox: true, offerRetry: true },
  extension_changed: {},
  unknown: { waitInOutbox: true, offerRetry: true },
};
