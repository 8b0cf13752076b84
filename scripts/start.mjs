// Starts the app after `npm run build`: the desktop app when an Electron binary is installed,
// otherwise the browser edition on a small local static server (127.0.0.1 only).
// Prints sentences, never stack traces; exits non-zero on failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(root, 'dist', 'renderer');
// The compiled desktop shell (npm run build:electron). The browser edition serves the bundle
// with its very code: the same URL-to-file mapping, content types and CSP as app://.
const shellRoot = path.join(root, 'dist', 'electron');
// One fixed port: the browser keeps IndexedDB per origin, so on another port the app would
// open empty. When the port is taken, say so instead of moving.
const port = 5173;

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

/** The Electron executable, found without require('electron') (which would try to download it). */
function findElectronBinary() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const binary = path.join(electronDir, 'dist', relative);
  return relative !== '' && existsSync(binary) ? binary : undefined;
}

function startDesktop(binary) {
  console.log('Leestafel Leusden wordt gestart als desktop-app.');
  const env = { ...process.env };
  // A leftover ELECTRON_RUN_AS_NODE would start Electron as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.'], { cwd: root, stdio: 'inherit', env });
  child.on('error', (error) => fail(`Electron kon niet worden gestart (${error.message}).`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** The app protocol's helpers from the compiled shell (CommonJS: its exports are the default export). */
async function loadAppProtocol() {
  const load = async (name) => (await import(pathToFileURL(path.join(shellRoot, name)).href)).default;
  const [{ APP_ORIGIN }, { resolveAppRequest, responseHeaders, SECURITY_HEADERS }] = await Promise.all([
    load('app-origin.js'),
    load('protocol-paths.js'),
  ]);
  // A shell built from older sources lacks some of these: serving without the CSP is no option.
  if (typeof APP_ORIGIN !== 'string' || typeof resolveAppRequest !== 'function' || typeof responseHeaders !== 'function' || !SECURITY_HEADERS) {
    fail('De build in dist/electron is verouderd; voer eerst "npm run build" uit.');
  }
  return { APP_ORIGIN, resolveAppRequest, responseHeaders, SECURITY_HEADERS };
}

/** Answers a request the way app:// does, and never lets the browser cache (a rebuild shows at once). */
function requestHandler({ APP_ORIGIN, resolveAppRequest, responseHeaders, SECURITY_HEADERS }) {
  const refusal = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, refusal).end();
      return;
    }
    const resolved = resolveAppRequest(rendererRoot, APP_ORIGIN + (request.url ?? '/'));
    if (!resolved.ok) {
      response.writeHead(resolved.status, refusal).end();
      return;
    }
    try {
      const body = await readFile(resolved.filePath);
      response.writeHead(200, { ...responseHeaders(resolved.filePath), 'Cache-Control': 'no-store', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, refusal).end();
    }
  };
}

function listen(handle) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      fail(
        `Poort ${port} is al in gebruik. De browserversie bewaart je aantekeningen bij http://127.0.0.1:${port}/; ` +
          'op een andere poort zou de app leeg openen. Draait de leestafel al? Open dan dat adres. ' +
          'Anders: sluit het programma dat de poort gebruikt en start opnieuw.',
      );
    }
    fail(`De browserversie kon niet worden gestart op poort ${port} (${error.code ?? error.message}).`);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`De browserversie draait op http://127.0.0.1:${port}/ (stoppen met Ctrl+C).`);
  });
}

async function startBrowserEdition() {
  if (!existsSync(path.join(rendererRoot, 'index.html'))) {
    fail('Er is nog geen build van de app gevonden in dist/renderer; voer eerst "npm run build" uit.');
  }
  if (!existsSync(path.join(shellRoot, 'protocol-paths.js'))) {
    fail('Er is nog geen build van de desktop-schil gevonden in dist/electron; voer eerst "npm run build" uit.');
  }
  const handle = requestHandler(await loadAppProtocol());
  console.log('Electron is op deze machine niet geïnstalleerd en kan niet worden gedownload; de browserversie wordt gestart.');
  listen(handle);
}

try {
  const binary = findElectronBinary();
  if (binary) startDesktop(binary);
  else await startBrowserEdition();
} catch (error) {
  fail(`Leestafel Leusden kon niet worden gestart (${error instanceof Error ? error.message : String(error)}).`);
}
