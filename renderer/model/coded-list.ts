/**
 * A coded list: a fixed set of values stored as codes (`'technische-vraag'`), each with the
 * Dutch label the UI and the exports show. One helper for every such list, so that the
 * options of a select, a label lookup and a stored-value check all read the same entries.
 */

/** One value of a coded list. */
export interface CodedEntry<Code extends string> {
  code: Code;
  label: string;
}

/** The entries in display order, a label lookup and a check for stored or untrusted values. */
export interface CodedList<Code extends string> {
  readonly entries: readonly CodedEntry<Code>[];
  /** The Dutch label of a code (the code itself for an unknown one, e.g. from a newer version). */
  label(code: Code): string;
  /** True when `value` is one of the list's codes. */
  has(value: unknown): value is Code;
}

/** The code type of a coded list: `CodeOf<typeof FLAGS>`. */
export type CodeOf<List> = List extends CodedList<infer Code> ? Code : never;

/** Makes a coded list of `entries`; their order is the order the UI shows. */
export function codedList<const Entries extends readonly CodedEntry<string>[]>(entries: Entries): CodedList<Entries[number]['code']> {
  const labels = new Map<string, string>(entries.map((entry) => [entry.code, entry.label]));
  return {
    entries,
    label: (code) => labels.get(code) ?? code,
    has: (value): value is Entries[number]['code'] => typeof value === 'string' && labels.has(value),
  };
}
