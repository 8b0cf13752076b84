/**
 * The main-process side of the desktop bridge: one `ipcMain.handle` per method of
 * `DesktopApi`. Every message is checked before it is handled: the sender must be the main
 * frame of one of the app's own windows on the app origin, and the payload must pass its
 * validator. Files are saved only in the app's own formats, after the user chose the place
 * (and confirmed overwriting), and written atomically.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, type IpcMainInvokeEvent, type SaveDialogOptions } from 'electron';
import { writeFileAtomic } from './atomic-write.js';
import { readBundledDocuments } from './bundled-documents.js';
import type { AppInfo, SaveFileResult } from './contract.js';
import { FILE_FORMATS, type FileFormat } from './export-formats.js';
import { handle } from './ipc-handle.js';
import { saveDialogFilters, validateChosenPath, validatePrintToPdfRequest, validateSaveFileRequest } from './ipc-validation.js';

/** Registers the handlers of every bridge method. Call once, after the app is ready. */
export function setupIpc(): void {
  handle('getAppInfo', async (): Promise<AppInfo> => ({
    appVersion: app.getVersion(),
    documents: await readBundledDocuments(),
  }));

  handle('saveFile', async (event, payload): Promise<SaveFileResult> => {
    const request = validateSaveFileRequest(payload);
    if (!request.ok) throw new Error(`Ongeldig verzoek: ${request.reason}`);
    const { suggestedName, format, data } = request.value;

    return saveWithDialog(event, suggestedName, format, async () => data);
  });

  handle('printToPdf', async (event, payload): Promise<SaveFileResult> => {
    const request = validatePrintToPdfRequest(payload);
    if (!request.ok) throw new Error(`Ongeldig verzoek: ${request.reason}`);
    // Rendered only after the user chose a place: the window prints its own print view.
    return saveWithDialog(event, request.value.suggestedName, FILE_FORMATS.pdf, async () =>
      event.sender.printToPDF({ pageSize: 'A4', printBackground: false, preferCSSPageSize: true }),
    );
  });
}

// Asks where to save (the renderer never passes a path), then makes the content and writes it.
async function saveWithDialog(
  event: IpcMainInvokeEvent,
  suggestedName: string,
  format: FileFormat,
  content: () => Promise<Uint8Array | string>,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: 'Bestand opslaan',
    buttonLabel: 'Opslaan',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: saveDialogFilters(format),
    // Linux's dialog asks before replacing an existing file only when told to; macOS and Windows always ask.
    properties: ['showOverwriteConfirmation'],
  };
  const owner = BrowserWindow.fromWebContents(event.sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  const chosen = validateChosenPath(choice.filePath, format);
  if (!chosen.ok) throw new Error(`Niet opgeslagen: ${chosen.reason}`);

  try {
    await writeFileAtomic(chosen.value, await content());
  } catch (error) {
    throw new Error(`Het bestand kon niet worden opgeslagen: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { saved: true, path: choice.filePath };
}
