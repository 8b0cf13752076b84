/**
 * Reads a reservekopie the user picked or dropped (a File in the browser edition, the text the
 * desktop's main process read) and checks it completely; nothing is written.
 */
import type { OpenReservekopieResult } from '../../../../electron/contract';
import { openedUserFile, readUserFile, type FileRules, type UserFileText } from '../../read-user-file';
import { parseReservekopie, sizeProblem, type ParsedReservekopie } from '../parse';

/** A checked file with its name, or why it was refused. */
export type PickedReservekopie = ParsedReservekopie & { fileName: string };

const RULES: FileRules = { sizeProblem, wrongType: 'Kies een reservekopie: een bestand waarvan de naam op .json eindigt.' };

async function check(read: UserFileText): Promise<PickedReservekopie> {
  return read.ok ? { ...(await parseReservekopie(read.text)), fileName: read.fileName } : read;
}

/** Checks a File from the file input or a drop: its size before reading it, then its content. */
export async function readPickedFile(file: File): Promise<PickedReservekopie> {
  return check(await readUserFile(file, RULES));
}

/** Checks what the desktop's open dialog returned; undefined when the user cancelled. */
export async function readOpenedFile(result: OpenReservekopieResult): Promise<PickedReservekopie | undefined> {
  const read = openedUserFile(result, RULES);
  return read && check(read);
}
