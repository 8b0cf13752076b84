/**
 * The `app://` protocol: registers the privileged scheme (before the app is ready) and serves
 * the renderer bundle from it, with the CSP as a response header. Only files inside
 * dist/renderer are ever served.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME } from './app-origin.js';
import { RENDERER_ROOT } from './paths.js';
import { resolveAppRequest, responseHeaders, SECURITY_HEADERS } from './protocol-paths.js';

/**
 * Registers `app://` as a standard, secure scheme (so the renderer gets a real origin with
 * IndexedDB and fetch). Must run before the app's `ready` event. With V8's code cache the
 * bundle is not compiled anew at every start (compiling it is a good part of the time to the
 * first text on a slow laptop).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the renderer bundle on `app://`. Call after the app is ready. */
export function setupProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const resolved = resolveAppRequest(RENDERER_ROOT, request.url);
    if (!resolved.ok) return refuse(resolved.status);
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders(resolved.filePath) });
    } catch {
      return refuse(404);
    }
  });
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS } });
}
