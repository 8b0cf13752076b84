/** How an annotation's place in the current text is told to the user. */
import type { AnchorStatus } from '../anchoring/anchor';

const STATUS_TEXT: Record<AnchorStatus, string> = {
  exact: 'Staat op de oorspronkelijke plek',
  moved: 'Tekst verplaatst: opnieuw gevonden',
  approximate: 'Tekst gewijzigd: benaderd geplaatst',
};

/** One line for the editor, e.g. "Tekst gewijzigd: benaderd geplaatst". */
export function anchorStatusText(status: AnchorStatus): string {
  return STATUS_TEXT[status];
}
