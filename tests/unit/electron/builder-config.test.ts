// electron-builder.yml: valid against electron-builder's own JSON schema (offline), and
// holding the settings the app's identity, its installers, their signing and its security
// depend on. What a package really holds is proven by packaging.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
// js-yaml comes with electron-builder and has no type declarations of its own.
const yaml = require('js-yaml') as { load(text: string): unknown };

interface TargetConfig {
  target: string;
  arch?: string[];
}

interface BuilderConfig {
  appId?: string;
  productName?: string;
  artifactName?: string;
  asar?: boolean;
  files?: string[];
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  directories?: { output?: string };
  forceCodeSigning?: boolean;
  cscLink?: unknown;
  cscKeyPassword?: unknown;
  win?: { target?: TargetConfig[]; signtoolOptions?: unknown; azureSignOptions?: unknown };
  nsis?: Record<string, unknown>;
  msi?: Record<string, unknown>;
  mac?: {
    target?: TargetConfig[];
    hardenedRuntime?: boolean;
    entitlements?: string;
    entitlementsInherit?: string;
    notarize?: boolean;
    identity?: unknown;
  };
  linux?: { target?: TargetConfig[] };
}

const configText = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
const config = yaml.load(configText) as BuilderConfig;

const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/** The file name electron-builder gives one installer, computed with its own macro expansion. */
function artifactFileName(os: string, arch: 'x64' | 'arm64', ext: string): string {
  const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as { expandMacro(pattern: string, arch: string | null, appInfo: object, extra: object): string };
  const { Arch, getArtifactArchName } = require('builder-util') as { Arch: Record<string, number>; getArtifactArchName(arch: number, ext: string): string };
  return expandMacro(config.artifactName ?? '', getArtifactArchName(Arch[arch] ?? -1, ext), { version }, { os, ext });
}

describe('electron-builder.yml', () => {
  it('validates against app-builder-lib/scheme.json', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('keeps the app identity stable', () => {
    expect(config.appId).toBe('nl.leusden.leestafel');
    expect(config.productName).toBe('Leestafel Leusden');
    // The user-data folder is named after the product (electron/user-data.ts, pinned by
    // user-data.test.ts); the NSIS uninstaller knows it by the same name.
    expect(config.directories?.output).toBe('release');
  });

  it('packages the compiled shell and the renderer (with the converted documents) into an asar, without maps or declarations', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/*.map', '!**/*.d.ts', '!**/*.tsbuildinfo']);
  });

  it('has no runtime dependencies, so no node_modules reach the package (vite bundles the renderer\'s libraries)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.devDependencies).toEqual(expect.objectContaining({ electron: expect.stringMatching(/^\d+\.\d+\.\d+$/), 'electron-builder': '26.17.0' }));
  });

  it('bundles the raw documents as extra resources', () => {
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources/documents', to: 'documents' })]);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS and MSI on Windows, dmg and zip on macOS (Intel and Apple silicon), AppImage and deb on Linux', () => {
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
    expect(config.mac?.target).toEqual([
      { target: 'dmg', arch: ['x64', 'arm64'] },
      { target: 'zip', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
  });

  it('names every installer after product, version, OS and architecture, without spaces', () => {
    expect(config.artifactName).toBe('Leestafel-Leusden-${version}-${os}-${arch}.${ext}');
    // No target overrides the pattern.
    for (const target of [config.nsis, config.msi]) expect(target?.artifactName).toBeUndefined();
    // The names README "Uitrol" lists (electron-builder writes the Linux architectures as Linux does).
    expect([
      artifactFileName('win', 'x64', 'exe'),
      artifactFileName('win', 'x64', 'msi'),
      artifactFileName('mac', 'x64', 'dmg'),
      artifactFileName('mac', 'arm64', 'dmg'),
      artifactFileName('mac', 'arm64', 'zip'),
      artifactFileName('linux', 'x64', 'AppImage'),
      artifactFileName('linux', 'x64', 'deb'),
    ]).toEqual([
      `Leestafel-Leusden-${version}-win-x64.exe`,
      `Leestafel-Leusden-${version}-win-x64.msi`,
      `Leestafel-Leusden-${version}-mac-x64.dmg`,
      `Leestafel-Leusden-${version}-mac-arm64.dmg`,
      `Leestafel-Leusden-${version}-mac-arm64.zip`,
      `Leestafel-Leusden-${version}-linux-x86_64.AppImage`,
      `Leestafel-Leusden-${version}-linux-amd64.deb`,
    ]);
  });

  it('lets the NSIS installer install per user without admin rights, or per machine (/allusers), and keeps the data on uninstall', () => {
    expect(config.nsis).toEqual(expect.objectContaining({
      // Assisted installer with the install-mode page: "voor mij" or "voor iedereen".
      oneClick: false,
      perMachine: false,
      allowElevation: true,
      selectPerMachineByDefault: false,
      deleteAppDataOnUninstall: false,
    }));
  });

  it('makes the MSI per machine with a fixed upgrade code, the one electron-builder derives from appId', () => {
    expect(config.msi).toEqual(expect.objectContaining({ perMachine: true, oneClick: true }));
    // app-builder-lib/out/targets/MsiTarget.js: UUID v5 of appId in electron-builder's namespace.
    const { UUID } = require('builder-util-runtime') as { UUID: { v5(name: string, namespace: unknown): string; parse(uuid: string): unknown } };
    const derived = UUID.v5('nl.leusden.leestafel', UUID.parse('d752fe43-5d44-44d5-9fc9-6dd1bf19d5cc')).toUpperCase();
    expect(config.msi?.upgradeCode).toBe(derived);
  });

  it('signs and notarises from the build host\'s environment only: no certificate, password or identity in the file', () => {
    expect(config.cscLink).toBeUndefined();
    expect(config.cscKeyPassword).toBeUndefined();
    expect(config.win?.signtoolOptions).toBeUndefined();
    expect(config.win?.azureSignOptions).toBeUndefined();
    expect(config.mac?.identity).toBeUndefined();
    // An unsigned test build must stay possible; scripts/dist.ts forces signing on request.
    expect(config.forceCodeSigning).toBeUndefined();
    expect(configText).not.toMatch(/password\s*:|\.p12|\.pfx|APPLE_APP_SPECIFIC_PASSWORD\s*[:=]/i);
  });

  it('prepares macOS notarisation: hardened runtime with only the allow-jit entitlement', () => {
    expect(config.mac).toEqual(expect.objectContaining({
      hardenedRuntime: true,
      notarize: true,
      entitlements: 'resources/entitlements.mac.plist',
      entitlementsInherit: 'resources/entitlements.mac.plist',
    }));
    const plist = readFileSync(path.join(root, config.mac?.entitlements ?? ''), 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
