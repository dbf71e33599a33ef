/**
 * The name of the port the popup keeps open to the background for its whole life: one channel
 * instead of one per `runtime.sendMessage`, which takes about a millisecond off every message.
 * Its requests and answers are `PortRequestSchema` and `PortAnswerSchema` (utils/messages.ts);
 * this module has no zod, so that the popup can import it.
 */
export const POPUP_PORT = 'popup';
