/**
 * Pure checks for the IPC handlers: is a message from one of the app's own windows on the
 * app origin, and is a `saveFile` payload well-formed and small enough. No Electron import,
 * so they are unit-testable.
 */
import { MAX_SAVE_FILE_BYTES, type PrintToPdfRequest, type SaveFileRequest } from './contract.js';
import { isAppUrl } from './app-origin.js';
import { FILE_FORMATS, fileFormatForMimeType, hasExtensionOf } from './export-formats.js';

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

/** Checks a `saveFile` payload: its shape, types, file name, content type and size. */
export function validateSaveFileRequest(payload: unknown, maxBytes: number = MAX_SAVE_FILE_BYTES): Validated<SaveFileRequest> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, reason: 'Het verzoek is geen object.' };
  }
  const { suggestedName, mimeType, data } = payload as Record<string, unknown>;
  const name = validateFileName(suggestedName);
  if (!name.ok) return name;
  if (typeof mimeType !== 'string' || mimeType.length > 100 || !MIME_TYPE.test(mimeType)) {
    return { ok: false, reason: 'Het bestandstype is ongeldig.' };
  }
  if (typeof data !== 'string' && !(data instanceof Uint8Array)) {
    return { ok: false, reason: 'De inhoud moet tekst of bytes zijn.' };
  }
  // Every UTF-16 unit is at least one UTF-8 byte: reject huge strings before measuring them.
  if ((typeof data === 'string' && data.length > maxBytes) || byteLengthOf(data) > maxBytes) {
    return { ok: false, reason: `Het bestand is groter dan ${Math.round(maxBytes / (1024 * 1024))} MB.` };
  }
  return { ok: true, value: { suggestedName: name.value, mimeType, data } };
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
  const pdf = FILE_FORMATS.pdf;
  if (!hasExtensionOf(name.value, pdf)) return { ok: false, reason: `De bestandsnaam moet op .${pdf.extension} eindigen.` };
  return { ok: true, value: { suggestedName: name.value } };
}

/** The save dialog's file filters for a content type (always ending with "Alle bestanden"). */
export function saveDialogFilters(mimeType: string): { name: string; extensions: string[] }[] {
  const known = fileFormatForMimeType(mimeType);
  const all = { name: 'Alle bestanden', extensions: ['*'] };
  return known ? [{ name: known.filterName, extensions: [known.extension, ...(known.otherExtensions ?? [])] }, all] : [all];
}
