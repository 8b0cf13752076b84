// The app:// handler with Electron mocked: it serves files from the renderer bundle with their
// content type and the CSP header, and nothing outside it.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { electronMock } from '../../support/electron-mock';

const mocks = vi.hoisted(() => ({ root: '' }));

vi.mock('electron', () => import('../../support/electron-mock'));
vi.mock('../../../electron/paths.js', () => ({
  get RENDERER_ROOT() {
    return mocks.root;
  },
}));

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function request(url: string, method = 'GET'): Promise<Response> {
  const handler = electronMock.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not handled');
  return handler(new Request(url, { method }));
}

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'leestafel-protocol-'));
  mocks.root = path.join(base, 'renderer');
  mkdirSync(path.join(mocks.root, 'documents'), { recursive: true });
  writeFileSync(path.join(mocks.root, 'index.html'), '<!doctype html><title>Leestafel Leusden</title>');
  writeFileSync(path.join(mocks.root, 'documents', 'index.json'), '[]');
  writeFileSync(path.join(base, 'secret.txt'), 'geheim');
  const { registerAppScheme, setupProtocol } = await import('../../../electron/protocol');
  registerAppScheme();
  setupProtocol();
});

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme with fetch support and V8 code cache', () => {
    expect(electronMock.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
  });

  it('serves index.html for / with its content type and the CSP header', async () => {
    const response = await request('app://leestafel/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CSP);
    expect(await response.text()).toBe('<!doctype html><title>Leestafel Leusden</title>');
  });

  it('serves JSON as JSON', async () => {
    const response = await request('app://leestafel/documents/index.json');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.text()).toBe('[]');
  });

  it('refuses files outside the bundle, missing files, other hosts and writes', async () => {
    expect((await request('app://leestafel/..%2Fsecret.txt')).status).toBe(403);
    expect((await request('app://leestafel/ontbreekt.js')).status).toBe(404);
    expect((await request('app://elders/index.html')).status).toBe(404);
    expect((await request('app://leestafel/index.html', 'POST')).status).toBe(405);
    expect((await request('app://leestafel/ontbreekt.js')).headers.get('content-security-policy')).toBe(CSP);
  });
});
