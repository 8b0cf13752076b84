/**
 * The offline packaging check. Real installers need a networked build host, but packaging
 * itself can be proven here: electron-builder packages the app (`--linux dir`) against a stub
 * Electron folder (`electronDist`) whose executable carries Electron's fuse sentinel, so the
 * fuses are flipped as in a real build. Then the package is inspected: what `app.asar` holds,
 * what the resources hold, which fuses are set. Used by tests/unit/electron/packaging.test.ts
 * and by scripts/check-package.ts (a readable report). Needs a built app (`npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractFile, getRawHeader } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** What `app.asar` may weigh. Today about 1.6 MB: the shell, the renderer bundle, the documents. */
export const ASAR_BUDGET_BYTES = 4 * 1024 * 1024;

/** What the raw documents in the resources may weigh (today about 190 kB). */
export const DOCUMENT_RESOURCES_BUDGET_BYTES = 1024 * 1024;

/** Marks the start of the fuse wire in an Electron binary (from @electron/fuses). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** The fuse names @electron/fuses knows, in wire order (`RunAsNode`, `EnableCookieEncryption`, …). */
export const FUSE_NAMES: readonly string[] = Object.keys(FuseV1Options)
  .filter((key) => !/^\d+$/.test(key))
  .sort((a, b) => FuseV1Options[a as keyof typeof FuseV1Options] - FuseV1Options[b as keyof typeof FuseV1Options]);

// Electron's own defaults, so that every fuse electron-builder.yml sets really flips in the stub.
const ELECTRON_DEFAULT_FUSES: Readonly<Record<string, boolean>> = {
  RunAsNode: true,
  EnableCookieEncryption: false,
  EnableNodeOptionsEnvironmentVariable: true,
  EnableNodeCliInspectArguments: true,
  EnableEmbeddedAsarIntegrityValidation: false,
  OnlyLoadAppFromAsar: false,
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: true,
};

/** A fuse's state as read back from a binary. */
export type FuseReading = 'enabled' | 'disabled' | 'removed' | 'inherit';

const FUSE_STATES: Readonly<Record<number, FuseReading>> = { 48: 'disabled', 49: 'enabled', 114: 'removed', 144: 'inherit' };

/**
 * Writes a stub Electron distribution into `dir`: an executable `electron` holding the fuse
 * sentinel, wire version 1, the wire length and one ASCII '0'/'1' per fuse (Electron's
 * defaults), plus the `resources/`, `LICENSE` and `LICENSES.chromium.html` electron-builder
 * copies.
 */
export function writeStubElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(join(dir, 'LICENSE'), 'Stub Electron for the offline packaging check.\n');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>Stub</title>\n');
  const wire = FUSE_NAMES.map((name) => (ELECTRON_DEFAULT_FUSES[name] ? '1' : '0')).join('');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron: packaging check only" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([1, FUSE_NAMES.length]),
    Buffer.from(wire, 'ascii'),
    Buffer.from('\n'),
  ]);
  writeFileSync(join(dir, 'electron'), binary);
  chmodSync(join(dir, 'electron'), 0o755);
}

/** Where the packaged app's parts are. */
export interface PackagedApp {
  appOutDir: string;
  executable: string;
  asar: string;
  resources: string;
}

/**
 * Packages `projectDir` with its electron-builder.yml for Linux (`dir`, x64) against a stub
 * Electron, all inside `workDir`. Nothing is written into the project. Throws with
 * electron-builder's output when packaging fails.
 */
