// IPC checks: only the app's own window on app://leestafel may call the bridge, and a
// saveFile payload must be well-formed, small enough, name a bare file and be one of the app's
// own formats under its own extension — as must the path chosen in the save dialog.
import { describe, expect, it } from 'vitest';
import { MAX_SAVE_FILE_BYTES, desktopChannels } from '../../../electron/contract';
import { FILE_FORMATS } from '../../../electron/export-formats';
import {
  byteLengthOf,
  isTrustedSender,
  saveDialogFilters,
  validateChosenPath,
  validateFileName,
  validatePrintToPdfRequest,
  validateSaveFileRequest,
} from '../../../electron/ipc-validation';

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

  it('accepts text and bytes, with the format the content type names', () => {
    expect(validateSaveFileRequest(good)).toEqual({ ok: true, value: { ...good, format: FILE_FORMATS.json } });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const docx = { suggestedName: 'vragen.docx', mimeType: FILE_FORMATS.docx.mimeType, data: bytes };
    expect(validateSaveFileRequest(docx)).toEqual({ ok: true, value: { ...docx, format: FILE_FORMATS.docx } });
  });

  it('keeps only the contract fields', () => {
    const result = validateSaveFileRequest({ ...good, path: '/etc/passwd', format: FILE_FORMATS.html });
    expect(result).toEqual({ ok: true, value: { ...good, format: FILE_FORMATS.json } });
  });

  it.each(Object.values(FILE_FORMATS).flatMap((format) => [format.extension, ...('otherExtensions' in format ? format.otherExtensions : [])].map((extension) => [format.mimeType, extension])))(
    'accepts %s under .%s, in any case of letters',
    (mimeType, extension) => {
      expect(validateSaveFileRequest({ suggestedName: `vragen.${extension}`, mimeType, data: 'x' }).ok).toBe(true);
      expect(validateSaveFileRequest({ suggestedName: `VRAGEN.${extension.toUpperCase()}`, mimeType: mimeType.toUpperCase(), data: 'x' }).ok).toBe(true);
    },
  );

  it.each([
    [{ suggestedName: 'vragen.exe', mimeType: 'application/octet-stream' }, 'Dit bestandstype kan de app niet opslaan.'],
    [{ suggestedName: 'vragen.docx', mimeType: 'application/octet-stream' }, 'Dit bestandstype kan de app niet opslaan.'],
    [{ suggestedName: 'start.sh', mimeType: 'application/x-sh' }, 'Dit bestandstype kan de app niet opslaan.'],
    [{ suggestedName: 'vragen.md', mimeType: 'text/markdown; charset=utf-8' }, 'Het bestandstype is ongeldig.'],
    [{ suggestedName: 'vragen.html', mimeType: 'text/csv' }, 'De bestandsnaam moet op .csv eindigen.'],
    [{ suggestedName: 'vragen.docx.exe', mimeType: FILE_FORMATS.docx.mimeType }, 'De bestandsnaam moet op .docx eindigen.'],
    [{ suggestedName: 'vragen', mimeType: 'text/plain' }, 'De bestandsnaam moet op .txt eindigen.'],
    [{ suggestedName: 'pagina.php', mimeType: 'text/html' }, 'De bestandsnaam moet op .html of .htm eindigen.'],
    [{ suggestedName: 'vragenmd', mimeType: 'text/markdown' }, 'De bestandsnaam moet op .md eindigen.'],
  ])('refuses %j: only the app\'s own formats under their own extensions', (request, reason) => {
    expect(validateSaveFileRequest({ ...request, data: 'x' })).toEqual({ ok: false, reason });
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
  it("offers only the format's own extensions: no \"Alle bestanden\"", () => {
    expect(saveDialogFilters(FILE_FORMATS.json)).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    expect(saveDialogFilters(FILE_FORMATS.html)).toEqual([{ name: 'HTML', extensions: ['html', 'htm'] }]);
  });
});

describe('validateChosenPath', () => {
  it.each(['/home/raadslid/Documenten/vragen.docx', '/home/raadslid/Documenten/VRAGEN.DOCX', 'C:\\Users\\raadslid\\vragen.docx'])('accepts %s', (filePath) => {
    expect(validateChosenPath(filePath, FILE_FORMATS.docx)).toEqual({ ok: true, value: filePath });
  });

  it.each(['/home/raadslid/Documenten/vragen', '/home/raadslid/.bashrc', '/home/raadslid/vragen.docx.sh', '/home/raadslid/docx'])(
    'refuses %s, which lost the extension',
    (filePath) => {
      expect(validateChosenPath(filePath, FILE_FORMATS.docx)).toEqual({ ok: false, reason: 'De bestandsnaam moet op .docx eindigen.' });
    },
  );
});

describe('validatePrintToPdfRequest', () => {
  it('accepts a bare name ending in .pdf and nothing more', () => {
    expect(validatePrintToPdfRequest({ suggestedName: 'vragen.pdf' })).toEqual({ ok: true, value: { suggestedName: 'vragen.pdf' } });
    expect(validatePrintToPdfRequest({ suggestedName: 'vragen.docx' })).toEqual({ ok: false, reason: 'De bestandsnaam moet op .pdf eindigen.' });
    expect(validatePrintToPdfRequest({ suggestedName: 'vragen.pdf', mimeType: 'application/pdf' }).ok).toBe(false);
  });
});

describe('desktopChannels', () => {
  it('derives every channel from its method name', () => {
    // Other methods join the contract over time; each channel must still be derived from its name.
    expect(Object.keys(desktopChannels)).toEqual(expect.arrayContaining(['getAppInfo', 'saveFile', 'printToPdf']));
    for (const [method, channel] of Object.entries(desktopChannels)) expect(channel).toBe(`desktop:${method}`);
  });
});
