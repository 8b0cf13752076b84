// Starts the app after `npm run build`: the desktop app when an Electron binary is installed,
// otherwise the browser edition on a small local static server (127.0.0.1 only).
// Prints sentences, never stack traces; exits non-zero on failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const rendererRoot = path.join(root, 'dist', 'renderer');
const firstPort = 5173;
const portsToTry = 20;

const contentTypes = {
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
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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

function resolveRequest(url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://127.0.0.1').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const filePath = path.resolve(rendererRoot, '.' + pathname);
  const fromRoot = path.relative(rendererRoot, filePath);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith('..' + path.sep) || path.isAbsolute(fromRoot)) return undefined;
  return filePath;
}

async function handle(request, response) {
  const filePath = request.method === 'GET' || request.method === 'HEAD' ? resolveRequest(request.url ?? '/') : undefined;
  const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
  if (!filePath) {
    response.writeHead(404, headers).end();
    return;
  }
  try {
    const body = await readFile(filePath);
    const type = contentTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, headers).end();
  }
}

function listen(port, attemptsLeft) {
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && attemptsLeft > 1) listen(port + 1, attemptsLeft - 1);
    else fail(`De browserversie kon niet worden gestart: poort ${port} is niet beschikbaar (${error.code ?? error.message}).`);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`De browserversie draait op http://127.0.0.1:${port}/ (stoppen met Ctrl+C).`);
  });
}

function startBrowserEdition() {
  if (!existsSync(path.join(rendererRoot, 'index.html'))) {
    fail('Er is nog geen build van de app gevonden in dist/renderer; voer eerst "npm run build" uit.');
  }
  console.log('Electron is op deze machine niet geïnstalleerd en kan niet worden gedownload; de browserversie wordt gestart.');
  listen(firstPort, portsToTry);
}

try {
  const binary = findElectronBinary();
  if (binary) startDesktop(binary);
  else startBrowserEdition();
} catch (error) {
  fail(`Leestafel Leusden kon niet worden gestart (${error instanceof Error ? error.message : String(error)}).`);
}
