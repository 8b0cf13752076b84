/** Recognises table cells that hold a number, so they can be right-aligned with tabular figures. */

// Dutch notation: dots group thousands, a comma starts decimals; minus signs vary by source.
const NUMERIC = /^[-−–+]?\s*(€\s*)?[-−–]?\d[\d.]*(,\d+)?\s*%?$/;

/** True for "-4.668", "€ 549", "8,43%", "0"; false for text and empty cells. */
export function isNumericCell(text: string): boolean {
  return NUMERIC.test(text.trim());
}
