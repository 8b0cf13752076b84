// Opening a reservekopie on the desktop with Electron mocked: only the app's own window may
// ask, the request carries no payload, the dialog offers JSON files, a file that is not .json
// or larger than 50 MB is refused before it is read, and a good file comes back as text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupHref } from '../../../renderer/navigation/route';

type Handler = (event: unknown, ...payload: unknown[]) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const showOpenDialog = vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>();

vi.mock('electron', () => ({
  app: { getPath: () => '/home/raadslid/Documenten' },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showOpenDialog: (...args: unknown[]) => showOpenDialog(...args) },
  ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) },
}));
vi.mock('../../../electron/window.js', () => ({ appWebContentsIds: () => new Set([1]) }));

const mainFrame = { url: 'app://leestafel/index.html' };
const appEvent = { sender: { id: 1, mainFrame }, senderFrame: mainFrame };
const open = (event: unknown = appEvent, ...payload: unknown[]) => handlers.get('desktop:openReservekopie')!(event, ...payload);

beforeAll(async () => {
  const { setupOpenFile } = await import('../../../electron/open-file');
  setupOpenFile();
});

beforeEach(() => showOpenDialog.mockReset());

describe('openReservekopie', () => {
  it('refuses other senders and any payload before a dialog opens', async () => {
    const foreign = { url: 'https://evil.example/' };
    await expect(open({ sender: { id: 1, mainFrame: foreign }, senderFrame: foreign })).rejects.toThrow('Geweigerd: openReservekopie is alleen beschikbaar voor het venster van de app.');
    await expect(open({ sender: { id: 2, mainFrame }, senderFrame: mainFrame })).rejects.toThrow('Geweigerd');
    await expect(open(appEvent, '/etc/passwd')).rejects.toThrow('Ongeldig verzoek: openReservekopie neemt geen gegevens.');
    expect(showOpenDialog).not.toHaveBeenCalled();
  });

  it('offers JSON files in the documents folder and answers a cancel', async () => {
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(open()).resolves.toEqual({ status: 'canceled' });
    expect(showOpenDialog).toHaveBeenCalledWith({
      title: 'Reservekopie terugzetten',
      buttonLabel: 'Openen',
      defaultPath: '/home/raadslid/Documenten',
      filters: [{ name: 'Reservekopie (JSON)', extensions: ['json'] }],
      properties: ['openFile'],
    });
  });

  it('reads a chosen .json file and refuses other files and folders unread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'leestafel-open-'));
    const good = path.join(dir, 'leestafel-reservekopie-2026-12-03.json');
    writeFileSync(good, '{"format":"leestafel-reservekopie"}');
    const other = path.join(dir, 'notities.txt');
    writeFileSync(other, 'x');
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [good] });
    await expect(open()).resolves.toEqual({ status: 'opened', name: 'leestafel-reservekopie-2026-12-03.json', text: '{"format":"leestafel-reservekopie"}' });
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [other] });
    await expect(open()).resolves.toEqual({ status: 'wrong-type', name: 'notities.txt' });
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    await expect(open()).resolves.toEqual({ status: 'wrong-type', name: path.basename(dir) });
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, 'weg.json')] });
    await expect(open()).rejects.toThrow('Het bestand kon niet worden gelezen. Kies het opnieuw of kies een ander bestand.');
  });

  it('refuses a file over 50 MB by its size', async () => {
    const { checkChosenFile } = await import('../../../electron/open-file');
    expect(checkChosenFile('/tmp/groot.JSON', 50 * 1024 * 1024 + 1)).toEqual({ status: 'too-large', name: 'groot.JSON', bytes: 50 * 1024 * 1024 + 1 });
    expect(checkChosenFile('/tmp/groot.json', 50 * 1024 * 1024)).toBeUndefined();
  });

  it('opens the reservekopie screen from the menu at the renderer’s own route', async () => {
    const { RESERVEKOPIE_URL } = await import('../../../electron/menu');
    expect(RESERVEKOPIE_URL).toBe(`app://leestafel/index.html${backupHref}`);
  });
});

describe('openFractieset', () => {
  const openSet = (event: unknown = appEvent, ...payload: unknown[]) => handlers.get('desktop:openFractieset')!(event, ...payload);

  it('refuses other senders and any payload, and offers JSON files with its own title', async () => {
    const foreign = { url: 'https://evil.example/' };
    await expect(openSet({ sender: { id: 1, mainFrame: foreign }, senderFrame: foreign })).rejects.toThrow('Geweigerd');
    await expect(openSet(appEvent, '/etc/passwd')).rejects.toThrow('Ongeldig verzoek: openFractieset neemt geen gegevens.');
    expect(showOpenDialog).not.toHaveBeenCalled();
    showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(openSet()).resolves.toEqual({ status: 'canceled' });
    expect(showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Aantekeningen van de fractie importeren', filters: [{ name: 'Fractieset (JSON)', extensions: ['json'] }] }));
  });

  it('refuses a fractieset over 20 MB by its size, unread', async () => {
    const { checkChosenFile } = await import('../../../electron/open-file');
    const { MAX_FRACTIESET_BYTES } = await import('../../../electron/contract');
    expect(MAX_FRACTIESET_BYTES).toBe(20 * 1024 * 1024);
    expect(checkChosenFile('/tmp/set.json', MAX_FRACTIESET_BYTES + 1, MAX_FRACTIESET_BYTES)).toEqual({ status: 'too-large', name: 'set.json', bytes: MAX_FRACTIESET_BYTES + 1 });
    expect(checkChosenFile('/tmp/set.json', MAX_FRACTIESET_BYTES, MAX_FRACTIESET_BYTES)).toBeUndefined();
  });
});
