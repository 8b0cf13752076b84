/** React hook: the Prullenbak's entries (latest first) with the vergaderingen they belonged to, read live. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrashEntry } from '../model/trash';
import type { MeetingName } from './describe-entry';
import { listTrash, meetingsOfTrash } from './trash-store';

/** What the Prullenbak screen shows. */
export interface TrashContents {
  entries: TrashEntry[];
  meetings: ReadonlyMap<string, MeetingName>;
}

/** The Prullenbak's contents; undefined while loading. */
export function useTrash(): TrashContents | undefined {
  return useLiveQuery(async () => {
    const entries = await listTrash();
    return { entries, meetings: await meetingsOfTrash(entries) };
  }, []);
}
