import type * as z from 'zod/mini';
import { type ErrorInfo, GoalsError, toErrorInfo } from '@/utils/errors';
import {
  EnvelopeSchema,
  isMessageName,
  type MessageName,
  type MessagePayload,
  type MessageResponse,
  type PortAnswerSchema,
  PortRequestSchema,
  PROTOCOL,
  type Result,
} from '@/utils/messages';
import { POPUP_PORT } from '@/utils/popup-port';
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

/** The `runtime.onMessage` listener signature the router provides. */
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
 * The single `runtime.onMessage` listener: checks the envelope, classifies the sender once,
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
  postMessage(message: z.infer<typeof PortAnswerSchema>): void;
}

/**
 * Serves the popup's port (`POPUP_PORT`): each request `{id, message}` is answered
 * `{id, answer}` by the same listener, sender rules and schemas as `runtime.onMessage`. A
 * message nothing serves is answered with an error, since the popup waits for every answer.
 * Other ports are left alone.
 */
export function servePort(listener: MessageListener, port: PortLike): void {
  if (port.name !== POPUP_PORT) return;
  port.onMessage.addListener((request) => {
    const parsed = PortRequestSchema.safeParse(request);
    if (!parsed.success) return;
    const { id, message } = parsed.data;
    const reply = (answer: Result<unknown>) => {
      try {
        port.postMessage({ id, answer });
      } catch {
        // The popup closed before its answer: nobody is left to tell.
      }
    };
    if (!listener(message, port.sender ?? {}, reply)) {
      reply(fail({ kind: 'invalid_message', message: 'Nothing in the background answers that.' }));
    }
  });
}
