/**
 * Pull quotes: finds the lines set apart as a quote (between ‘ and ’ or “ and ”) and reads
 * a quote's text from its lines.
 */
import { joinWrapped, type Line } from './lines';

/** Line ranges [first, last] of the pull quotes: lines between ‘ and ’ standing on their own. */
export function detectQuotes(lines: readonly Line[], wrapped: boolean): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (!/^[‘“]/.test(first.trimmed)) continue;
    // On a web page a pull quote is a line of its own; in a PDF it is a text box of a few
    // lines, starting a new box (blank line or indented) and closing at a line end.
    const standsAlone = wrapped ? first.indent > 0 || (lines[i - 1]?.trimmed ?? '') === '' : true;
    if (!standsAlone) continue;
    for (let j = i; j < Math.min(i + (wrapped ? 5 : 1), lines.length); j++) {
      const l = lines[j]!;
      if (l.trimmed === '') break;
      if (/[’”]$/.test(l.trimmed)) {
        found.push([first.no, l.no]);
        i = j;
        break;
      }
    }
  }
  return found;
}

/** A quote's text and the line numbers it was read from; `wrapped` lines are reflowed. */
export function readQuote(lines: readonly Line[], [from, to]: [number, number], wrapped: boolean): { text: string; used: number[] } {
  const quoteLines = lines.filter((l) => l.no >= from && l.no <= to && l.trimmed !== '');
  return {
    text: quoteLines.map((l) => l.trimmed).reduce((acc, t) => (wrapped ? joinWrapped(acc, t) : `${acc} ${t}`.trim()), ''),
    used: quoteLines.map((l) => l.no),
  };
}
