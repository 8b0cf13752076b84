// The app:// protocol serves only files inside the renderer bundle, with the right content
// type and the CSP header.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedRequestUrl } from '../../../electron/app-origin';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppRequest, responseHeaders } from '../../../electron/protocol-paths';

const root = path.posix.resolve('/opt/leestafel/dist/renderer');

describe('resolveAppRequest', () => {
  it('maps / to index.html', () => {
    expect(resolveAppRequest(root, 'app://leestafel/', path.posix)).toEqual({ ok: true, filePath: `${root}/index.html` });
    expect(resolveAppRequest(root, 'app://leestafel', path.posix)).toEqual({ ok: true, filePath: `${root}/index.html` });
  });

  it('maps paths inside the bundle and ignores query and fragment', () => {
    expect(resolveAppRequest(root, 'app://leestafel/assets/index-abc.js?v=1#x', path.posix)).toEqual({
      ok: true,
      filePath: `${root}/assets/index-abc.js`,
    });
    expect(resolveAppRequest(root, 'app://leestafel/documents/kadernota-2022-domein-3.json', path.posix)).toEqual({
      ok: true,
      filePath: `${root}/documents/kadernota-2022-domein-3.json`,
    });
    expect(resolveAppRequest(root, 'app://leestafel/documents/Kadernota%202022.json', path.posix)).toEqual({
      ok: true,
      filePath: `${root}/documents/Kadernota 2022.json`,
    });
  });

  it.each([
    'app://leestafel/..%2F..%2Fetc%2Fpasswd',
    'app://leestafel/documents/..%2F..%2F..%2Fsecret',
    'app://leestafel/%2e%2e%2f%2e%2e%2fpasswd',
  ])('refuses encoded traversal out of the bundle with a 403: %s', (url) => {
    expect(resolveAppRequest(root, url, path.posix)).toEqual({ ok: false, status: 403 });
  });

  it('allows encoded ../ that stays inside the bundle', () => {
    expect(resolveAppRequest(root, 'app://leestafel/documents/..%2Findex.html', path.posix)).toEqual({ ok: true, filePath: `${root}/index.html` });
  });

  it('keeps literal ../ inside the bundle (the URL parser collapses it)', () => {
    expect(resolveAppRequest(root, 'app://leestafel/../../etc/passwd', path.posix)).toEqual({ ok: true, filePath: `${root}/etc/passwd` });
  });

  it('refuses backslashes (Windows separators) and resolves Windows paths inside the bundle', () => {
    const winRoot = 'C:\\Leestafel\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppRequest(winRoot, 'app://leestafel/..%5C..%5Csecret.txt', path.win32)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'app://leestafel/..%5C..%5Csecret.txt', path.posix)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest(winRoot, 'app://leestafel/..%2F..%2Fsecret.txt', path.win32)).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest(winRoot, 'app://leestafel/index.html', path.win32)).toEqual({ ok: true, filePath: `${winRoot}\\index.html` });
  });

  it('refuses other hosts and schemes, NUL bytes and undecodable paths', () => {
    expect(resolveAppRequest(root, 'app://elders/index.html', path.posix)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest(root, 'file:///etc/passwd', path.posix)).toEqual({ ok: false, status: 404 });
    expect(resolveAppRequest(root, 'app://leestafel/index.html%00.js', path.posix)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'app://leestafel/%E0%A4%A', path.posix)).toEqual({ ok: false, status: 400 });
    expect(resolveAppRequest(root, 'geen url', path.posix)).toEqual({ ok: false, status: 400 });
  });
});

describe('content types and headers', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['assets/index-abc.CSS', 'text/css; charset=utf-8'],
    ['documents/index.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.png', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['zonder-extensie', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it('sends the CSP as a header', () => {
    expect(responseHeaders('index.html')).toEqual({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'X-Content-Type-Options': 'nosniff',
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });
});

describe('isAllowedRequestUrl', () => {
  it('allows the app origin and inline data only', () => {
    expect(isAllowedRequestUrl('app://leestafel/documents/index.json')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://www.leusden.nl/')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:8080/')).toBe(false);
    expect(isAllowedRequestUrl('wss://example.org/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('app://elders/index.html')).toBe(false);
  });
});
