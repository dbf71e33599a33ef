import type * as z from 'zod/mini';
import {
  API_ERROR_TYPES,
  ApiErrorEnvelopeSchema,
  type ErrorKind,
  ErrorKindSchema,
  GoalsError,
} from '@/utils/errors';

const KIND_MESSAGES: Partial<Record<ErrorKind, string>> = {
  invalid_request: 'The service did not accept the request.',
  unauthorized: 'Your sign-in has expired. Sign in again.',
  forbidden: 'This account or app may not do that (wrong scope or environment).',
  not_found: 'The service could not find that.',
  unprocessable_entity: 'The service could not use those values.',
  rate_limit_exceeded: 'Too many requests. Wait a moment and try again.',
  internal_server_error: 'The service failed. Try again later.',
  bad_gateway: 'The service is not reachable right now. Try again later.',
  service_unavailable: 'The service is unavailable right now. Try again later.',
  gateway_timeout: 'The service took too long to answer. Try again later.',
};

/** The error kind of an HTTP status: the documented ten, else by class. */
export function kindOfStatus(status: number, envelopeType?: string): ErrorKind {
  const documented = API_ERROR_TYPES[status as keyof typeof API_ERROR_TYPES];
  if (documented) return documented;
  const named = ErrorKindSchema.safeParse(envelopeType);
  if (named.success && Object.values(API_ERROR_TYPES).includes(named.data as never)) {
    return named.data;
  }
  if (status >= 400 && status < 500) return 'invalid_request';
  if (status >= 500) return 'internal_server_error';
  return 'invalid_response';
}

/** Seconds from a `Retry-After` header (seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns a failing response (documented envelope or not) into a typed error. */
export async function errorFromResponse(response: Response): Promise<GoalsError> {
  const text = await response.text().catch(() => '');
  let envelope: z.infer<typeof ApiErrorEnvelopeSchema> | undefined;
  try {
    envelope = ApiErrorEnvelopeSchema.parse(JSON.parse(text));
  } catch {
    envelope = undefined;
  }
  const kind = kindOfStatus(response.status, envelope?.type);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  return new GoalsError({
    kind,
    status: response.status,
    message: envelope?.message || KIND_MESSAGES[kind] || `The service answered ${response.status}.`,
    ...(retryAfter === undefined ? {} : { retryAfter }),
  });
}

/** Turns a fetch failure into `timeout` or `network`. */
export function errorFromFetchFailure(error: unknown): GoalsError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new GoalsError({ kind: 'timeout', message: 'The service did not answer in time.' });
  }
  return new GoalsError({
    kind: 'network',
    message: 'Could not reach the service. Check your connection.',
  });
}

/** Parses a success body with its schema; anything else is `invalid_response`. */
export function parseBody<S extends z.ZodMiniType>(schema: S, text: string): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new GoalsError({
      kind: 'invalid_response',
      message: 'The service answered with something that is not JSON.',
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new GoalsError({
      kind: 'invalid_response',
      message: `The service answered in an unexpected shape (${parsed.error.issues[0]?.path.join('.') || 'body'}).`,
    });
  }
  return parsed.data;
}
