/** React access to the settings: a live query that follows every change in the database. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingValues } from '../model/settings';
import { DEFAULT_SETTINGS, getSettings } from './settings-store';

// Without IndexedDB (a locked-down browser) the reader still works, with the defaults.
const readSettings = () => getSettings().catch(() => ({ ...DEFAULT_SETTINGS }));

/** The current settings; the defaults until the database has answered. */
export function useSettings(): SettingValues {
  return useLiveQuery(readSettings, [], DEFAULT_SETTINGS);
}

/**
 * The current settings, or undefined until the database has answered (to wait before layout);
 * `initial` (read at start-up) stands in until the live query's first answer.
 */
export function useLoadedSettings(initial?: SettingValues): SettingValues | undefined {
  return useLiveQuery(readSettings, [], initial);
}
