import type * as z from 'zod/mini';
import { type ErrorInfo, GoalsError, toErrorInfo } from '@/utils/errors';
import {
  EnvelopeSchema,
  isMessageName,
  type MessageName,
  type MessagePayload,
  type MessageResponse,
  type PortAnswerSchema,
  type PortEvent,
  PortRequestSchema,
  PROTOCOL,
  type Result,
} from '@/utils/messages';
import { PROTOCOL_PORT } from '@/utils/messaging';
import type { MessageSenderLike, SenderClass } from './senders';

/** What a handler knows about the message beside its payload. */
export interface MessageContext {
  sender: MessageSenderLike;
  senderClass: SenderClass;
}

/** The background's answer to each protocol message it serves. */
export type Handlers = {
  [N in MessageName]?: (
    payload: MessagePayload<N>,
    context: MessageContext,
  ) => Promise<MessageResponse<N>>;
};

/** A route outside the protocol (test-only hooks): its schema, sender rule and handler. */
export interface ExtraRoute {
  from: 'extension' | 'any';
  request: z.ZodMiniType;
  response: z.ZodMiniType;
  handle(payload: unknown, context: MessageContext): Promise<unknown>;
}

type Route = ExtraRoute;

/** Answers one message from one sender through `sendResponse` (false: nothing serves it). */
export type MessageListener = (
  message: unknown,
  sender: MessageSenderLike,
  sendResponse: (answer: Result<unknown>) => void,
) => boolean;

const fail = (info: ErrorInfo): Result<never> => ({ ok: false, error: info });

function allowed(from: Route['from'], senderClass: SenderClass): boolean {
  if (senderClass === 'foreign') return false;
  return from === 'any' || senderClass === 'extension-page';
}

async function answer(route: Route, payload: unknown, context: MessageContext) {
  if (!allowed(route.from, context.senderClass)) {
    return fail({ kind: 'forbidden_sender', message: 'This sender may not ask for that.' });
  }
  const request = route.request.safeParse(payload);
  if (!request.success) {
    const issue = request.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail({ kind: 'invalid_message', message: `${issue?.message ?? 'Invalid'}${where}.` });
  }
  try {
    const value = route.response.safeParse(await route.handle(request.data, context));
    if (!value.success) {
      throw new GoalsError({
        kind: 'invalid_response',
        message: 'The background built an invalid answer.',
      });
    }
    return { ok: true as const, value: value.data };
  } catch (error) {
    return fail(toErrorInfo(error));
  }
}

/**
 * Answers each message of the protocol port: checks the envelope, classifies the sender once,
 * refuses privileged messages from anyone but extension pages, parses the payload and answers
 * a `Result` through `sendResponse`. Names it does not serve are left alone (returns false).
 */
export function createRouter(options: {
  handlers: Handlers;
  classify: (sender: MessageSenderLike) => SenderClass;
  extraRoutes?: Record<string, ExtraRoute>;
}): MessageListener {
  const routeFor = (name: string): Route | undefined => {
    if (isMessageName(name)) {
      const handle = options.handlers[name] as Route['handle'] | undefined;
      return handle && { ...PROTOCOL[name], handle };
    }
    return options.extraRoutes && Object.hasOwn(options.extraRoutes, name)
      ? options.extraRoutes[name]
      : undefined;
  };
  return (message, sender, sendResponse) => {
    const envelope = EnvelopeSchema.safeParse(message);
    const route = envelope.success ? routeFor(envelope.data.name) : undefined;
    if (!envelope.success || !route) return false;
    const context = { sender, senderClass: options.classify(sender) };
    answer(route, envelope.data.payload, context).then(sendResponse, (error) =>
      sendResponse(fail(toErrorInfo(error))),
    );
    return true;
  };
}

/** The little of `runtime.Port` the background uses. */
export interface PortLike {
  name: string;
  sender?: MessageSenderLike;
  onMessage: { addListener(callback: (message: unknown) => void): void };
  onDisconnect: { addListener(callback: () => void): void };
  postMessage(message: z.infer<typeof PortAnswerSchema> | PortEvent): void;
}

/**
 * Serves a protocol port (`PROTOCOL_PORT`), whoever opened it: each request `{id, message}` is
 * answered `{id, answer}` by `listener`, under its sender rules and schemas. A message nothing
 * serves is answered with an error, since every client waits for its answer. Ports of other
 * names are left alone (answers false).
 */
export function servePort(listener: MessageListener, port: PortLike): boolean {
  if (port.name !== PROTOCOL_PORT) return false;
  port.onMessage.addListener((request) => {
    const parsed = PortRequestSchema.safeParse(request);
    if (!parsed.success) return;
    const { id, message } = parsed.data;
    const reply = (answer: Result<unknown>) => {
      try {
        port.postMessage({ id, answer });
      } catch {
        // The page closed before its answer: nobody is left to tell.
      }
    };
    if (!listener(message, port.sender ?? {}, reply)) {
      reply(fail({ kind: 'invalid_message', message: 'Nothing in the background answers that.' }));
    }
  });
  return true;
}

/**
 * The `runtime.onConnect` listener: serves each protocol port; the ports of extension pages
 * also join `events` (a content script's never does).
 */
export function protocolPorts(
  listener: MessageListener,
  events: { join(port: PortLike): void },
  classify: (sender: MessageSenderLike) => SenderClass,
): (port: PortLike) => void {
  return (port) => {
    if (servePort(listener, port) && classify(port.sender ?? {}) === 'extension-page')
      events.join(port);
  };
}
