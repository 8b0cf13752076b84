/** React access to the settings: a live query that follows every change in the database. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingValues } from '../db/database';
import { DEFAULT_SETTINGS, getSettings } from './settings-store';

/** The current settings; the defaults until the database has answered. */
export function useSettings(): SettingValues {
  return useLiveQuery(() => getSettings(), [], DEFAULT_SETTINGS);
}
