// A document's version is shown to readers as the day its text was taken into the app. Each
// date is pinned here to the hash of the text it belongs to: a changed text fails this test
// until its manifest entry gets the day of the new version (and this table its new hash).
import { describe, expect, it } from 'vitest';
import { convertAll, readSources } from '../../../scripts/convert-all';
import { formatVersionDate, versionLabel } from '../../../renderer/documents/version-label';

const VERSIONS: Record<string, { version: string; versionDate: string }> = {
  'kadernota-2022-domein-3': { version: '1721c21047bdf1', versionDate: '2026-11-22' },
  'begroting-domein-bestuur': { version: '03a9bc6d523ebc', versionDate: '2026-11-22' },
  'beleidskader-sociaal-domein-2023-2026': { version: '0d38770379e370', versionDate: '2026-11-22' },
  'samenleving-voorop': { version: '131c8d28b99ebf', versionDate: '2026-11-22' },
  'dienstverleningskompas-bijlage-1': { version: '036a2d66ee5156', versionDate: '2026-11-22' },
};

describe('document versions', () => {
  const models = convertAll(readSources()).map(({ model }) => model);

  it('gives every bundled text the day its version was taken in', () => {
    expect(Object.fromEntries(models.map(({ id, version, versionDate }) => [id, { version, versionDate }]))).toEqual(VERSIONS);
  });

  it('reads as a Dutch date', () => {
    expect(versionLabel(models.find((model) => model.id === 'beleidskader-sociaal-domein-2023-2026')!)).toBe('versie van 22 november 2026');
    expect(formatVersionDate('2020-08-04')).toBe('4 augustus 2020');
    expect(formatVersionDate('onbekend')).toBe('onbekend');
  });
});
