/**
 * A failed reservekopie action as the user reads it: storage failures in the app's shared
 * Dutch wording (db/storage-errors.ts), our own errors with their Dutch message, and without
 * the English prefix Electron puts in front of an error from the main process.
 */
import { describeStorageError } from '../../../db/storage-errors';

const ELECTRON_PREFIX = /^Error invoking remote method '[^']*': (?:Error: )?/;

/** The Dutch message for a failed action; `action` names it, e.g. "Reservekopie maken". */
export function failureMessage(action: string, error: unknown): string {
  return `${action} is mislukt. ${describeStorageError(error).replace(ELECTRON_PREFIX, '')}`;
}
