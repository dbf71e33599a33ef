import { browser } from 'wxt/browser';
import {
  EnvelopeSchema,
  EVENTS,
  type EventName,
  type EventPayload,
  type MessageName,
  type MessageRequest,
  type MessageResponse,
  PROTOCOL,
  type Result,
  resultSchema,
} from './messages';

/**
 * Asks the background for something in the protocol and answers its `Result`. It never throws:
 * a background that does not answer, or answers out of shape, is a typed error too.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<Result<MessageResponse<N>>> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ name, payload });
  } catch {
    return {
      ok: false,
      error: { kind: 'unknown', message: 'The extension did not answer. Reload it and try again.' },
    };
  }
  const parsed = resultSchema(PROTOCOL[name].response).safeParse(answer);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        kind: 'invalid_response',
        message: 'The extension answered in an unexpected shape.',
      },
    };
  }
  return parsed.data as Result<MessageResponse<N>>;
}

/**
 * Calls back on each broadcast of `name` from the background (see `EVENTS`); ill-formed
 * broadcasts are dropped. Returns the function that stops listening.
 */
export function onBackgroundEvent<E extends EventName>(
  name: E,
  callback: (payload: EventPayload<E>) => void,
): () => void {
  const listener = (message: unknown) => {
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || envelope.data.name !== name) return;
    const payload = EVENTS[name].safeParse(envelope.data.payload);
    if (payload.success) callback(payload.data as EventPayload<E>);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
