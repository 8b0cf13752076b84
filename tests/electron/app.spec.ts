// The desktop shell end to end through Playwright's _electron: the window opens the library
// on app://leestafel, a document opens, the window runs with Electron's security settings,
// and the app makes no request outside its own origin. Where this machine has no Electron
// binary (it cannot be downloaded here) the test is skipped with the reason printed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

// Playwright compiles this file to CommonJS (the package is not an ES module): __dirname exists.
const root = path.resolve(__dirname, '../..');

type BinaryLookup = { found: true; binary: string } | { found: false; reason: string };

// Found without require('electron'): that would try to download the binary.
function findElectronBinary(): BinaryLookup {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { found: false, reason: `Geen Electron-binary: ${path.relative(root, pathFile)} ontbreekt (Electron kan op deze machine niet worden gedownload).` };
  }
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) {
    return { found: false, reason: `Geen Electron-binary: ${path.relative(root, binary)} ontbreekt (Electron kan op deze machine niet worden gedownload).` };
  }
  return { found: true, binary };
}

test('the desktop app opens the library and a document, securely and offline', async () => {
  const lookup = findElectronBinary();
  if (!lookup.found) {
    console.log(`Electron-test overgeslagen: ${lookup.reason}`);
    test.skip(true, lookup.reason);
    return;
  }

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({ executablePath: lookup.binary, args: ['.'], cwd: root, env: env as Record<string, string> });
  try {
    const mainWindow = await app.firstWindow();
    const requests: string[] = [];
    mainWindow.on('request', (request) => requests.push(request.url()));

    expect(mainWindow.url()).toMatch(/^app:\/\/leestafel\//);
    await expect(mainWindow.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');

    await mainWindow.getByRole('link', { name: /Kadernota 2022/ }).click();
    await expect(mainWindow.getByRole('heading', { level: 1 })).toContainText('Kadernota 2022');

    // Electron 45 no longer reports a window's web preferences, so check their effects.
    // contextBridge refuses to work without contextIsolation, so a bridge with exactly the
    // contract's methods proves it; no require/process proves nodeIntegration is off.
    const pageView = await mainWindow.evaluate(() => ({
      desktopMethods: Object.keys(window.desktop ?? {}).sort(),
      hasRequire: 'require' in window,
      hasProcess: 'process' in window,
    }));
    expect(pageView).toEqual({ desktopMethods: ['getAppInfo', 'printToPdf', 'saveFile'], hasRequire: false, hasProcess: false });

    // The OS reports the renderer sandbox on macOS and Windows only.
    const sandboxed = await app.evaluate(({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab').map((metric) => metric.sandboxed),
    );
    if (process.platform === 'darwin' || process.platform === 'win32') {
      expect(sandboxed.length).toBeGreaterThan(0);
      expect(sandboxed.every((value) => value === true)).toBe(true);
    }

    // The CSP arrives as a response header of the app:// protocol.
    const csp = await mainWindow.evaluate(() => fetch('index.html').then((response) => response.headers.get('content-security-policy')));
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );

    const info = await mainWindow.evaluate(() => window.desktop?.getAppInfo());
    expect(info?.documents.map((entry) => entry.id)).toContain('kadernota-2022-domein-3');

    // The session blocks the network and files outside the bundle; window.open is denied.
    const fetchOutcome = (url: string) =>
      mainWindow.evaluate((target) => fetch(target).then(() => 'geladen', () => 'geblokkeerd'), url);
    expect(await fetchOutcome('https://www.leusden.nl/')).toBe('geblokkeerd');
    expect(await fetchOutcome('file:///etc/hosts')).toBe('geblokkeerd');
    expect(await mainWindow.evaluate(() => window.open('https://www.leusden.nl/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);

    const attempted = new Set(['https://www.leusden.nl/', 'file:///etc/hosts']);
    expect(requests.filter((url) => !url.startsWith('app://leestafel/') && !attempted.has(url))).toEqual([]);
  } finally {
    await app.close();
  }
});
