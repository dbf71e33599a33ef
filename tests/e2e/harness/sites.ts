import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';

/** A page to serve: a saved file, or HTML given inline. */
export type SitePage = string | { html: string };

/** Saved pages served over HTTPS on loopback under their real host names. */
export interface SiteServer {
  port: number;
  /** Chromium switches that send the hosts to this server and accept its certificate. */
  args: string[];
  /** Every URL the server answered, in order (for checks and debugging). */
  served: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A self-signed certificate for `hosts`, made now: no private key is ever committed. */
async function selfSignedCertificate(hosts: string[]): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = mkdtempSync(join(tmpdir(), 'quran-goals-tls-'));
  try {
    const san = hosts.map((host) => `DNS:${host}`).join(',');
    await promisify(execFile)('openssl', [
      ...['req', '-x509', '-nodes', '-days', '2', '-newkey', 'ec'],
      ...['-pkeyopt', 'ec_paramgen_curve:prime256v1'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ...['-subj', '/CN=quran-goals-e2e', '-addext', `subjectAltName=${san}`],
    ]);
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `pages` (keyed by full URL, e.g. `https://quran.com/al-baqarah/255`) on a loopback
 * port with a fresh certificate. Launch the browser with `server.args` and the URLs load from
 * here, so the extension's real `matches` patterns are exercised. A URL with a query is looked
 * up as given, then without its query.
 */
export async function serveSites(
  pages: Record<string, SitePage>,
  extraHosts: string[] = [],
): Promise<SiteServer> {
  const hosts = [
    ...new Set([...Object.keys(pages).map((u) => new URL(u).hostname), ...extraHosts]),
  ];
  const served: string[] = [];
  const server = createServer(await selfSignedCertificate(hosts), (request, response) => {
    const url = new URL(request.url ?? '/', `https://${request.headers.host}`);
    served.push(url.href);
    const page = pages[url.href] ?? pages[`${url.origin}${url.pathname}`];
    if (page === undefined) {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`No saved page for ${url.href}`);
      return;
    }
    const body = typeof page === 'string' ? readFileSync(page) : page.html;
    const type = typeof page === 'string' ? (TYPES[extname(page)] ?? 'text/plain') : TYPES['.html'];
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const rules = hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(', ');
  return {
    port,
    args: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
