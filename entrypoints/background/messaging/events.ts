import { EVENTS, type EventName, type EventPayload } from '@/utils/messages';
import type { PortLike } from './router';

/** The open protocol ports of extension pages, and the events posted to them. */
export interface EventHub {
  /** Posts events to `port` from now until it closes. */
  join(port: PortLike): void;
  /** Posts `{event, payload}` to every joined port, once the payload fits `EVENTS[name]`. */
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/**
 * Events travel on the same ports as requests and answers. Only extension pages join (the
 * caller decides by sender class): a content script runs beside a web page and hears nothing.
 */
export function createEventHub(): EventHub {
  const ports = new Set<PortLike>();
  return {
    join(port) {
      ports.add(port);
      port.onDisconnect.addListener(() => ports.delete(port));
    },
    emit(name, payload) {
      const parsed = EVENTS[name].safeParse(payload);
      if (!parsed.success) return;
      for (const port of ports) {
        try {
          port.postMessage({ event: name, payload: parsed.data });
        } catch {
          ports.delete(port);
        }
      }
    },
  };
}
