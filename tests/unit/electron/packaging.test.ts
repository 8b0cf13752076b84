// The offline packaging check (scripts/package-check.ts): electron-builder packages the built
// app with electron-builder.yml for Linux (`dir`) against a stub Electron carrying the fuse
// sentinel, into a temporary folder. Then: app.asar holds the compiled shell, the renderer with
// the converted documents and package.json — nothing else, within its size budget; the raw
// documents are in the resources; the fuses read back as electron-builder.yml sets them.
// Needs `npm run build` first (npm test does that).
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASAR_BUDGET_BYTES,
  DOCUMENT_RESOURCES_BUDGET_BYTES,
  expectedAsarFiles,
  folderSize,
  foreignImports,
  FUSE_NAMES,
  fuseConfigKey,
  listAsarFiles,
  listFiles,
  packageWithStubElectron,
  readAsarText,
  readFuses,
  unexpectedAsarEntry,
  type AsarFile,
  type PackagedApp,
} from '../../../scripts/package-check';

const root = path.resolve(import.meta.dirname, '../../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const builderConfig = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as { electronFuses: Record<string, boolean> };

describe('what may go into app.asar', () => {
  it('lets in the compiled shell, the renderer bundle and package.json', () => {
    for (const file of ['package.json', 'dist/electron/main.js', 'dist/electron/preload.js', 'dist/renderer/index.html', 'dist/renderer/assets/index-DsG3zOi-.js', 'dist/renderer/documents/samenleving-voorop.json']) {
      expect(unexpectedAsarEntry(file), file).toBeUndefined();
    }
  });

  it('keeps out sources, tests, maps, declarations, dependencies and anything else', () => {
    expect(unexpectedAsarEntry('electron/main.ts')).toBe('een bronbestand');
    expect(unexpectedAsarEntry('renderer/App.tsx')).toBe('een bronbestand');
    expect(unexpectedAsarEntry('scripts/package-check.ts')).toBe('een bronbestand');
    expect(unexpectedAsarEntry('tests/unit/electron/packaging.test.ts')).toBe('een test');
    expect(unexpectedAsarEntry('dist/renderer/assets/app.spec.js')).toBe('een test');
    expect(unexpectedAsarEntry('dist/renderer/assets/index-DsG3zOi-.js.map')).toBe('een source map');
    expect(unexpectedAsarEntry('dist/electron/main.d.ts')).toBe('een typedeclaratie');
    expect(unexpectedAsarEntry('node_modules/react/index.js')).toMatch(/^een npm-pakket/);
    expect(unexpectedAsarEntry('node_modules/@types/node/package.json')).toMatch(/^een npm-pakket/);
    expect(unexpectedAsarEntry('dist/electron/sub/helper.js')).toBe('geen onderdeel van de app');
    expect(unexpectedAsarEntry('resources/documents/manifest.json')).toBe('geen onderdeel van de app');
    expect(unexpectedAsarEntry('electron-builder.yml')).toBe('geen onderdeel van de app');
  });

  it('knows which main-process imports need a node_modules folder', () => {
    const js = [
      'const node_path_1 = require("node:path");',
      'const fs = require("fs/promises");',
      'const electron_1 = require("electron");',
      'const paths_js_1 = require("./paths.js");',
      'const later = import("node:url");',
      'const dexie = require("dexie");',
      "const zip = import('fflate');",
    ].join('\n');
    expect(foreignImports(js)).toEqual(['dexie', 'fflate']);
  });
});

describe('the package electron-builder makes (Linux dir, stub Electron)', () => {
  let workDir: string;
  let app: PackagedApp;
  let asarFiles: AsarFile[];

  beforeAll(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'leestafel-packaging-'));
    app = packageWithStubElectron(root, workDir);
    asarFiles = listAsarFiles(app.asar);
  }, 180_000);

  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('holds nothing in app.asar but the shell, the renderer with its documents and package.json', () => {
    const paths = asarFiles.map((file) => file.path);
    const misplaced = paths.flatMap((file) => {
      const reason = unexpectedAsarEntry(file);
      return reason ? [`${file}: ${reason}`] : [];
    });
    expect(misplaced).toEqual([]);
    expect(paths).toEqual(expectedAsarFiles(root));
  });

  it('holds every compiled shell module, the renderer page and every converted document', () => {
    const paths = new Set(asarFiles.map((file) => file.path));
    const shellSources = listFiles(path.join(root, 'electron')).filter((file) => file.endsWith('.ts'));
    expect(shellSources.length).toBeGreaterThan(0);
    for (const source of shellSources) expect(paths, `${source} is not in the package: dist/electron is older than electron/, run npm run build`).toContain(`dist/electron/${source.replace(/\.ts$/, '.js')}`);
    expect(paths).toContain('dist/renderer/index.html');
    expect(paths).toContain('dist/renderer/documents/index.json');
    const manifest = JSON.parse(readFileSync(path.join(root, 'resources/documents/manifest.json'), 'utf8')) as { id: string }[];
    expect(manifest.length).toBeGreaterThan(0);
    for (const { id } of manifest) expect(paths).toContain(`dist/renderer/documents/${id}.json`);
  });

  it('packs a package.json that starts the shell and lists no dependencies', () => {
    const pkg = JSON.parse(readAsarText(app.asar, 'package.json')) as Record<string, unknown>;
    expect(pkg.main).toBe('dist/electron/main.js');
    expect(pkg.productName).toBe('Leestafel Leusden');
    expect(pkg.dependencies).toBeUndefined();
    expect(pkg.devDependencies).toBeUndefined();
  });

  it('gives the main process only Electron and Node built-ins to load, as the package has no node_modules', () => {
    const shell = asarFiles.filter((file) => file.path.startsWith('dist/electron/'));
    const foreign = shell.flatMap((file) => foreignImports(readAsarText(app.asar, file.path)).map((specifier) => `${file.path}: ${specifier}`));
    expect(foreign).toEqual([]);
  });

  it('puts the raw documents, manifest and corrections in the resources', () => {
    expect(listFiles(path.join(app.resources, 'documents'))).toEqual(listFiles(path.join(root, 'resources/documents')));
    expect(listFiles(app.resources).filter((file) => !file.startsWith('documents/'))).toEqual(['app.asar']);
  });

  it(`stays within the size budget: app.asar at most ${ASAR_BUDGET_BYTES / 1024 / 1024} MB, the raw documents at most ${DOCUMENT_RESOURCES_BUDGET_BYTES / 1024 / 1024} MB`, () => {
    expect(statSync(app.asar).size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES);
    expect(folderSize(path.join(app.resources, 'documents'))).toBeLessThanOrEqual(DOCUMENT_RESOURCES_BUDGET_BYTES);
  });

  it('flips the fuses in the packaged binary as electron-builder.yml says (read back with @electron/fuses)', async () => {
    const fuses = await readFuses(app.executable);
    expect(fuses).toEqual({
      RunAsNode: 'disabled',
      EnableCookieEncryption: 'enabled',
      EnableNodeOptionsEnvironmentVariable: 'disabled',
      EnableNodeCliInspectArguments: 'disabled',
      EnableEmbeddedAsarIntegrityValidation: 'enabled',
      OnlyLoadAppFromAsar: 'enabled',
      // Not set by electron-builder.yml: stays at Electron's default.
      LoadBrowserProcessSpecificV8Snapshot: 'disabled',
      GrantFileProtocolExtraPrivileges: 'disabled',
    });
    // Every fuse the configuration sets reads back as set.
    for (const name of FUSE_NAMES) {
      const configured = builderConfig.electronFuses[fuseConfigKey(name)];
      if (configured !== undefined) expect(fuses[name], name).toBe(configured ? 'enabled' : 'disabled');
    }
  });
});
