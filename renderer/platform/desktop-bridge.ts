/**
 * The platform layer: one `platform` object that hides whether the reader runs in the desktop
 * app (the `window.desktop` bridge from the preload) or in a plain browser (downloads and the
 * bundled documents index).
 */
import type { AppInfo, AutoBackup, BundledDocument, DesktopApi, OpenReservekopieResult, PrintToPdfRequest, SaveFileRequest, SaveFileResult } from '../../electron/contract';
import { version as packageVersion } from '../../package.json';

/** The desktop bridge when running inside the Electron app, otherwise undefined. */
export function desktopBridge(): DesktopApi | undefined {
  return typeof window !== 'undefined' ? window.desktop : undefined;
}

/** Whether the reader runs inside the desktop app. */
export function isDesktop(): boolean {
  return desktopBridge() !== undefined;
}

/** Saves a file: a native save dialog on the desktop, a download in the browser. */
async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
  const bridge = desktopBridge();
  if (bridge) return bridge.saveFile(request);
  // Copy into a fresh ArrayBuffer-backed array: Blob does not take shared buffers.
  const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  const url = URL.createObjectURL(new Blob([part], { type: request.mimeType }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = request.suggestedName;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // The download has started by now; give the browser a moment before freeing the data.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  // The browser does not say whether the user kept the download.
  return { saved: true };
}

/**
 * Saves the page as it prints (its print stylesheet) as a PDF: on the desktop straight to a
 * file the user picks; in the browser the print dialog opens, where "Opslaan als PDF" does
 * the same (the outcome is unknown there, so `saved` is false).
 */
async function printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult> {
  const bridge = desktopBridge();
  if (bridge) return bridge.printToPdf(request);
  window.print();
  return { saved: false };
}

/** The app version and the bundled documents with their versions. */
async function getAppInfo(): Promise<AppInfo> {
  const bridge = desktopBridge();
  if (bridge) return bridge.getAppInfo();
  const response = await fetch(new URL('documents/index.json', document.baseURI));
  if (!response.ok) throw new Error(`De documentenlijst kon niet worden geladen (${response.status}).`);
  const index = (await response.json()) as unknown;
  const documents: BundledDocument[] = Array.isArray(index)
    ? index.flatMap((entry: unknown) => {
        const { id, title, version } = (entry ?? {}) as Partial<Record<keyof BundledDocument, unknown>>;
        return typeof id === 'string' && typeof title === 'string' && typeof version === 'string' ? [{ id, title, version }] : [];
      })
    : [];
  return { appVersion: packageVersion, documents };
}

/**
 * Lets the user pick a reservekopie in the desktop's open dialog; the main process checks and
 * reads the file. The browser edition has no such dialog: it offers a file input instead.
 */
async function openReservekopie(): Promise<OpenReservekopieResult> {
  const bridge = desktopBridge();
  if (!bridge) throw new Error('Een bestand kiezen via het venster van de computer kan alleen in de desktop-app.');
  return bridge.openReservekopie();
}

/** Lets the user pick a fractieset in the desktop's open dialog, as openReservekopie does for a reservekopie. */
async function openFractieset(): Promise<OpenReservekopieResult> {
  const bridge = desktopBridge();
  if (!bridge) throw new Error('Een bestand kiezen via het venster van de computer kan alleen in de desktop-app.');
  return bridge.openFractieset();
}

/**
 * The automatic reservekopieën the desktop app keeps in its user-data folder; undefined in the
 * browser edition, which has no folder of its own (it reminds the user to make one instead).
 */
function autoBackups(): Pick<DesktopApi, 'storeAutoBackup' | 'listAutoBackups' | 'readAutoBackup'> | undefined {
  return desktopBridge();
}

/** What the reader may ask of the platform, the same on desktop and in the browser. */
export const platform = { saveFile, printToPdf, getAppInfo, isDesktop, openReservekopie, openFractieset, autoBackups } as const;

export type { AutoBackup };
