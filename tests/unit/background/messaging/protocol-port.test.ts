import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers, servePort } from '@/entrypoints/background/messaging/router';
import type { SenderClass } from '@/entrypoints/background/messaging/senders';
import { type MessageName, PortAnswerSchema, PROTOCOL } from '@/utils/messages';
import { PROTOCOL_PORT } from '@/utils/messaging';
import { PROTOCOL_SAMPLES } from '../protocol-samples';

const NAMES = Object.keys(PROTOCOL) as MessageName[];

/** A port as `runtime.onConnect` hands it over, with what was posted on it. */
function fakePort(name: string, senderClass: SenderClass) {
  const listeners: ((message: unknown) => void)[] = [];
  const posted: unknown[] = [];
  const router = createRouter({
    handlers: Object.fromEntries(
      NAMES.map((n) => [n, async () => PROTOCOL_SAMPLES[n].answer]),
    ) as Handlers,
    classify: (sender) => (sender as { kind?: SenderClass }).kind ?? 'foreign',
  });
  const port = {
    name,
    sender: { kind: senderClass } as object,
    onMessage: { addListener: (listener: (message: unknown) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => {} },
    postMessage: (message: unknown) => posted.push(PortAnswerSchema.parse(message)),
  };
  servePort(router, port);
  return {
    posted,
    send: (message: unknown) => {
      for (const listener of listeners) listener(message);
    },
    listening: () => listeners.length > 0,
  };
}

describe('servePort', () => {
  it('answers each request on the protocol port with its number', async () => {
    const port = fakePort(PROTOCOL_PORT, 'extension-page');
    port.send({ id: 1, message: { name: 'getOutbox', payload: {} } });
    port.send({ id: 2, message: { name: 'getAccountState', payload: {} } });
    await expect.poll(() => port.posted.length).toBe(2);
    const byId = Object.fromEntries(
      (port.posted as { id: number; answer: unknown }[]).map((p) => [p.id, p.answer]),
    );
    expect(byId[1]).toEqual({
      ok: true,
      value: PROTOCOL.getOutbox.response.parse(PROTOCOL_SAMPLES.getOutbox.answer),
    });
    expect(byId[2]).toEqual({
      ok: true,
      value: PROTOCOL.getAccountState.response.parse(PROTOCOL_SAMPLES.getAccountState.answer),
    });
  });

  it('keeps the sender rules: a content script is refused a privileged message', async () => {
    const port = fakePort(PROTOCOL_PORT, 'content-script');
    port.send({ id: 7, message: { name: 'signOut', payload: {} } });
    await expect.poll(() => port.posted.length).toBe(1);
    expect(port.posted[0]).toMatchObject({
      id: 7,
      answer: { ok: false, error: { kind: 'forbidden_sender' } },
    });
  });

  it('answers a message nothing serves with an error instead of leaving the client waiting', async () => {
    const port = fakePort(PROTOCOL_PORT, 'extension-page');
    port.send({ id: 3, message: { name: 'noSuchMessage', payload: {} } });
    port.send({ id: 4, message: 'not an envelope' });
    await expect.poll(() => port.posted.length).toBe(2);
    expect(port.posted).toEqual([
      { id: 3, answer: { ok: false, error: expect.objectContaining({ kind: 'invalid_message' }) } },
      { id: 4, answer: { ok: false, error: expect.objectContaining({ kind: 'invalid_message' }) } },
    ]);
  });

  it('ignores a request without its number, and ports of other names', () => {
    const port = fakePort(PROTOCOL_PORT, 'extension-page');
    port.send({ message: { name: 'getOutbox', payload: {} } });
    expect(port.posted).toEqual([]);
    expect(fakePort('another', 'extension-page').listening()).toBe(false);
  });
});
