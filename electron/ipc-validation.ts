/**
 * Pure checks for the IPC handlers: is a message from one of the app's own windows on the
 * app origin, is a `saveFile` payload well-formed, small enough and one of the app's own file
 * formats under its own extension, and does the path chosen in the save dialog keep that
 * extension. No Electron import, so they are unit-testable.
 */
import path from 'node:path';
import { MAX_SAVE_FILE_BYTES, type PrintToPdfRequest, type SaveFileRequest } from './contract.js';
import { isAppUrl } from './app-origin.js';
import { FILE_FORMATS, extensionsOf, fileFormatForMimeType, hasExtensionOf, type FileFormat } from './export-formats.js';

/** What the IPC handler knows about a message's sender. */
export interface SenderInfo {
  /** The id of the sending web contents. */
  webContentsId: number;
  /** The URL of the sending frame; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether the sending frame is its page's main frame (not an iframe). */
  isMainFrame: boolean;
}

/**
 * Whether a message may be handled: sent by the main frame of one of the app's own windows
 * while it shows a page on the app origin.
 */
export function isTrustedSender(sender: SenderInfo, appWebContentsIds: ReadonlySet<number>): boolean {
  return appWebContentsIds.has(sender.webContentsId) && sender.isMainFrame && isAppUrl(sender.frameUrl);
}

/** A validation outcome: the checked value, or a Dutch reason for the refusal. */
export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_FILE_NAME_LENGTH = 200;
const MIME_TYPE = /^[a-z]+\/[a-z0-9][a-z0-9.+-]*$/i;
// Characters Windows forbids in file names, path separators, and control characters.
const FORBIDDEN_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** Checks a suggested file name: a bare, portable file name without folders. */
export function validateFileName(name: unknown): Validated<string> {
  if (typeof name !== 'string') return { ok: false, reason: 'De bestandsnaam ontbreekt.' };
  if (name.trim() === '' || name.length > MAX_FILE_NAME_LENGTH) {
    return { ok: false, reason: `De bestandsnaam moet 1 tot ${MAX_FILE_NAME_LENGTH} tekens lang zijn.` };
  }
  if (FORBIDDEN_IN_FILE_NAME.test(name)) return { ok: false, reason: 'De bestandsnaam bevat een teken dat niet is toegestaan.' };
  if (name === '.' || name === '..' || name.endsWith('.') || name.endsWith(' ') || WINDOWS_RESERVED_NAME.test(name)) {
    return { ok: false, reason: 'Deze bestandsnaam is niet toegestaan.' };
  }
  return { ok: true, value: name };
}

/** The size in bytes of file data as it will be written (text as UTF-8). */
export function byteLengthOf(data: Uint8Array | string): number {
  return typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.byteLength;
}

/** A `saveFile` request that passed its checks, with the app's file format its content type names. */
export interface CheckedSaveFileRequest extends SaveFileRequest {
  format: FileFormat;
}

/**
 * Checks a `saveFile` payload: its shape, types and size, a file name, and a content type that
 * is one of the app's own formats (electron/export-formats.ts) whose extension the name carries.
 */
export function validateSaveFileRequest(payload: unknown, maxBytes: number = MAX_SAVE_FILE_BYTES): Validated<CheckedSaveFileRequest> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'Het verzoek is geen object.' };
  }
  const { suggestedName, mimeType, data } = payload as Record<string, unknown>;
  const name = validateFileName(suggestedName);
  if (!name.ok) return name;
  if (typeof mimeType !== 'string' || mimeType.length > 100 || !MIME_TYPE.test(mimeType)) {
    return { ok: false, reason: 'Het bestandstype is ongeldig.' };
  }
  const format = fileFormatForMimeType(mimeType);
  if (!format) return { ok: false, reason: 'Dit bestandstype kan de app niet opslaan.' };
  if (!hasExtensionOf(name.value, format)) return { ok: false, reason: extensionReason(format) };
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    return { ok: false, reason: 'De inhoud moet tekst of bytes zijn.' };
  }
  // Every UTF-16 unit is at least one UTF-8 byte: reject huge strings before measuring them.
  if ((typeof data === 'string' && data.length > maxBytes) || byteLengthOf(data) > maxBytes) {
    return { ok: false, reason: `Het bestand is groter dan ${Math.round(maxBytes / (1024 * 1024))} MB.` };
  }
  return { ok: true, value: { suggestedName: name.value, mimeType, data, format } };
}

function extensionReason(format: FileFormat): string {
  return `De bestandsnaam moet op ${extensionsOf(format).map((extension) => `.${extension}`).join(' of ')} eindigen.`;
}

/**
 * Checks the path the user chose in the save dialog: its file name must still end in one of the
 * format's extensions. Adding the extension afterwards is no way out: the dialog confirmed
 * overwriting the name the user typed, not the one with the extension added.
 */
export function validateChosenPath(filePath: string, format: FileFormat): Validated<string> {
  return hasExtensionOf(path.basename(filePath), format) ? { ok: true, value: filePath } : { ok: false, reason: extensionReason(format) };
}

/** Checks a `printToPdf` payload: an object with only a valid file name ending in ".pdf". */
export function validatePrintToPdfRequest(payload: unknown): Validated<PrintToPdfRequest> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'Het verzoek is geen object.' };
  }
  const keys = Object.keys(payload);
  if (keys.length !== 1 || keys[0] !== 'suggestedName') return { ok: false, reason: 'Het verzoek bevat onbekende velden.' };
  const name = validateFileName((payload as Record<string, unknown>).suggestedName);
  if (!name.ok) return name;
  if (!hasExtensionOf(name.value, FILE_FORMATS.pdf)) return { ok: false, reason: extensionReason(FILE_FORMATS.pdf) };
  return { ok: true, value: { suggestedName: name.value } };
}

/**
 * The save dialog's file filter for a format: only its own extensions. No "Alle bestanden": a
 * name with another extension would be refused after the dialog anyway.
 */
export function saveDialogFilters(format: FileFormat): { name: string; extensions: string[] }[] {
  return [{ name: format.filterName, extensions: extensionsOf(format) }];
}
