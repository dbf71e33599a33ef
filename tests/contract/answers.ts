import { expect } from 'vitest';
import type { Answer, SandboxClient } from '../unit/sandbox/sandbox-client';
import {
  type DocumentName,
  describeErrors,
  documentedErrorType,
  responseValidator,
} from './openapi';

/** A documented User API operation: its path in the documents and its method. */
export interface DocumentedOperation {
  path: string;
  method: 'get' | 'post' | 'put' | 'delete';
}

/** The two User API documents; an answer both describe is checked against both. */
export const USER_API_DOCUMENTS: readonly DocumentName[] = ['production', 'prelive'];

/**
 * Checks an answer against the schema each document gives for its operation and status; an
 * error answer must also be exactly the envelope, with the type the document gives.
 */
export function expectDocumented(
  answer: Answer,
  op: DocumentedOperation,
  documents: readonly DocumentName[] = USER_API_DOCUMENTS,
): void {
  for (const document of documents) {
    const validate = responseValidator(document, op.path, op.method, answer.status);
    expect(validate(answer.body), `${document}: ${describeErrors(validate)}\n${answer.text}`).toBe(
      true,
    );
    if (answer.status >= 400) {
      expect(Object.keys(answer.body as object).sort()).toEqual(['message', 'success', 'type']);
      expect(answer.body).toMatchObject({
        success: false,
        type: documentedErrorType(document, op.path, op.method, answer.status),
      });
    }
  }
}

/** The error statuses the fault controls inject, each checked against the documents. */
export const INJECTED_STATUSES = [400, 401, 403, 404, 422, 429, 500, 502, 503, 504] as const;

/**
 * For each operation and each injected status: a case named for them whose run injects the
 * status into the operation's fault route (`POST /__sandbox/faults`), then makes the call.
 */
export function injectedCases<Op extends { route: string }>(
  operations: readonly Op[],
  call: (client: SandboxClient, op: Op) => Promise<Answer>,
): [string, Op, number, (client: SandboxClient) => Promise<Answer>][] {
  return operations.flatMap((op) =>
    INJECTED_STATUSES.map((status): [string, Op, number, (c: SandboxClient) => Promise<Answer>] => [
      `${status} injected into ${op.route}`,
      op,
      status,
      async (client) => {
        await client.control('faults', { route: op.route, status });
        return call(client, op);
      },
    ]),
  );
}
