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

/** A figure read strictly for the rekencontrole: its value and how it was printed. */
export interface DutchFigure {
  value: number;
  /** Digits printed after the comma: the last printed digit is worth 10^-decimals. */
  decimals: number;
  percent: boolean;
  /** A euro sign was printed (also "e" where a PDF extraction lost the €). */
  euro: boolean;
}

/** What `readDutchFigure` makes of a cell: a figure, or why a figure-like cell is not valid Dutch notation. */
export type FigureReading = { ok: true; figure: DutchFigure } | { ok: false; reason: string } | undefined;

// Text that looks like a figure (digits with dots, commas, a sign, a euro or percent sign) but
// may not be valid notation; such a cell is reported, never read.
const FIGURE_LIKE = new RegExp(String.raw`^\(?[${MINUS}+]?\s*(?:[€e]\s*)?[${MINUS}]?\s*\d[\d.,]*\s*%?\)?$`);
// A euro sign that the PDF extraction turned into an "e".
const LOST_EURO = new RegExp(String.raw`e(?=\s*[\d${MINUS}])`);
// More digits than this without a thousands dot is no Dutch amount: two cells glued together.
const MAX_UNGROUPED_DIGITS = 6;

/**
 * Reads a table cell as a figure, strictly: undefined for text, placeholders and empty cells;
 * `{ ok: false, reason }` for a cell that looks like a figure but is not valid Dutch notation
 * ("1.307.0": a dot that groups no thousands; "4195060862,01%": ten digits without a dot);
 * otherwise the value with its decimals, percent and euro sign. "e 15.000" is read as € 15.000.
 */
export function readDutchFigure(text: string): FigureReading {
  const trimmed = text.trim();
  if (!FIGURE_LIKE.test(trimmed)) return undefined;
  const euro = /[€e]/.test(trimmed);
  const normalised = trimmed.replace(LOST_EURO, '€');
  const value = parseDutchNumber(normalised);
  if (value === undefined) return { ok: false, reason: 'geen geldig getal in Nederlandse notatie (punten en komma op een onmogelijke plaats)' };
  const digits = /\d[\d.]*(?:,(\d+))?/.exec(normalised)!;
  const integerPart = digits[0].split(',')[0]!;
  if (!integerPart.includes('.') && integerPart.length > MAX_UNGROUPED_DIGITS) {
    return { ok: false, reason: `geen geldig getal in Nederlandse notatie (${integerPart.length} cijfers zonder scheidingspunt)` };
  }
  return { ok: true, figure: { value, decimals: digits[1]?.length ?? 0, percent: trimmed.endsWith('%') || trimmed.endsWith('%)'), euro } };
}

/** A value in Dutch notation with `decimals` digits after the comma: -3939 → "-3.939", 1307 → "1.307,0". */
export function formatDutchNumber(value: number, decimals: number): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [integer, fraction] = fixed.split('.');
  const grouped = integer!.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + grouped + (fraction ? `,${fraction}` : '');
}
