/**
 * Pure helpers for the `app://` protocol handler: which file inside the renderer bundle a
 * request maps to (never anything outside it), the content type to serve it with, and the
 * response headers (CSP included). No Electron import, so they are unit-testable.
 */
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.js';

/** The Content-Security-Policy every app response carries, as a header. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The headers every app response carries, refusals included: the CSP and no content sniffing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name, by extension; unknown types are opaque bytes. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The headers of a successful app response. */
export function responseHeaders(filePath: string): Record<string, string> {
  return { 'Content-Type': contentTypeFor(filePath), ...SECURITY_HEADERS };
}

/** Where a request goes: a file inside the bundle, or a refusal with its HTTP status. */
export type ResolvedRequest = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an `app://leestafel/...` URL to an absolute file path inside `root` (the renderer
 * bundle). `/` maps to `index.html`. Anything on another scheme or host, with an undecodable
 * path, a NUL byte or backslash, or a path that would leave `root` is refused.
 */
export function resolveAppRequest(root: string, url: string, pathApi: path.PlatformPath = path): ResolvedRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404 };

  let relative: string;
  try {
    // The URL parser already collapses "../" segments; decoding may reveal encoded ones
    // ("..%2F"), which the containment check below catches.
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // Backslashes are separators on Windows: refuse them everywhere rather than per platform.
  if (relative.includes('\0') || relative.includes('\\')) return { ok: false, status: 400 };
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';

  const rootPath = pathApi.resolve(root);
  const filePath = pathApi.resolve(rootPath, '.' + pathApi.sep + relative.replace(/^[/\\]+/, ''));
  const fromRoot = pathApi.relative(rootPath, filePath);
  const leavesRoot = fromRoot === '..' || fromRoot.startsWith('..' + pathApi.sep) || pathApi.isAbsolute(fromRoot);
  if (fromRoot === '' || leavesRoot) return { ok: false, status: 403 };
  return { ok: true, filePath };
}
