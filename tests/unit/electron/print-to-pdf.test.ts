// The printToPdf bridge method with Electron mocked: its payload is checked before anything
// happens, foreign senders are refused, the PDF is rendered from the sending window only
// after the user chose a place, and it is written exactly there.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { validatePrintToPdfRequest } from '../../../electron/ipc-validation';
import { electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
vi.mock('../../../electron/window.js', () => ({ appWebContentsIds: () => new Set([1]) }));

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
const printToPDF = vi.fn(async (_options: unknown) => PDF);
const mainFrame = { url: 'app://leestafel/index.html' };
const appEvent = { sender: { id: 1, mainFrame, printToPDF }, senderFrame: mainFrame };

function invoke(event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electronMock.ipcHandlers.get('desktop:printToPdf');
  if (!handler) throw new Error('no handler for desktop:printToPdf');
  return handler(event, ...args);
}

beforeAll(async () => {
  const { setupIpc } = await import('../../../electron/ipc');
  setupIpc();
});

beforeEach(() => {
  electronMock.showSaveDialog.mockReset();
  printToPDF.mockClear();
});

describe('validatePrintToPdfRequest', () => {
  it('accepts a bare .pdf file name and nothing else', () => {
    expect(validatePrintToPdfRequest({ suggestedName: 'vragen-raad-2026-03-12.pdf' })).toEqual({ ok: true, value: { suggestedName: 'vragen-raad-2026-03-12.pdf' } });
    expect(validatePrintToPdfRequest({ suggestedName: 'vragen.docx' })).toEqual({ ok: false, reason: 'De bestandsnaam moet op .pdf eindigen.' });
    expect(validatePrintToPdfRequest({ suggestedName: '../vragen.pdf' })).toEqual({ ok: false, reason: 'De bestandsnaam bevat een teken dat niet is toegestaan.' });
    expect(validatePrintToPdfRequest({ suggestedName: 'a.pdf', path: '/tmp/a.pdf' })).toEqual({ ok: false, reason: 'Het verzoek bevat onbekende velden.' });
    expect(validatePrintToPdfRequest('a.pdf')).toEqual({ ok: false, reason: 'Het verzoek is geen object.' });
    expect(validatePrintToPdfRequest(null)).toEqual({ ok: false, reason: 'Het verzoek is geen object.' });
  });
});

describe('printToPdf handler', () => {
  it('refuses a foreign sender before any dialog or rendering', async () => {
    const foreignFrame = { url: 'https://evil.example/' };
    await expect(invoke({ sender: { id: 1, mainFrame: foreignFrame, printToPDF }, senderFrame: foreignFrame }, { suggestedName: 'a.pdf' })).rejects.toThrow(
      'Geweigerd: printToPdf is alleen beschikbaar voor het venster van de app.',
    );
    expect(electronMock.showSaveDialog).not.toHaveBeenCalled();
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('rejects a bad payload before any dialog opens', async () => {
    await expect(invoke(appEvent, { suggestedName: 'a.exe' })).rejects.toThrow('Ongeldig verzoek: De bestandsnaam moet op .pdf eindigen.');
    expect(electronMock.showSaveDialog).not.toHaveBeenCalled();
  });

  it('does not render when the dialog is cancelled', async () => {
    electronMock.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(invoke(appEvent, { suggestedName: 'vragen.pdf' })).resolves.toEqual({ saved: false });
    expect(electronMock.showSaveDialog).toHaveBeenCalledWith({
      title: 'Bestand opslaan',
      buttonLabel: 'Opslaan',
      defaultPath: path.join('/home/raadslid/Documenten', 'vragen.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation'],
    });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('renders the sending window as A4 and writes the PDF where the user chose', async () => {
    const filePath = path.join(mkdtempSync(path.join(tmpdir(), 'leestafel-pdf-')), 'vragen.pdf');
    electronMock.showSaveDialog.mockResolvedValue({ canceled: false, filePath });
    await expect(invoke(appEvent, { suggestedName: 'vragen.pdf' })).resolves.toEqual({ saved: true, path: filePath });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true });
    expect(readFileSync(filePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
