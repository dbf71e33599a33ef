import { describe, expect, it } from 'vitest';
import { ERROR_POLICY, type ErrorPolicy } from '@/utils/error-policy';
import { type ErrorKind, ErrorKindSchema } from '@/utils/errors';

/**
 * The lists the table replaced, copied from the code before it: each question is answered yes
 * for exactly the kinds its list held (and those added on purpose), and no for every other kind.
 */
const FORMER_LISTS: [string, keyof ErrorPolicy, ErrorKind[], added?: ErrorKind[]][] = [
  [
    'RETRIED_KINDS (background/api/retry.ts)',
    'retryRead',
    [
      'rate_limit_exceeded',
      'internal_server_error',
      'bad_gateway',
      'service_unavailable',
      'gateway_timeout',
      'network',
      'timeout',
    ],
  ],
  [
    'UNCERTAIN_KINDS (utils/errors.ts), read by isUncertain (background/goals/goal-service.ts)',
    'uncertain',
    [
      'network',
      'timeout',
      'internal_server_error',
      'bad_gateway',
      'service_unavailable',
      'gateway_timeout',
      'invalid_response',
    ],
  ],
  [
    'isUnreachable (background/goals/queue-when-unreachable.ts): UNCERTAIN_KINDS but invalid_response',
    'queueCreate',
    [
      'network',
      'timeout',
      'internal_server_error',
      'bad_gateway',
      'service_unavailable',
      'gateway_timeout',
    ],
  ],
  [
    'WAIT_KINDS (background/goals/outbox.ts)',
    'waitInOutbox',
    [
      'network',
      'timeout',
      'invalid_response',
      'internal_server_error',
      'bad_gateway',
      'service_unavailable',
      'gateway_timeout',
      'rate_limit_exceeded',
      'unauthorized',
      'not_signed_in',
      'unknown',
    ],
    // "The extension did not answer" was an unknown failure before it had a kind of its own.
    ['no_answer'],
  ],
  [
    'RETRY_KINDS (popup/store-actions.ts, also read by popup/App.tsx)',
    'offerRetry',
    [
      'network',
      'timeout',
      'internal_server_error',
      'bad_gateway',
      'service_unavailable',
      'gateway_timeout',
      'invalid_response',
      'rate_limit_exceeded',
      'unknown',
      'outcome_unknown',
    ],
    ['no_answer'],
  ],
  [
    'SIGN_IN_KINDS (popup/App.tsx): the alert offers Sign in',
    'signIn',
    ['unauthorized', 'not_signed_in', 'sign_in_failed'],
  ],
  [
    'SIGN_IN_KINDS (popup/store-actions.ts): the popup asks the account state again',
    'signIn',
    ['unauthorized', 'not_signed_in'],
    // Added on purpose: App.tsx's list had it and this one did not. A failed sign-in ends
    // signed out (the old tokens are cleared before the identity flow starts), so the popup
    // asks the account state again after it too, as after the other two.
    ['sign_in_failed'],
  ],
];

describe('ERROR_POLICY', () => {
  it('has a row for every kind, and no other', () => {
    expect(Object.keys(ERROR_POLICY).sort()).toEqual([...ErrorKindSchema.options].sort());
  });

  it.each(FORMER_LISTS)('answers as %s did', (_, question, held, added = []) => {
    const yes = ErrorKindSchema.options.filter((kind) => ERROR_POLICY[kind][question] === true);
    expect(yes.sort()).toEqual([...held, ...added].sort());
  });
});
