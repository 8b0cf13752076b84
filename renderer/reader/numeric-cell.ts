/** Recognises table cells that hold a number, so they can be right-aligned with tabular figures. */

// Dutch notation: dots group thousands, a comma starts decimals; minus signs vary by source.
const NUMERIC = /^[-−–+]?\s*(€\s*)?[-−–]?\d[\d.]*(,\d+)?\s*%?$/;
// What budget tables print where a number is absent.
const PLACEHOLDER = /^(|-|–|x)$/;

/** True for "-4.668", "€ 549", "8,43%", "0"; false for text and empty cells. */
export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/** True when every cell of a column is a number or a placeholder ("", "-", "x"), and one is a number. */
export function isNumericColumn(cells: string[]): boolean {
  const trimmed = cells.map((cell) => cell.trim());
  return trimmed.some(isNumericCell) && trimmed.every((cell) => PLACEHOLDER.test(cell) || isNumericCell(cell));
}
