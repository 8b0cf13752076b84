// The About box and getAppInfo read the bundled documents' index; malformed entries drop out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAboutDetail, parseDocumentIndex, readBundledDocuments } from '../../../electron/bundled-documents';

const kadernota = { id: 'kadernota-2022-domein-3', title: 'Kadernota 2022 – Domein 3', version: 'a1b2c3d4' };

describe('parseDocumentIndex', () => {
  it('keeps id, title and version of each well-formed entry', () => {
    expect(parseDocumentIndex([{ ...kadernota, kind: 'kadernota', years: '2022' }, { id: 'x', title: 'Zonder versie' }, null, 'x'])).toEqual([kadernota]);
    expect(parseDocumentIndex({ documents: [] })).toEqual([]);
  });
});

describe('readBundledDocuments', () => {
  it('reads an index file and yields nothing for a missing or broken one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-'));
    writeFileSync(path.join(dir, 'index.json'), JSON.stringify([kadernota]));
    writeFileSync(path.join(dir, 'broken.json'), '[{');
    expect(await readBundledDocuments(path.join(dir, 'index.json'))).toEqual([kadernota]);
    expect(await readBundledDocuments(path.join(dir, 'broken.json'))).toEqual([]);
    expect(await readBundledDocuments(path.join(dir, 'missing.json'))).toEqual([]);
  });
});

describe('formatAboutDetail', () => {
  it('lists the version and each document with its version', () => {
    expect(formatAboutDetail('0.1.0', [kadernota])).toBe('Versie 0.1.0\n\nMeegeleverde documenten:\n• Kadernota 2022 – Domein 3 (versie a1b2c3d4)');
    expect(formatAboutDetail('0.1.0', [])).toBe('Versie 0.1.0\n\nEr zijn geen meegeleverde documenten gevonden.');
  });

  it('names the day a version was taken in before its hash', () => {
    const dated = { ...kadernota, versionDate: '2026-11-22' };
    expect(parseDocumentIndex([dated])).toEqual([dated]);
    expect(formatAboutDetail('0.1.0', [dated])).toBe('Versie 0.1.0\n\nMeegeleverde documenten:\n• Kadernota 2022 – Domein 3 (versie van 22 november 2026, a1b2c3d4)');
  });
});
