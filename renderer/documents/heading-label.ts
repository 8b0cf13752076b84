/** The text shown for a heading or TOC entry: its own number before the text, never twice. */

/** "3.1 Rondkomen" from number "3.1" and text "Rondkomen" (or text that already starts with it). */
export function headingLabel(heading: { number?: string; text: string }): string {
  const { number, text } = heading;
  if (!number || text.startsWith(number)) return text;
  return `${number} ${text}`;
}
