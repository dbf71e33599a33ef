import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer: a status, headers and a raw body, or a dropped connection. */
export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
  drop?: boolean;
}

/** A request the server received. */
export interface ReceivedRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A loopback HTTP server that answers from a script (the last answer repeats), for tests of
 * how the transport reads statuses, headers and bodies that a real service could send.
 */
export async function startScriptedServer(script: ScriptedAnswer[]) {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: new URL(req.url ?? '/', 'http://127.0.0.1'),
        headers: req.headers,
        body,
      });
      const answer = script[Math.min(received.length - 1, script.length - 1)] ?? {};
      const respond = () => {
        if (answer.drop) {
          req.socket.destroy();
          return;
        }
        res.writeHead(
          answer.status ?? 200,
          answer.headers ?? { 'content-type': 'application/json' },
        );
        res.end(answer.body ?? '');
      };
      if (answer.delayMs) setTimeout(respond, answer.delayMs);
      else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The API's documented error envelope as a body. */
export const envelope = (type: string, message = `says ${type}`) =>
  JSON.stringify({ message, type, success: false });
