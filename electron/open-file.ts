/**
 * Opening a reservekopie on the desktop: the main process shows the open dialog, checks the
 * chosen file's extension and size before reading it, and returns its name and text, so the
 * renderer never names a path. The handler refuses senders that are not the app's own window,
 * as every bridge method does, and takes no payload.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { MAX_RESERVEKOPIE_BYTES, type OpenReservekopieResult } from './contract.js';
import { handle } from './ipc-handle.js';

/** Registers the handler of `openReservekopie`. Call once, after the app is ready. */
export function setupOpenFile(): void {
  handle('openReservekopie', async (event, ...payload) => {
    if (payload.length > 0) throw new Error('Ongeldig verzoek: openReservekopie neemt geen gegevens.');
    return openReservekopie(event);
  });
}

/** Whether a chosen file may be read, by its name and size: a refusal, or undefined when it may. */
export function checkChosenFile(filePath: string, bytes: number): Extract<OpenReservekopieResult, { status: 'wrong-type' | 'too-large' }> | undefined {
  const name = path.basename(filePath);
  if (path.extname(name).toLowerCase() !== '.json') return { status: 'wrong-type', name };
  if (bytes > MAX_RESERVEKOPIE_BYTES) return { status: 'too-large', name, bytes };
  return undefined;
}

async function openReservekopie(event: IpcMainInvokeEvent): Promise<OpenReservekopieResult> {
  const options: OpenDialogOptions = {
    title: 'Reservekopie terugzetten',
    buttonLabel: 'Openen',
    defaultPath: app.getPath('documents'),
    filters: [{ name: 'Reservekopie (JSON)', extensions: ['json'] }],
    properties: ['openFile'],
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const [filePath] = choice.filePaths;
  if (choice.canceled || !filePath) return { status: 'canceled' };

  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { status: 'wrong-type', name: path.basename(filePath) };
    const refused = checkChosenFile(filePath, info.size);
    if (refused) return refused;
    const data = await readFile(filePath);
    // The file may have grown between the check and the read.
    if (data.byteLength > MAX_RESERVEKOPIE_BYTES) return { status: 'too-large', name: path.basename(filePath), bytes: data.byteLength };
    return { status: 'opened', name: path.basename(filePath), text: data.toString('utf8') };
  } catch {
    throw new Error('Het bestand kon niet worden gelezen. Kies het opnieuw of kies een ander bestand.');
  }
}
