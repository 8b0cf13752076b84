// electron-builder.yml: valid against electron-builder's own JSON schema (offline), and
// holding the settings the app's identity and security depend on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
// js-yaml comes with electron-builder and has no type declarations of its own.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  files?: string[];
  extraResources?: { from: string; to: string }[];
  electronFuses?: Record<string, boolean>;
  directories?: { output?: string };
  win?: { target?: string[] };
  mac?: { target?: string[] };
  linux?: { target?: string[] };
}

const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

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
    expect(config.directories?.output).toBe('release');
  });

  it('packages the compiled shell and the renderer (with the converted documents) into an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['dist/electron/**', 'dist/renderer/**', 'package.json']);
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

  it('builds nsis on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });
});
