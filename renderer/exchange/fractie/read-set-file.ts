/**
 * Reads a fractieset the user picked or dropped (a File in the browser edition, the text the
 * desktop's main process read) and checks it completely; nothing is written.
 */
import type { OpenReservekopieResult } from '../../../electron/contract';
import { openedUserFile, readUserFile, type FileRules, type UserFileText } from '../read-user-file';
import { parseFractieset, setSizeProblem, type ParsedFractieset } from './parse';

/** A checked file with its name, or why it was refused. */
export type PickedSet = ParsedFractieset & { fileName: string };

const RULES: FileRules = {
  sizeProblem: setSizeProblem,
  wrongType: 'Kies een set aantekeningen: een bestand waarvan de naam op .json eindigt.',
};

function check(read: UserFileText): PickedSet {
  return read.ok ? { ...parseFractieset(read.text), fileName: read.fileName } : read;
}

/** Checks a File from the file input or a drop: its size before reading it, then its content. */
export async function readSetFile(file: File): Promise<PickedSet> {
  return check(await readUserFile(file, RULES));
}

/** Checks what the desktop's open dialog returned; undefined when the user cancelled. */
export function readOpenedSet(result: OpenReservekopieResult): PickedSet | undefined {
  const read = openedUserFile(result, RULES);
  return read && check(read);
}
