/**
 * The app's own origin: the privileged `app://` scheme and its fixed host name. Plain
 * constants and URL checks with no Electron import, so they are unit-testable.
 *
 * Keep these stable once released: IndexedDB (the user's annotations) lives per origin.
 */

/** The custom scheme the renderer is served from. */
export const APP_SCHEME = 'app';

/** The fixed host of the app origin. */
export const APP_HOST = 'leestafel';

/** The app's origin, e.g. for comparing with `new URL(x).origin`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page the window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Whether `url` is a well-formed URL on the app origin (`app://leestafel/...`). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compare protocol and host separately: URL.origin is "null" for non-special schemes in Node.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/**
 * Whether the app's session may load `url`. Only the app origin and inline data (images via
 * `data:`, DevTools in development) are allowed: the app never talks to the network.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'data:' || scheme === 'devtools:';
}
