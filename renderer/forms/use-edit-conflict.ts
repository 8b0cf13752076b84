/**
 * An editor's watch on the record it edits: a live query on that one record, compared with the
 * version the editor started from, and the saves that send that version along so the store
 * refuses a stale one. A refused save (EditConflictError) becomes the conflict the editor
 * shows, so a race between two saves is caught too.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { compareWithStored, EditConflictError, type EditState, type Versioned } from './edit-conflict';

/** What an editor needs to notice and settle a change made elsewhere. */
export interface EditConflict<T> {
  /** How the stored record stands against the editor's version (in sync while a save of its own runs). */
  state: EditState<T>;
  /** The record as the editor last knew it, also after it was deleted elsewhere. */
  lastKnown: T;
  /**
   * Runs `write` with the `updatedAt` it must find stored (the editor's version, or `expected`
   * when the raadslid chose to save over the other version); resolves to true when stored,
   * false when refused as a conflict. Other failures are passed on.
   */
  save: (write: (expectedUpdatedAt: number) => Promise<T>, expected?: number) => Promise<boolean>;
  /** Makes `record` the editor's version (after "De andere versie nemen"). */
  rebase: (record: T) => void;
}

/** Watches the record `initial` read by `read` (undefined when it is gone); `key` is its id. */
export function useEditConflict<T extends Versioned>(initial: T, key: string, read: () => Promise<T | undefined>): EditConflict<T> {
  const [base, setBase] = useState(initial.updatedAt);
  const [lastKnown, setLastKnown] = useState(initial);
  // null: deleted; undefined: not read yet.
  const [stored, setStored] = useState<T | null>();
  const [saving, setSaving] = useState(false);
  // `read` is a new closure on every render; the record it reads changes only with `key`.
  const live = useLiveQuery(async () => (await read()) ?? null, [key]);

  useEffect(() => {
    if (live === undefined) return;
    setStored(live);
    if (live) setLastKnown(live);
  }, [live]);

  async function save(write: (expectedUpdatedAt: number) => Promise<T>, expected: number = base): Promise<boolean> {
    setSaving(true);
    try {
      const saved = await write(expected);
      setBase(saved.updatedAt);
      setStored(saved);
      setLastKnown(saved);
      return true;
    } catch (failure) {
      if (!(failure instanceof EditConflictError)) throw failure;
      const current = (failure as EditConflictError<T>).current;
      setStored(current ?? null);
      if (current) setLastKnown(current);
      return false;
    } finally {
      setSaving(false);
    }
  }

  function rebase(record: T) {
    setBase(record.updatedAt);
    setStored(record);
    setLastKnown(record);
  }

  return { state: saving ? { kind: 'in-sync' } : compareWithStored(base, stored), lastKnown, save, rebase };
}
