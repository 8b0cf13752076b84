// The IPC handlers with Electron mocked: every contract method is registered on its derived
// channel, foreign senders are refused, bad payloads rejected, and saveFile writes only the
// app's own formats, only where the user chose in the dialog (which confirms overwriting), and
// atomically.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_FORMATS } from '../../../electron/export-formats';
import { electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
vi.mock('../../../electron/window.js', () => ({ appWebContentsIds: () => new Set([1]) }));

const mainFrame = { url: 'app://leestafel/index.html' };
const appEvent = { sender: { id: 1, mainFrame }, senderFrame: mainFrame };

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electronMock.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeAll(async () => {
  const { setupIpc } = await import('../../../electron/ipc');
  setupIpc();
});

beforeEach(() => electronMock.showSaveDialog.mockReset());

describe('setupIpc', () => {
  it('registers exactly the contract channels', () => {
    expect([...electronMock.ipcHandlers.keys()].sort()).toEqual(['desktop:getAppInfo', 'desktop:printToPdf', 'desktop:saveFile']);
  });

  it('refuses senders that are not the main frame of an app window on app://leestafel', async () => {
    const foreignFrame = { url: 'https://evil.example/' };
    const refusals = [
      { sender: { id: 1, mainFrame: foreignFrame }, senderFrame: foreignFrame },
      { sender: { id: 2, mainFrame }, senderFrame: mainFrame },
      { sender: { id: 1, mainFrame }, senderFrame: { url: 'app://leestafel/frame.html' } },
      { sender: { id: 1, mainFrame }, senderFrame: null },
    ];
    for (const event of refusals) {
      await expect(invoke('desktop:getAppInfo', event)).rejects.toThrow('Geweigerd: getAppInfo is alleen beschikbaar voor het venster van de app.');
    }
    expect(electronMock.showSaveDialog).not.toHaveBeenCalled();
  });

  it('answers getAppInfo with the app version', async () => {
    const info = (await invoke('desktop:getAppInfo', appEvent)) as { appVersion: string; documents: unknown[] };
    expect(info.appVersion).toBe('0.1.0');
    expect(Array.isArray(info.documents)).toBe(true);
  });

  it('rejects a bad saveFile payload before any dialog opens', async () => {
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: '../x.json', mimeType: 'application/json', data: '{}' })).rejects.toThrow(
      'Ongeldig verzoek: De bestandsnaam bevat een teken dat niet is toegestaan.',
    );
    expect(electronMock.showSaveDialog).not.toHaveBeenCalled();
  });

  it('returns saved: false when the dialog is cancelled', async () => {
    electronMock.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'notities.md', mimeType: 'text/markdown', data: '# Notities' })).resolves.toEqual({
      saved: false,
    });
    expect(electronMock.showSaveDialog).toHaveBeenCalledWith({
      title: 'Bestand opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: path.join('/home/raadslid/Documenten', 'notities.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      properties: ['showOverwriteConfirmation'],
    });
  });

  it('rejects a content type that is not one of the app\'s formats, or a name without its extension, before any dialog opens', async () => {
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'vragen.docx', mimeType: 'application/octet-stream', data: 'x' })).rejects.toThrow(
      'Ongeldig verzoek: Dit bestandstype kan de app niet opslaan.',
    );
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'start.sh', mimeType: 'text/plain', data: 'x' })).rejects.toThrow(
      'Ongeldig verzoek: De bestandsnaam moet op .txt eindigen.',
    );
    expect(electronMock.showSaveDialog).not.toHaveBeenCalled();
  });

  it('writes nothing when the name chosen in the dialog lost the extension', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-save-'));
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'notities.sh') });
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'notities.md', mimeType: 'text/markdown', data: '# x' })).rejects.toThrow(
      'Niet opgeslagen: De bestandsnaam moet op .md eindigen.',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replaces an existing file atomically, leaving no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-save-'));
    const target = path.join(dir, 'vragen.csv');
    writeFileSync(target, 'oud');
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'vragen.csv', mimeType: 'text/csv', data: '\uFEFFNummer;Vraag\r\n' })).resolves.toEqual({
      saved: true,
      path: target,
    });
    expect(readFileSync(target, 'utf8')).toBe('\uFEFFNummer;Vraag\r\n');
    expect(readdirSync(dir)).toEqual(['vragen.csv']);
  });

  it('reports a failed write in Dutch and leaves the old file and no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-save-'));
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: path.join(dir, 'ontbreekt', 'vragen.csv') });
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'vragen.csv', mimeType: 'text/csv', data: 'x' })).rejects.toThrow(
      /^Het bestand kon niet worden opgeslagen: ENOENT/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes text and bytes to the path the user chose', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-save-'));
    const textPath = path.join(dir, 'notities.md');
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: textPath });
    await expect(invoke('desktop:saveFile', appEvent, { suggestedName: 'notities.md', mimeType: 'text/markdown', data: 'Kopiëren' })).resolves.toEqual({
      saved: true,
      path: textPath,
    });
    expect(readFileSync(textPath, 'utf8')).toBe('Kopiëren');

    const bytesPath = path.join(dir, 'vragen.docx');
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath: bytesPath });
    await invoke('desktop:saveFile', appEvent, { suggestedName: 'vragen.docx', mimeType: FILE_FORMATS.docx.mimeType, data: new Uint8Array([80, 75, 3, 4]) });
    expect([...readFileSync(bytesPath)]).toEqual([80, 75, 3, 4]);
  });
});
