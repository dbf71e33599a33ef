import * as z from 'zod/mini';

/** The ten error types of the API's envelope, by HTTP status (contract/qf-api README). */
export const API_ERROR_TYPES = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  422: 'unprocessable_entity',
  429: 'rate_limit_exceeded',
  500: 'internal_server_error',
  502: 'bad_gateway',
  503: 'service_unavailable',
  504: 'gateway_timeout',
} as const;
export type ApiErrorType = (typeof API_ERROR_TYPES)[keyof typeof API_ERROR_TYPES];

/** The error envelope every failing API call answers with. */
export const ApiErrorEnvelopeSchema = z.object({
  message: z.string(),
  type: z.string(),
  success: z.literal(false),
});

/**
 * Every kind of failure a caller can be told about: the API's ten, and those that happen
 * before or around the API (no network, no answer in time, an answer that is not what the
 * documents promise, a message that is malformed or from the wrong sender, no sign-in).
 * What each one means to the code that handles it: `ERROR_POLICY` (`error-policy.ts`).
 */
export const ErrorKindSchema = z.enum([
  ...(Object.values(API_ERROR_TYPES) as [ApiErrorType, ...ApiErrorType[]]),
  'network',
  'timeout',
  'invalid_response',
  /** A create failed in a way that may have made it, and nothing here can tell. */
  'outcome_unknown',
  'invalid_message',
  'forbidden_sender',
  'not_signed_in',
  'not_configured',
  'sign_in_failed',
  /** The extension's background did not answer a message (stopped, reloading, or stuck). */
  'no_answer',
  /** The extension was updated while a page of it was open: that page must be opened again. */
  'extension_changed',
  'unknown',
]);
export type ErrorKind = z.infer<typeof ErrorKindSchema>;

/** A failure as it crosses the message boundary. */
export const ErrorInfoSchema = z.object({
  kind: ErrorKindSchema,
  message: z.string(),
  status: z.optional(z.int()),
  /** Seconds to wait before trying again, when the server said so (429). */
  retryAfter: z.optional(z.number()),
  /** The goal this one was to replace was deleted first: the reader has no goal now. */
  oldGoalDeleted: z.optional(z.literal(true)),
});
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;

/** A typed failure; `info` is what is sent to the extension pages. */
export class GoalsError extends Error {
  readonly info: ErrorInfo;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'GoalsError';
    this.info = info;
  }
  get kind(): ErrorKind {
    return this.info.kind;
  }
}

/** Turns anything thrown into an `ErrorInfo`, keeping typed errors as they are. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof GoalsError) return error.info;
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', message: message || 'Something went wrong.' };
}
