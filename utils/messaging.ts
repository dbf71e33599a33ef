import type {
  EventName,
  EventPayload,
  MessageName,
  MessageRequest,
  MessageResponse,
  Result,
} from './messages';

/**
 * The one way the extension pages (popup, options page) talk to the background: a port named
 * `PROTOCOL_PORT`. Content scripts send nothing: the background asks them
 * (`entrypoints/background/pages/ask-page.ts`). A request travels as `{id, message: {name, payload}}` and its
 * answer comes back as `{id, answer}`; the background posts events as `{event, payload}` on the
 * ports of extension pages. The background checks each request and each answer against the
 * protocol's schemas (`utils/messages.ts`) and each event against `EVENTS` before it leaves, so
 * a client checks only the envelope. This module has no zod, so that the popup stays within its
 * size budget.
 */
export const PROTOCOL_PORT = 'protocol';

/** The little of `runtime.Port` a client uses. */
export interface ClientPort {
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
  postMessage(message: unknown): void;
}

/** The little of an extension API (`browser` or `chrome`) a client needs. */
export interface ConnectApi {
  runtime: { connect(info: { name: string }): ClientPort };
}

/** Asks the background: answers a `Result`, never throws (no answer is a typed error too). */
export type Send = <N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
) => Promise<Result<MessageResponse<N>>>;

/** Talks to the background: requests answered with a `Result`, and its events. */
export interface Messenger {
  send: Send;
  /** Calls back on each event `name`; returns the function that stops it. */
  on<E extends EventName>(name: E, callback: (payload: EventPayload<E>) => void): () => void;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Whether an answer is a `Result` envelope: a value, or an error with its kind and message. */
function isResult(answer: unknown): answer is Result<unknown> {
  if (!isRecord(answer)) return false;
  const error = answer.error;
  return answer.ok === true
    ? 'value' in answer
    : answer.ok === false && isRecord(error) && typeof error.kind === 'string';
}

/** An answer the client gives itself when the background's is missing or out of shape. */
const failure = (kind: 'no_answer' | 'invalid_response', message: string) =>
  ({ ok: false, error: { kind, message } }) as const;

/** What the port hands on besides answers: events, and whether anyone waits for them. */
interface EventSink {
  deliver(message: Record<string, unknown>): void;
  listening(): boolean;
}

/**
 * Requests on `api`'s port, opened with the first one. When the port closes (the background's
 * worker stopped), a request still waiting is answered "did not answer", never sent again (it
 * may have been acted on); the next request opens a new port. Other messages go to `events`,
 * and while it has listeners a closed port is opened again at once, so that no event passes.
 */
function portClient(api: ConnectApi, events?: EventSink) {
  let port: ClientPort | null = null;
  let next = 0;
  /** Each request waiting for its answer: the port it went on, and how it is answered. */
  const waiting = new Map<number, [ClientPort, (answer: unknown) => void]>();

  function connected(): ClientPort | null {
    if (port) return port;
    try {
      const opened = api.runtime.connect({ name: PROTOCOL_PORT });
      opened.onMessage.addListener((message) => {
        if (!isRecord(message)) return;
        const id = message.id as number;
        if (typeof id !== 'number') return events?.deliver(message);
        waiting.get(id)?.[1](message.answer);
        waiting.delete(id);
      });
      opened.onDisconnect.addListener(() => {
        for (const [id, [on, settle]] of waiting) {
          if (on !== opened) continue;
          waiting.delete(id);
          settle(undefined);
        }
        if (port !== opened) return;
        port = null;
        if (events?.listening()) connected();
      });
      port = opened;
    } catch {
      // The extension was reloaded or removed: nothing can be reached from this page.
    }
    return port;
  }

  const send: Send = (name, payload) =>
    new Promise((resolve) => {
      const id = ++next;
      const settle = (answer: unknown) =>
        resolve(
          (answer === undefined
            ? failure('no_answer', 'The extension did not answer. Reload it and try again.')
            : isResult(answer)
              ? answer
              : failure(
                  'invalid_response',
                  'The extension answered in an unexpected shape.',
                )) as never,
        );
      const on = connected();
      try {
        if (!on) throw new Error('No port.');
        on.postMessage({ id, message: { name, payload } });
        waiting.set(id, [on, settle]);
      } catch {
        // Closed before its disconnect event came: the next request opens a new port.
        if (port === on) port = null;
        settle(undefined);
      }
    });
  return { send, connected };
}

/** Requests and events, on one port. */
export function createMessenger(api: ConnectApi): Messenger {
  const listeners = new Set<(message: Record<string, unknown>) => void>();
  const client = portClient(api, {
    deliver(message) {
      for (const listener of listeners) listener(message);
    },
    listening: () => listeners.size > 0,
  });
  return {
    send: client.send,
    on(name, callback) {
      const listener = (message: Record<string, unknown>) => {
        if (message.event === name) callback(message.payload as never);
      };
      listeners.add(listener);
      client.connected();
      return () => listeners.delete(listener);
    },
  };
}
