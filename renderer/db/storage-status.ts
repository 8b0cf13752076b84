/**
 * The one storage problem the app shows now (or none): reported by the database watcher, the
 * write middleware and the boundaries around screens, read live by the storage alert. A lasting
 * problem (no storage, a newer database, a database changed elsewhere) is not pushed aside by a
 * passing one (a full disk, a failed write), which clears again once a write succeeds.
 */
import type { WrittenBy } from '../model/database-meta';
import { classifyStorageError, type StorageProblemKind } from './storage-errors';

/** A storage problem as the alert shows it. */
export interface StorageProblem {
  kind: StorageProblemKind;
  /** For a newer database: the release that wrote it, when it says so. */
  writtenBy?: WrittenBy;
}

// Most lasting first.
const SEVERITY: readonly StorageProblemKind[] = ['newer-version', 'unavailable', 'closed', 'no-answer', 'quota', 'failed'];

let current: StorageProblem | null = null;
const listeners = new Set<() => void>();

function publish(next: StorageProblem | null) {
  current = next;
  for (const listener of listeners) listener();
}

/** Shows `problem`, unless a more lasting one is shown already. */
export function reportStorageProblem(problem: StorageProblem): void {
  if (current && SEVERITY.indexOf(current.kind) < SEVERITY.indexOf(problem.kind)) return;
  publish(problem);
}

/** Shows the storage problem behind `error`, if it is one; returns its kind. */
export function reportStorageFailure(error: unknown, writtenBy?: WrittenBy): StorageProblemKind | undefined {
  const kind = classifyStorageError(error);
  if (kind) reportStorageProblem(writtenBy ? { kind, writtenBy } : { kind });
  return kind;
}

/** Hides the shown problem if it is one of `kinds` (a write succeeded, the database answered, the user closed it). */
export function clearStorageProblem(...kinds: StorageProblemKind[]): void {
  if (current && kinds.includes(current.kind)) publish(null);
}

/** The problem shown now, or null. */
export function currentStorageProblem(): StorageProblem | null {
  return current;
}

/** Calls `listener` on every change; returns the unsubscribe. */
export function subscribeStorageProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
