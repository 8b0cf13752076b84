/**
 * Reads a reservekopie the user picked or dropped (a File in the browser edition, the text the
 * desktop's main process read) and checks it completely; nothing is written.
 */
import type { OpenReservekopieResult } from '../../../../electron/contract';
import { parseReservekopie, sizeProblem, type ParsedReservekopie } from '../parse';

/** A checked file with its name, or why it was refused. */
export type PickedReservekopie = ParsedReservekopie & { fileName: string };

const WRONG_TYPE = 'Kies een reservekopie: een bestand waarvan de naam op .json eindigt.';

/** Checks a File from the file input or a drop: its size before reading it, then its content. */
export async function readPickedFile(file: File): Promise<PickedReservekopie> {
  const tooLarge = sizeProblem(file.size);
  if (tooLarge) return { ok: false, message: tooLarge, fileName: file.name };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: 'Het bestand kon niet worden gelezen. Kies het opnieuw.', fileName: file.name };
  }
  return { ...(await parseReservekopie(text)), fileName: file.name };
}

/** Checks what the desktop's open dialog returned; undefined when the user cancelled. */
export async function readOpenedFile(result: OpenReservekopieResult): Promise<PickedReservekopie | undefined> {
  switch (result.status) {
    case 'canceled':
      return undefined;
    case 'wrong-type':
      return { ok: false, message: WRONG_TYPE, fileName: result.name };
    case 'too-large':
      return { ok: false, message: sizeProblem(result.bytes) ?? WRONG_TYPE, fileName: result.name };
    case 'opened':
      return { ...(await parseReservekopie(result.text)), fileName: result.name };
  }
}
