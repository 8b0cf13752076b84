/**
 * Two windows, one item: the pure rules of optimistic concurrency for the editors. An editor
 * remembers the `updatedAt` of the version it started from; a save is refused when the stored
 * record no longer carries it (changed or deleted in another window), and the editor compares
 * the stored record with that version to tell the raadslid, field by field, what differs.
 */

/** A stored record that knows when it last changed (milliseconds since the epoch). */
export interface Versioned {
  updatedAt: number;
}

/**
 * Thrown by a store's update when the record is not the version the editor started from:
 * `current` is the record as it is stored now, or undefined when it was deleted.
 */
export class EditConflictError<T extends Versioned> extends Error {
  override readonly name = 'EditConflictError';

  constructor(
    readonly current: T | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** What the store says when it refuses: a sentence for a changed record and one for a deleted one. */
export interface ConflictMessages {
  changed: string;
  deleted: string;
}

/**
 * Checks, inside the write's transaction, that `current` is still the version the editor
 * started from; throws EditConflictError otherwise. Without `expectedUpdatedAt` (a save that
 * does not come from an editor) there is nothing to check.
 */
export function assertUnchanged<T extends Versioned>(current: T | undefined, expectedUpdatedAt: number | undefined, messages: ConflictMessages): void {
  if (expectedUpdatedAt === undefined) return;
  if (!current) throw new EditConflictError<T>(undefined, messages.deleted);
  if (current.updatedAt !== expectedUpdatedAt) throw new EditConflictError(current, messages.changed);
}

/**
 * The `updatedAt` of a change stored now: the clock, but always later than the version it
 * replaces, so two changes within one millisecond still differ for the editors.
 */
export function nextUpdatedAt(previous: number, now: number = Date.now()): number {
  return Math.max(now, previous + 1);
}

/** How the stored record stands against the version an editor started from. */
export type EditState<T> = { kind: 'in-sync' } | { kind: 'changed'; current: T } | { kind: 'deleted' };

/**
 * Compares the stored record (undefined while it is still being read, null when it is gone)
 * with the `updatedAt` the editor started from.
 */
export function compareWithStored<T extends Versioned>(baseUpdatedAt: number, stored: T | null | undefined): EditState<T> {
  if (stored === undefined) return { kind: 'in-sync' };
  if (stored === null) return { kind: 'deleted' };
  return stored.updatedAt === baseUpdatedAt ? { kind: 'in-sync' } : { kind: 'changed', current: stored };
}

/** One field whose text differs between the editor's version and the stored one. */
export interface FieldDifference {
  label: string;
  mine: string;
  theirs: string;
}

/**
 * The fields that differ, in the order of `mine`: both versions given as field label → the
 * text the raadslid reads (a colour's name, the labels joined, a note as typed).
 */
export function fieldDifferences(mine: Readonly<Record<string, string>>, theirs: Readonly<Record<string, string>>): FieldDifference[] {
  return Object.entries(mine)
    .filter(([label, text]) => text !== (theirs[label] ?? ''))
    .map(([label, text]) => ({ label, mine: text, theirs: theirs[label] ?? '' }));
}
