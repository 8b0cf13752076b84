// `npm run dist` says before building whether the installers will be signed and notarised,
// deciding from the build host's environment as electron-builder 26 does (scripts/signing-status.ts).
import { describe, expect, it } from 'vitest';
import { signingStatus, signingSummary, targetPlatforms } from '../../../scripts/signing-status';

describe('targetPlatforms', () => {
  it('reads electron-builder\'s platform flags, or takes the host platform', () => {
    expect(targetPlatforms(['--win'], 'linux')).toEqual(['win']);
    expect(targetPlatforms(['-w', '-m', '-l'], 'linux')).toEqual(['win', 'mac', 'linux']);
    expect(targetPlatforms(['--linux', 'dir', '-c.electronDist=/tmp/x'], 'darwin')).toEqual(['linux']);
    expect(targetPlatforms([], 'win32')).toEqual(['win']);
    expect(targetPlatforms([], 'darwin')).toEqual(['mac']);
    expect(targetPlatforms(['--publish', 'never'], 'linux')).toEqual(['linux']);
  });
});

describe('signingStatus', () => {
  it('says clearly that a build without certificates is not signed', () => {
    const status = signingStatus(['win', 'mac'], { CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(status.unsigned).toEqual(['win', 'mac']);
    expect(status.errors).toEqual([]);
    expect(status.lines).toEqual([
      'Windows: NIET ondertekend — WIN_CSC_LINK en CSC_LINK ontbreken; Windows SmartScreen waarschuwt bij installeren.',
      'macOS: NIET ondertekend — geen CSC_LINK of CSC_NAME en CSC_IDENTITY_AUTO_DISCOVERY=false.',
      'macOS: NIET genotariseerd — APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD en APPLE_TEAM_ID ontbreken; Gatekeeper blokkeert de app dan.',
    ]);
    expect(signingSummary(status)).toBe('Let op: deze build is NIET ondertekend voor Windows en macOS. Goed om te testen, niet om uit te rollen (zie README, "Uitrol").');
  });

  it('signs Windows from WIN_CSC_LINK, or from CSC_LINK when that is all there is', () => {
    expect(signingStatus(['win'], { WIN_CSC_LINK: 'C:\\certs\\leusden.pfx', WIN_CSC_KEY_PASSWORD: 'geheim' }).lines).toEqual(['Windows: ondertekend met het certificaat uit WIN_CSC_LINK.']);
    const fromCscLink = signingStatus(['win'], { CSC_LINK: 'base64…', CSC_KEY_PASSWORD: 'geheim' });
    expect(fromCscLink.lines).toEqual(['Windows: ondertekend met het certificaat uit CSC_LINK.']);
    expect(fromCscLink.unsigned).toEqual([]);
    expect(signingStatus(['win'], { WIN_CSC_LINK: 'x.pfx' }).lines).toEqual(['Windows: ondertekend met het certificaat uit WIN_CSC_LINK (let op: WIN_CSC_KEY_PASSWORD is leeg).']);
  });

  it('signs and notarises macOS from CSC_LINK and the Apple ID variables', () => {
    const status = signingStatus(['mac'], { CSC_LINK: 'cert.p12', CSC_KEY_PASSWORD: 'x', APPLE_ID: 'griffie@leusden.nl', APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh', APPLE_TEAM_ID: 'ABCDE12345' });
    expect(status.lines).toEqual([
      'macOS: ondertekend met het certificaat uit CSC_LINK.',
      'macOS: wordt genotariseerd met APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD en APPLE_TEAM_ID.',
    ]);
    expect(signingSummary(status)).toBe('Ondertekening: in orde voor uitrol.');
  });

  it('accepts an App Store Connect API key or a keychain profile for notarisation', () => {
    expect(signingStatus(['mac'], { CSC_NAME: 'Developer ID Application: Gemeente Leusden', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'iss' }).lines).toEqual([
      'macOS: ondertekend met "Developer ID Application: Gemeente Leusden" uit de sleutelhanger (CSC_NAME).',
      'macOS: wordt genotariseerd met de API-sleutel (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER).',
    ]);
    expect(signingStatus(['mac'], { CSC_LINK: 'c.p12', APPLE_KEYCHAIN_PROFILE: 'leestafel' }).lines[1]).toBe('macOS: wordt genotariseerd met het sleutelhangerprofiel uit APPLE_KEYCHAIN_PROFILE.');
  });

  it('stops on half-set notarisation variables, which electron-builder would reject after signing', () => {
    expect(signingStatus(['mac'], { CSC_LINK: 'c.p12', APPLE_ID: 'griffie@leusden.nl' }).errors).toEqual([
      'macOS-notarisatie: APPLE_APP_SPECIFIC_PASSWORD en APPLE_TEAM_ID ontbreken (nodig naast APPLE_ID).',
    ]);
    expect(signingStatus(['mac'], { CSC_LINK: 'c.p12', APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id' }).errors).toEqual([
      'macOS-notarisatie: APPLE_API_ISSUER ontbreekt (nodig naast APPLE_API_KEY en APPLE_API_KEY_ID).',
    ]);
  });

  it('leaves macOS signing to the keychain when no variable names a certificate, and says so', () => {
    const status = signingStatus(['mac'], {});
    expect(status.unsigned).toEqual([]);
    expect(status.uncertain).toEqual(['mac']);
    expect(signingSummary(status)).toMatch(/^Let op: of macOS ondertekend wordt, hangt af van de sleutelhanger/);
  });

  it('does not count Linux packages as unsigned', () => {
    const status = signingStatus(['linux'], {});
    expect(status.lines).toEqual(['Linux: AppImage en deb worden niet ondertekend (zo gebruikelijk op Linux).']);
    expect(signingSummary(status)).toBe('Ondertekening: in orde voor uitrol.');
  });
});
