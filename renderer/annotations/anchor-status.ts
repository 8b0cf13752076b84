/** How an annotation's place in the current text is told to the user: a short label and a line. */
import type { AnchorStatus } from '../anchoring/anchor';

const STATUS: Record<AnchorStatus, { label: string; text: string }> = {
  exact: { label: 'Precies', text: 'Staat op de oorspronkelijke plek' },
  moved: { label: 'Verplaatst', text: 'Tekst verplaatst: opnieuw gevonden' },
  approximate: { label: 'Tekst gewijzigd', text: 'Tekst gewijzigd: benaderd geplaatst' },
};

/** The short word for the panel, e.g. "Tekst gewijzigd". */
export function anchorStatusLabel(status: AnchorStatus): string {
  return STATUS[status].label;
}

/** One line for the editor, e.g. "Tekst gewijzigd: benaderd geplaatst". */
export function anchorStatusText(status: AnchorStatus): string {
  return STATUS[status].text;
}
