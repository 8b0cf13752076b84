/**
 * Opening a reservekopie or a fractieset on the desktop: the main process shows the open dialog, checks the
 * chosen file's extension and size before reading it, and returns its name and text, so the
 * renderer never names a path. The handler refuses senders that are not the app's own window,
 * as every bridge method does, and takes no payload.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron';
import { MAX_FRACTIESET_BYTES, MAX_RESERVEKOPIE_BYTES, type OpenReservekopieResult } from './contract.js';
import { handle } from './ipc-handle.js';

/** What an open dialog is for: its title, its filter's name and the largest file it reads. */
interface OpenPurpose {
  title: string;
  filterName: string;
  maxBytes: number;
}

const RESERVEKOPIE: OpenPurpose = { title: 'Reservekopie terugzetten', filterName: 'Reservekopie (JSON)', maxBytes: MAX_RESERVEKOPIE_BYTES };
const FRACTIESET: OpenPurpose = { title: 'Aantekeningen van de fractie importeren', filterName: 'Fractieset (JSON)', maxBytes: MAX_FRACTIESET_BYTES };

/** Registers the handlers of `openReservekopie` and `openFractieset`. Call once, after the app is ready. */
export function setupOpenFile(): void {
  handle('openReservekopie', async (event, ...payload) => {
    if (payload.length > 0) throw new Error('Ongeldig verzoek: openReservekopie neemt geen gegevens.');
    return openJsonFile(event, RESERVEKOPIE);
  });
  handle('openFractieset', async (event, ...payload) => {
    if (payload.length > 0) throw new Error('Ongeldig verzoek: openFractieset neemt geen gegevens.');
    return openJsonFile(event, FRACTIESET);
  });
}

/** Whether a chosen file may be read, by its name and size: a refusal, or undefined when it may. */
export function checkChosenFile(
  filePath: string,
  bytes: number,
  maxBytes: number = MAX_RESERVEKOPIE_BYTES,
): Extract<OpenReservekopieResult, { status: 'wrong-type' | 'too-large' }> | undefined {
  const name = path.basename(filePath);
  if (path.extname(name).toLowerCase() !== '.json') return { status: 'wrong-type', name };
  if (bytes > maxBytes) return { status: 'too-large', name, bytes };
  return undefined;
}

async function openJsonFile(event: IpcMainInvokeEvent, purpose: OpenPurpose): Promise<OpenReservekopieResult> {
  const options: OpenDialogOptions = {
    title: purpose.title,
    buttonLabel: 'Openen',
    defaultPath: app.getPath('documents'),
    filters: [{ name: purpose.filterName, extensions: ['json'] }],
    properties: ['openFile'],
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const [filePath] = choice.filePaths;
  if (choice.canceled || !filePath) return { status: 'canceled' };

  try {
    const info = await stat(filePath);
    if (!info.isFile()) return { status: 'wrong-type', name: path.basename(filePath) };
    const refused = checkChosenFile(filePath, info.size, purpose.maxBytes);
    if (refused) return refused;
    const data = await readFile(filePath);
    // The file may have grown between the check and the read.
    if (data.byteLength > purpose.maxBytes) return { status: 'too-large', name: path.basename(filePath), bytes: data.byteLength };
    return { status: 'opened', name: path.basename(filePath), text: data.toString('utf8') };
  } catch {
    throw new Error('Het bestand kon niet worden gelezen. Kies het opnieuw of kies een ander bestand.');
  }
}
