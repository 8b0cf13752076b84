// IPC checks: only the app's own window on app://leestafel may call the bridge, and a
// saveFile payload must be well-formed, small enough and name a bare file.
import { describe, expect, it } from 'vitest';
import { MAX_SAVE_FILE_BYTES, desktopChannels } from '../../../electron/contract';
import { byteLengthOf, isTrustedSender, saveDialogFilters, validateFileName, validateSaveFileRequest } from '../../../electron/ipc-validation';

const appWindows: ReadonlySet<number> = new Set([7]);

describe('isTrustedSender', () => {
  it('accepts the main frame of an app window on the app origin', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'app://leestafel/index.html', isMainFrame: true }, appWindows)).toBe(true);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'app://leestafel/index.html#/kadernota-2022-domein-3', isMainFrame: true }, appWindows)).toBe(true);
  });

  it.each([
    ['https://evil.example/', 'a web page'],
    ['http://leestafel/index.html', 'plain http with the app host'],
    ['file:///etc/passwd', 'a file URL'],
    ['app://evil/index.html', 'another host on the app scheme'],
    ['app://user@leestafel/index.html', 'credentials in the URL'],
    ['devtools://devtools/bundled/index.html', 'DevTools'],
    ['not a url', 'garbage'],
  ])('rejects %s (%s)', (frameUrl) => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl, isMainFrame: true }, appWindows)).toBe(false);
  });

  it('rejects a frame that is gone', () => {
    expect(isTrustedSender({ webContentsId: 7, frameUrl: undefined, isMainFrame: true }, appWindows)).toBe(false);
  });

  it('rejects other windows and iframes, even on the app origin', () => {
    expect(isTrustedSender({ webContentsId: 8, frameUrl: 'app://leestafel/index.html', isMainFrame: true }, appWindows)).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: 'app://leestafel/index.html', isMainFrame: false }, appWindows)).toBe(false);
  });
});

describe('validateSaveFileRequest', () => {
  const good = { suggestedName: 'aantekeningen-kadernota-2022.json', mimeType: 'application/json', data: '{"a":1}' };

  it('accepts text and bytes', () => {
    expect(validateSaveFileRequest(good)).toEqual({ ok: true, value: good });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    expect(validateSaveFileRequest({ ...good, suggestedName: 'vragen.docx', data: bytes })).toEqual({
      ok: true,
      value: { ...good, suggestedName: 'vragen.docx', data: bytes },
    });
  });

  it('keeps only the contract fields', () => {
    const result = validateSaveFileRequest({ ...good, path: '/etc/passwd' });
    expect(result).toEqual({ ok: true, value: good });
  });

  it.each([
    [null, 'Het verzoek is geen object.'],
    ['tekst', 'Het verzoek is geen object.'],
    [[good], 'Het verzoek is geen object.'],
    [{ ...good, suggestedName: 42 }, 'De bestandsnaam ontbreekt.'],
    [{ ...good, mimeType: 7 }, 'Het bestandstype is ongeldig.'],
    [{ ...good, mimeType: 'json' }, 'Het bestandstype is ongeldig.'],
    [{ ...good, mimeType: 'text/html\r\nX-Evil: 1' }, 'Het bestandstype is ongeldig.'],
    [{ ...good, data: 12 }, 'De inhoud moet tekst of bytes zijn.'],
    [{ ...good, data: [1, 2, 3] }, 'De inhoud moet tekst of bytes zijn.'],
    [{ ...good, data: { length: 3 } }, 'De inhoud moet tekst of bytes zijn.'],
  ])('rejects %j', (payload, reason) => {
    expect(validateSaveFileRequest(payload)).toEqual({ ok: false, reason });
  });

  it('rejects data larger than the cap, counting text as UTF-8', () => {
    const tooLarge = { ok: false, reason: 'Het bestand is groter dan 20 MB.' };
    expect(validateSaveFileRequest({ ...good, data: new Uint8Array(MAX_SAVE_FILE_BYTES + 1) })).toEqual(tooLarge);
    expect(validateSaveFileRequest({ ...good, data: 'x'.repeat(MAX_SAVE_FILE_BYTES + 1) })).toEqual(tooLarge);
    expect(validateSaveFileRequest({ ...good, data: new Uint8Array(MAX_SAVE_FILE_BYTES) }).ok).toBe(true);
    // "ë" is two bytes in UTF-8: 6 characters, 7 bytes.
    expect(byteLengthOf('Leusdë')).toBe(7);
    expect(validateSaveFileRequest({ ...good, data: 'Leusdë' }, 6).ok).toBe(false);
    expect(validateSaveFileRequest({ ...good, data: 'Leusdë' }, 7).ok).toBe(true);
  });
});

describe('validateFileName', () => {
  it.each(['notities.md', 'Kadernota 2022 – aantekeningen.json', 'vragen (1).docx'])('accepts %s', (name) => {
    expect(validateFileName(name)).toEqual({ ok: true, value: name });
  });

  it.each([
    ['../../.bashrc'],
    ['map/bestand.json'],
    ['map\\bestand.json'],
    ['C:bestand.json'],
    ['/etc/passwd'],
    ['..'],
    ['.'],
    [''],
    ['   '],
    ['nul\u0000.json'],
    ['regel\n.json'],
    ['CON'],
    ['aux.txt'],
    ['eindigt-op-punt.'],
    ['x'.repeat(201)],
  ])('rejects %j', (name) => {
    expect(validateFileName(name).ok).toBe(false);
  });
});

describe('saveDialogFilters', () => {
  it('offers the matching filter first, then all files', () => {
    expect(saveDialogFilters('application/json')).toEqual([
      { name: 'JSON', extensions: ['json'] },
      { name: 'Alle bestanden', extensions: ['*'] },
    ]);
    expect(saveDialogFilters('application/x-onbekend')).toEqual([{ name: 'Alle bestanden', extensions: ['*'] }]);
  });
});

describe('desktopChannels', () => {
  it('derives every channel from its method name', () => {
    expect(desktopChannels).toEqual({ getAppInfo: 'desktop:getAppInfo', saveFile: 'desktop:saveFile', printToPdf: 'desktop:printToPdf' });
  });
});
