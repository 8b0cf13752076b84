/**
 * Hardening of the user's own text for the export formats. A question, toelichting, quote or
 * name ends up in files other programs open — a spreadsheet, Word, a Markdown viewer — and
 * there it must stay text: never a formula, never a file Word refuses to open, never HTML or
 * Markdown markup. Pure functions, used by the format builders in this folder.
 */

// A spreadsheet reads a cell starting with one of these as a formula (CSV injection). OWASP's
// advice is a leading apostrophe, without exceptions: "- 5" may be harmless, "-2+3" is not,
// and a rule that tells them apart is one more thing an attacker can probe.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV cell that no spreadsheet runs as a formula: text starting with `=`, `+`, `-`, `@`, a
 * tab or a carriage return gets a leading `'`; any other text is returned as it is.
 */
export function csvSafeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// Everything outside XML 1.0's Char production: the C0 controls except tab (U+0009), line feed
// (U+000A) and carriage return (U+000D); lone surrogates (with the u flag a surrogate pair is one
// code point, so the range matches only unpaired halves); and the non-characters U+FFFE, U+FFFF.
// One of these in word/document.xml makes Word refuse the whole file.
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/**
 * The text without the characters XML 1.0 does not allow: U+0000–U+0008, U+000B, U+000C,
 * U+000E–U+001F, unpaired surrogates (U+D800–U+DFFF) and U+FFFE/U+FFFF are removed. Tab, line
 * feed and carriage return stay (the Word builder turns them into tabs and line breaks), as do
 * all other characters, bidirectional controls such as U+202E included.
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

// Characters that start inline Markdown (emphasis, code, links, images, raw HTML, autolinks,
// GFM tables and strikethrough) and the backslash itself, wherever they stand.
const MARKDOWN_INLINE = /[\\`*_[\]<|~]/g;
// "&amp;", "&#60;", "&#x3C;": a character reference would be decoded by the viewer, so the
// text would not read as typed (and could spell out "<" past the escaping above).
const CHARACTER_REFERENCE = /&(?=(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)/g;
// At the start of a line, after any indentation: a heading (#), a blockquote (>), a bullet
// ("- ", "+ ", or a lone "-"/"+"), a "--" line (a setext underline or thematic break) and a
// line of "=" (a setext underline).
const BLOCK_START = /^([ \t]*)(#|>|[-+](?=[ \t]|$)|-(?=-)|=(?=[ \t=]*$))/gm;
// At the start of a line: an ordered list item, "1." or "1)" followed by a space or the end.
const ORDERED_ITEM = /^([ \t]*[0-9]{1,9})([.)])(?=[ \t]|$)/gm;

/**
 * The text as Markdown that shows exactly this text: backslash escapes for `\ ` `` ` `` `*`
 * `_` `[` `]` `<` `|` `~` everywhere, for `&` where it would start a character reference,
 * and at the start of a line for `#`, `>`, list markers ("- ", "+ ", "1. ", "1) ") and
 * setext/thematic-break lines ("--", "==="). Line ends become "\n". Ordinary Dutch prose —
 * letters, digits, quotes, €, "; ( ) : . , ! ? -" inside a line — is returned unchanged.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
    .replace(CHARACTER_REFERENCE, '\\&')
    .replace(BLOCK_START, '$1\\$2')
    .replace(ORDERED_ITEM, '$1\\$2');
}

/**
 * A copy of plain data (objects, arrays, strings, numbers) with `clean` applied to every string
 * in it, so a builder hardens all user text at once instead of field by field.
 */
export function cleanAllText<T>(value: T, clean: (text: string) => string): T {
  if (typeof value === 'string') return clean(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cleanAllText(item, clean)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleanAllText(item, clean)])) as T;
  }
  return value;
}
