/**
 * The desktop bridge contract: the one place that says what the renderer may ask of the
 * Electron main process. The preload implements `DesktopApi`, main registers a handler per
 * method, and the renderer imports these types only (`import type`).
 *
 * This file is compiled both for the main process and for the renderer, so it must stay
 * plain TypeScript: no Node, no Electron, no DOM imports.
 */

/** One bundled document as the About box and the renderer know it. */
export interface BundledDocument {
  id: string;
  title: string;
  /** Short hash of the raw text: identifies this version of the document (for support). */
  version: string;
  /** The day this version was taken into the app (yyyy-mm-dd), when the index says. */
  versionDate?: string;
}

/** What `getAppInfo` answers: the app's version and the documents it ships with. */
export interface AppInfo {
  appVersion: string;
  documents: BundledDocument[];
}

/** A request to save bytes or text to a file the user picks in a native save dialog. */
export interface SaveFileRequest {
  /** A bare file name (no folders) ending in the format's extension, e.g. "aantekeningen-kadernota-2022.json". */
  suggestedName: string;
  /** The content type of one of the app's formats (see export-formats.ts), e.g. "application/json"; it picks the dialog's file filter. */
  mimeType: string;
  /** Text is written as UTF-8. */
  data: Uint8Array | string;
}

/** The outcome of `saveFile`: `saved` is false when the user cancelled the dialog. */
export interface SaveFileResult {
  saved: boolean;
  /** Where the file was written (desktop only). */
  path?: string;
}

/** A request to save the window's print view as a PDF the user places in a native save dialog. */
export interface PrintToPdfRequest {
  /** A bare file name ending in ".pdf", e.g. "vragen-raad-2026-03-12.pdf". */
  suggestedName: string;
}

/** What `openReservekopie` answers: the chosen file's name and text, or why there is none. */
export type OpenReservekopieResult =
  | { status: 'opened'; name: string; text: string }
  | { status: 'canceled' }
  /** Not a .json file. */
  | { status: 'wrong-type'; name: string }
  /** Larger than MAX_RESERVEKOPIE_BYTES: not read. */
  | { status: 'too-large'; name: string; bytes: number };

/** The largest reservekopie a restore reads, in bytes (50 MB); larger files are refused before reading. */
export const MAX_RESERVEKOPIE_BYTES = 50 * 1024 * 1024;

/** The largest fractieset an import reads, in bytes (20 MB); larger files are refused before reading. */
export const MAX_FRACTIESET_BYTES = 20 * 1024 * 1024;

/** An automatic reservekopie the desktop app keeps in its user-data folder. */
export interface AutoBackup {
  /** Its file name, e.g. "leestafel-reservekopie-2026-12-04T230000Z.json". */
  name: string;
  /** When it was made, in milliseconds since the epoch. */
  madeAt: number;
}

/** The desktop bridge, exposed to the renderer as `window.desktop` by the preload. */
export interface DesktopApi {
  /** The app's version and the bundled documents with their versions. */
  getAppInfo(): Promise<AppInfo>;
  /** Asks the user where to save `data` and writes it there; the renderer never passes a path. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the sending window as it prints (its print stylesheet) to a PDF and saves it where the user chooses. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveFileResult>;
  /** Shows an open dialog for a reservekopie; the main process checks the file's extension and size and reads it. */
  openReservekopie(): Promise<OpenReservekopieResult>;
  /** Shows an open dialog for a fractieset (annotations shared by a fractie member); checked and read like a reservekopie. */
  openFractieset(): Promise<OpenReservekopieResult>;
  /** Keeps `text` (a reservekopie) as an automatic reservekopie when one is due (at most one per hour); true when kept. */
  storeAutoBackup(text: string): Promise<boolean>;
  /** The automatic reservekopieën, newest first. */
  listAutoBackups(): Promise<AutoBackup[]>;
  /** The text of the automatic reservekopie with this name. */
  readAutoBackup(name: string): Promise<string>;
}

/** The name of a bridge method. */
export type DesktopMethod = keyof DesktopApi;

/** The IPC channel of a bridge method: derived from the method name, never written by hand. */
export type DesktopChannel<M extends DesktopMethod = DesktopMethod> = `desktop:${M}`;

/**
 * The IPC channel per bridge method. The mapped type makes the compiler demand an entry for
 * every method of `DesktopApi` and reject any channel not derived from its method name.
 */
export const desktopChannels: { readonly [M in DesktopMethod]: DesktopChannel<M> } = {
  getAppInfo: 'desktop:getAppInfo',
  saveFile: 'desktop:saveFile',
  printToPdf: 'desktop:printToPdf',
  openReservekopie: 'desktop:openReservekopie',
  openFractieset: 'desktop:openFractieset',
  storeAutoBackup: 'desktop:storeAutoBackup',
  listAutoBackups: 'desktop:listAutoBackups',
  readAutoBackup: 'desktop:readAutoBackup',
};

/** The largest file `saveFile` accepts, in bytes (20 MB). */
export const MAX_SAVE_FILE_BYTES = 20 * 1024 * 1024;

declare global {
  interface Window {
    /** Present only in the desktop app; the browser edition has no bridge. */
    desktop?: DesktopApi;
  }
}
