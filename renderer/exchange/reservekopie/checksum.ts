/**
 * The checksum of a reservekopie: SHA-256 over the canonical JSON of its `tables` member.
 *
 * Canonical JSON, precisely: JSON.stringify's text for strings, numbers, booleans and null;
 * arrays in their order; objects with their keys sorted by UTF-16 code units, members whose
 * value is undefined left out; no whitespace anywhere. The hash is taken over the UTF-8 bytes
 * of that text and written as 64 lowercase hex digits. The file's own formatting (indentation,
 * key order) therefore does not matter; every value does.
 */

/** The canonical JSON text of a JSON value (see the module comment). */
export function canonicalJson(value: unknown): string {
  // A sorted copy handed to the native JSON.stringify is several times faster than building the text by hand.
  return JSON.stringify(sortedCopy(value));
}

function sortedCopy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sortedCopy);
  const record = value as Record<string, unknown>;
  // No prototype, so that a key named "__proto__" is copied as a key like any other.
  const copy: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(record).sort()) {
    if (record[key] !== undefined) copy[key] = sortedCopy(record[key]);
  }
  return copy;
}

/** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The checksum of a reservekopie's tables: sha256Hex(canonicalJson(tables)). */
export function tablesChecksum(tables: unknown): Promise<string> {
  return sha256Hex(canonicalJson(tables));
}
