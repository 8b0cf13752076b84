/** React access to the storage problem shown now (renderer/db/storage-status.ts), live. */
import { useSyncExternalStore } from 'react';
import { currentStorageProblem, subscribeStorageProblem, type StorageProblem } from '../db/storage-status';

/** The storage problem shown now, or null; re-renders on every change. */
export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(subscribeStorageProblem, currentStorageProblem);
}
