import { API_ERRORS, type ApiErrorStatus } from './catalog';

/** The documented User API error envelope. */
export interface ApiErrorBody {
  message: string;
  type: string;
  success: false;
}

/** The envelope for a status, with the documents' message unless a clearer one is given. */
export function apiErrorBody(status: ApiErrorStatus, message?: string): ApiErrorBody {
  return {
    message: message ?? API_ERRORS[status].message,
    type: API_ERRORS[status].type,
    success: false,
  };
}

/** Thrown by User API handlers and validators; the app answers it with the envelope. */
export class ApiError extends Error {
  constructor(
    readonly status: ApiErrorStatus,
    message?: string,
  ) {
    super(message ?? API_ERRORS[status].message);
  }
}

/** OAuth2 error statuses the sandbox answers with. */
export type OAuthErrorStatus = 400 | 401 | 403 | 404 | 422 | 429 | 500 | 502 | 503 | 504;

/** The documented `errorOAuth2` body. */
export interface OAuthErrorBody {
  error: string;
  error_description: string;
  error_hint?: string;
  status_code: number;
}

/** Thrown by OAuth2 handlers; the app answers it with an `errorOAuth2` body. */
export class OAuthError extends Error {
  constructor(
    readonly status: OAuthErrorStatus,
    readonly error: string,
    readonly description: string,
    readonly hint?: string,
  ) {
    super(description);
  }

  /** The JSON body of this error. */
  body(): OAuthErrorBody {
    return {
      error: this.error,
      error_description: this.description,
      ...(this.hint ? { error_hint: this.hint } : {}),
      status_code: this.status,
    };
  }
}

/** The OAuth2 error code the sandbox uses for an injected status on the OAuth2 routes. */
export function oauthErrorFor(status: OAuthErrorStatus): OAuthError {
  const codes: Record<OAuthErrorStatus, string> = {
    400: 'invalid_request',
    401: 'invalid_client',
    403: 'request_forbidden',
    404: 'not_found',
    422: 'invalid_request',
    429: 'temporarily_unavailable',
    500: 'server_error',
    502: 'temporarily_unavailable',
    503: 'temporarily_unavailable',
    504: 'temporarily_unavailable',
  };
  return new OAuthError(status, codes[status], `Injected failure (${status}).`);
}
