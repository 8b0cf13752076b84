/**
 * Dutch number notation, in one place: dots group thousands, a comma starts the decimals
 * ("1.234,5"), the minus sign varies by source ('-', '−', '–', sometimes set apart: "- 276"),
 * a euro sign may come first ("€ -3.938") and a percent sign last ("8,43%"). Budget tables
 * print placeholders where a figure is absent ("pm", "n.t.b.", "x", "-").
 *
 * Three readers recognise figures, each for its own purpose, and they deliberately differ:
 * - the converter splits a raw table line into label and cells (`isTableValueToken`);
 * - the reader right-aligns table cells that hold a figure (`isNumericCell`, `isNumericColumn`);
 * - the search tokenizer keeps a number's separators inside one term (`SEARCH_NUMBER_TERM`).
 * `parseDutchNumber` reads a figure's value, for checks on a table's sums.
 */

// The sources differ in the minus they print: hyphen-minus, minus sign or en dash.
const MINUS = '-−–';
// Lenient on purpose (any digits and dots): a misprint such as "1.307.0" must still split
// off as a table cell and align as a figure.
const FIGURE = String.raw`\d[\d.]*(?:,\d+)?`;
// Strict on purpose: a value is only read where the dots group thousands ("4.668"), so a
// section number ("3.01") or a misprint ("1.307.0") is never taken for an amount.
const GROUPED_FIGURE = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;

// One whitespace-free token of a raw table line. Kept narrow (ASCII minus only, no euro
// sign): every token it accepts moves from a row's label into its cells.
const TABLE_VALUE_TOKEN = new RegExp(String.raw`^(?:-?${FIGURE}%?|pm|x|-|n\.t\.b\.)$`);

// The sources put the sign before or after the euro sign ("€ -3.938").
const NUMERIC_CELL = new RegExp(String.raw`^[${MINUS}+]?\s*(?:€\s*)?[${MINUS}]?${FIGURE}\s*%?$`);
// "pm" and "n.t.b." are missing here, unlike in table lines: a column holding them is not
// aligned as a whole, only its figures are.
const CELL_PLACEHOLDER = /^(|-|–|x)$/;

/**
 * The number alternative of the search tokenizer's term pattern (needs the `u` flag): digit
 * runs joined by single dots or commas, so "1.000", "8,43" and "3.01" stay one term. It has
 * no sign, no euro and no percent: those are not letters or digits, so never part of a term.
 */
export const SEARCH_NUMBER_TERM = String.raw`\p{N}+(?:[.,]\p{N}+)+`;

const SIGNED_NUMBER = new RegExp(
  String.raw`^(?<before>[${MINUS}+])?\s*(?:€\s*)?(?<after>[${MINUS}+])?\s*(?<figure>${GROUPED_FIGURE})\s*%?$`,
);
// Accountants' notation for a negative amount: "(276)".
const BRACKETED_NUMBER = new RegExp(String.raw`^\((?:€\s*)?(?<figure>${GROUPED_FIGURE})\s*%?\)$`);

/**
 * True for one whitespace-free token of a raw table line that is a table value: a figure
 * ("-4.668", "36,0", "8,43%") or a placeholder ("pm", "x", "-", "n.t.b.").
 */
export function isTableValueToken(token: string): boolean {
  return TABLE_VALUE_TOKEN.test(token);
}

/** True for "-4.668", "€ 549", "8,43%", "0"; false for text and empty cells. */
export function isNumericCell(text: string): boolean {
  return NUMERIC_CELL.test(text.trim());
}

/** True when every cell of a column is a number or a placeholder ("", "-", "x"), and one is a number. */
export function isNumericColumn(cells: string[]): boolean {
  const trimmed = cells.map((cell) => cell.trim());
  return trimmed.some(isNumericCell) && trimmed.every((cell) => CELL_PLACEHOLDER.test(cell) || isNumericCell(cell));
}

/**
 * The value of a figure in Dutch notation: "1.234,5" → 1234.5, "- 276" → -276, "−4.668" →
 * -4668, "(276)" → -276, "€ -3.938" → -3938. A percentage is its printed number ("8,43%" →
 * 8.43). Undefined for anything else: placeholders ("pm", "n.t.b.", "x", "-"), text, two
 * signs, and dots that do not group thousands ("3.01" is a section number, not a figure).
 */
export function parseDutchNumber(text: string): number | undefined {
  const trimmed = text.trim();
  const signed = SIGNED_NUMBER.exec(trimmed);
  const bracketed = signed ? null : BRACKETED_NUMBER.exec(trimmed);
  const groups = (signed ?? bracketed)?.groups;
  if (!groups) return undefined;
  if (groups.before !== undefined && groups.after !== undefined) return undefined;
  const sign = groups.before ?? groups.after;
  const negative = bracketed !== null || (sign !== undefined && sign !== '+');
  const value = Number(groups.figure!.replace(/\./g, '').replace(',', '.'));
  return negative && value !== 0 ? -value : value;
}
