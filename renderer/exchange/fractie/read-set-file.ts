/**
 * Reads a fractieset the user picked or dropped (a File in the browser edition, the text the
 * desktop's main process read) and checks it completely; nothing is written.
 */
import type { OpenReservekopieResult } from '../../../electron/contract';
import { parseFractieset, setSizeProblem, type ParsedFractieset } from './parse';

/** A checked file with its name, or why it was refused. */
export type PickedSet = ParsedFractieset & { fileName: string };

/** Checks a File from the file input or a drop: its size before reading it, then its content. */
export async function readSetFile(file: File): Promise<PickedSet> {
  const tooLarge = setSizeProblem(file.size);
  if (tooLarge) return { ok: false, message: tooLarge, fileName: file.name };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'Het bestand kon niet worden gelezen. Kies het opnieuw.', fileName: file.name };
  }
  return { ...parseFractieset(text), fileName: file.name };
}

/** Checks what the desktop's open dialog returned; undefined when the user cancelled. */
export function readOpenedSet(result: OpenReservekopieResult): PickedSet | undefined {
  switch (result.status) {
    case 'canceled':
      return undefined;
    case 'wrong-type':
      return { ok: false, message: 'Kies een set aantekeningen: een bestand waarvan de naam op .json eindigt.', fileName: result.name };
    case 'too-large':
      return { ok: false, message: setSizeProblem(result.bytes) ?? 'Het bestand is te groot.', fileName: result.name };
    case 'opened':
      return { ...parseFractieset(result.text), fileName: result.name };
  }
}
