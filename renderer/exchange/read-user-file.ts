/**
 * Reads the text of a file the user picked or dropped (a File in the browser edition, what the
 * desktop's open dialog returned in the app): its size is checked before it is read. The
 * format's own reader (reservekopie, fractieset) then checks the text; nothing is written.
 */
import type { OpenReservekopieResult } from '../../electron/contract';

/** A file's text with its name, or why it could not be read. */
export type UserFileText = { ok: true; text: string; fileName: string } | { ok: false; message: string; fileName: string };

/** What a format says about a file it cannot take before reading it. */
export interface FileRules {
  /** Why a file of this many bytes is refused, if it is. */
  sizeProblem: (bytes: number) => string | undefined;
  /** Why a file whose name does not end in .json is refused. */
  wrongType: string;
}

/** Reads a File from the file input or a drop: its size first, then its text. */
export async function readUserFile(file: File, rules: FileRules): Promise<UserFileText> {
  const tooLarge = rules.sizeProblem(file.size);
  if (tooLarge) return { ok: false, message: tooLarge, fileName: file.name };
  try {
    return { ok: true, text: await file.text(), fileName: file.name };
  } catch {
    return { ok: false, message: 'Het bestand kon niet worden gelezen. Kies het opnieuw.', fileName: file.name };
  }
}

/** What the desktop's open dialog returned, as text; undefined when the user cancelled. */
export function openedUserFile(result: OpenReservekopieResult, rules: FileRules): UserFileText | undefined {
  switch (result.status) {
    case 'canceled':
      return undefined;
    case 'wrong-type':
      return { ok: false, message: rules.wrongType, fileName: result.name };
    case 'too-large':
      return { ok: false, message: rules.sizeProblem(result.bytes) ?? rules.wrongType, fileName: result.name };
    case 'opened':
      return { ok: true, text: result.text, fileName: result.name };
  }
}
