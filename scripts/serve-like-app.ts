/**
 * Serves the built renderer (dist/renderer) over http the way the desktop app serves it on
 * `app://`: the same mapping of a URL to a file inside the bundle, the same headers (the CSP
 * included), and the file as it is on disk — no compression and no caching headers, which a
 * development server adds and which would make a first start measure the server's gzip.
 * For the benchmarks of the first paint.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { APP_ORIGIN } from '../electron/app-origin';
import { resolveAppRequest, responseHeaders, SECURITY_HEADERS } from '../electron/protocol-paths';

/** Starts serving `root` on 127.0.0.1:`port`; resolves once it listens. */
export function serveLikeApp(root: string, port: number): Promise<Server> {
  const server = createServer(async (request, response) => {
    const resolved = resolveAppRequest(root, APP_ORIGIN + (request.url ?? '/'));
    if (!resolved.ok) return void response.writeHead(resolved.status, SECURITY_HEADERS).end();
    try {
      const body = await readFile(resolved.filePath);
      response.writeHead(200, responseHeaders(resolved.filePath)).end(body);
    } catch {
      response.writeHead(404, SECURITY_HEADERS).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
