import type { PortLike } from '@/entrypoints/background/messaging/router';
import type { ClientPort } from '@/utils/messaging';

type Listener<T> = (value: T) => void;

/**
 * Two ends of one port, as `runtime.connect` and `runtime.onConnect` hand them out: what one
 * end posts reaches the other's listeners later, copied; `close()` is the background's worker
 * stopping, which both ends hear.
 */
export function portPair(name: string, sender: PortLike['sender']) {
  const toClient: Listener<unknown>[] = [];
  const toServer: Listener<unknown>[] = [];
  const clientGone: Listener<void>[] = [];
  const serverGone: Listener<void>[] = [];
  let open = true;
  const deliver = (listeners: Listener<unknown>[], message: unknown) => {
    if (!open) throw new Error('Attempting to use a disconnected port object');
    const copy = structuredClone(message);
    queueMicrotask(() => {
      if (open) for (const listener of listeners) listener(copy);
    });
  };
  const client: ClientPort = {
    onMessage: { addListener: (l) => toClient.push(l) },
    onDisconnect: { addListener: (l) => clientGone.push(l) },
    postMessage: (message) => deliver(toServer, message),
  };
  const server: PortLike = {
    name,
    sender,
    onMessage: { addListener: (l) => toServer.push(l) },
    onDisconnect: { addListener: (l) => serverGone.push(l) },
    postMessage: (message) => deliver(toClient, message),
  };
  const close = () => {
    open = false;
    for (const l of clientGone) l();
    for (const l of serverGone) l();
  };
  return { client, server, close };
}

/**
 * Gives `runtime` a `connect` whose ports reach `onConnect` (the background's listener), every
 * one opened by `sender`. Answers the pairs made, in order.
 */
export function connectTo(
  runtime: object,
  onConnect: (port: PortLike) => void,
  sender: PortLike['sender'],
): ReturnType<typeof portPair>[] {
  const pairs: ReturnType<typeof portPair>[] = [];
  Object.assign(runtime, {
    connect({ name }: { name: string }) {
      const pair = portPair(name, sender);
      pairs.push(pair);
      onConnect(pair.server);
      return pair.client;
    },
  });
  return pairs;
}