export function packageWithStubElectron(projectDir: string, workDir: string): PackagedApp {
  for (const built of ['dist/electron/main.js', 'dist/renderer/index.html']) {
    if (!existsSync(join(projectDir, built))) throw new Error(`${built} ontbreekt: eerst npm run build`);
  }
  const stub = join(workDir, 'electron-stub');
  const output = join(workDir, 'release');
  writeStubElectron(stub);
  const builder = join(projectDir, 'node_modules', '.bin', 'electron-builder');
  const args = [
    '--linux', 'dir', '--x64', '--publish', 'never', '--projectDir', projectDir,
    `-c.electronDist=${stub}`, `-c.directories.output=${output}`,
    // No native modules exist to rebuild, and a rebuild would want the network.
    '-c.npmRebuild=false',
  ];
  try {
    execFileSync(builder, args, { cwd: projectDir, stdio: 'pipe', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`electron-builder mislukt:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`, { cause: error });
  }
  const appOutDir = join(output, 'linux-unpacked');
  const name = (JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { name: string }).name;
  const resources = join(appOutDir, 'resources');
  return { appOutDir, executable: join(appOutDir, name), asar: join(resources, 'app.asar'), resources };
}

/** A file inside an asar archive: its path (with `/`, no leading slash) and size in bytes. */
export interface AsarFile {
  path: string;
  size: number;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  size?: number;
}

/** Every file in an asar archive, sorted by path. */
export function listAsarFiles(asarPath: string): AsarFile[] {
  const files: AsarFile[] = [];
  const walk = (node: HeaderNode, prefix: string): void => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const path = prefix ? `${prefix}/${name}` : name;
      if (child.files) walk(child, path);
      else files.push({ path, size: child.size ?? 0 });
    }
  };
  walk(getRawHeader(asarPath).header as HeaderNode, '');
  // Code-point order, as the expected lists are sorted (localeCompare would put "ReservekopieScreen" after "index").
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Reads one file out of an asar archive as text. */
export function readAsarText(asarPath: string, path: string): string {
  return extractFile(asarPath, path).toString('utf8');
}

/** Every file under `dir`, as paths relative to `base` with `/`, sorted. */
export function listFiles(dir: string, base: string = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full).split(sep).join('/'));
  }
  return out.sort();
}

/** The total size of the files under `dir`. */
export function folderSize(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(join(dir, file)).size, 0);
}

/**
 * What `app.asar` must hold, taken from the built project: every compiled shell module, every
 * file of the renderer bundle (no source maps), and package.json.
 */
export function expectedAsarFiles(projectDir: string): string[] {
  const shell = listFiles(join(projectDir, 'dist', 'electron')).map((file) => `dist/electron/${file}`);
  const renderer = listFiles(join(projectDir, 'dist', 'renderer')).map((file) => `dist/renderer/${file}`);
  return [...shell, ...renderer, 'package.json'].filter((file) => unexpectedAsarEntry(file) === undefined).sort();
}

/**
 * Why a path has no place in `app.asar`, or undefined when it belongs there: the compiled
 * shell (`dist/electron/*.js`), the renderer bundle (`dist/renderer/**`) and package.json.
 */
export function unexpectedAsarEntry(path: string): string | undefined {
  if (/(^|\/)node_modules\//.test(path)) {
    return 'een npm-pakket (node_modules): de lezer bundelt zijn bibliotheken al, dus ze horen in devDependencies';
  }
  if (/(^|\/)(tests?|__tests__)\//.test(path) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(path)) return 'een test';
  if (/\.map$/.test(path)) return 'een source map';
  if (/\.d\.[cm]?ts$/.test(path) || /\.tsbuildinfo$/.test(path)) return 'een typedeclaratie';
  if (/\.[cm]?tsx?$/.test(path)) return 'een bronbestand';
  if (path === 'package.json' || /^dist\/electron\/[^/]+\.js$/.test(path) || path.startsWith('dist/renderer/')) return undefined;
  return 'geen onderdeel van de app';
}

/**
 * The modules a compiled main-process file loads that are neither relative, a Node built-in
 * nor Electron: each of them would need a node_modules/ folder the package does not have.
 */
export function foreignImports(javascript: string): string[] {
  // The shell is compiled to CommonJS: require() and dynamic import() are all there is.
  const specifiers = [...javascript.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1] ?? '');
  return specifiers.filter((specifier) => {
    if (specifier.startsWith('.') || specifier === 'electron' || specifier.startsWith('electron/')) return false;
    const bare = specifier.replace(/^node:/, '');
    return !builtinModules.includes(bare) && !builtinModules.includes(bare.split('/')[0] ?? '');
  });
}

/** The fuses of a (packaged) Electron binary, read back with @electron/fuses, by name. */
export async function readFuses(executable: string): Promise<Record<string, FuseReading>> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<string, number | string>;
  const fuses: Record<string, FuseReading> = {};
  FUSE_NAMES.forEach((name, index) => {
    const state = wire[index];
    if (typeof state === 'number') fuses[name] = FUSE_STATES[state] ?? 'inherit';
  });
  return fuses;
}

/** electron-builder.yml's `electronFuses` key for a fuse name: `RunAsNode` → `runAsNode`. */
export function fuseConfigKey(fuseName: string): string {
  return fuseName.charAt(0).toLowerCase() + fuseName.slice(1);
}
