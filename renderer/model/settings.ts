/** The reader's stored settings: every setting with the type of its value. */
import type { Author } from './author';

/** The theme the user chose; 'system' follows prefers-color-scheme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** Every setting with the type of its value. */
export interface SettingValues {
  /** Multiplier of the base font size, 1 = the browser's default. */
  fontScale: number;
  theme: ThemeChoice;
  /** Naam and fractie of the raadslid, asked once; used in annotations and exports. */
  profile: Author | null;
  /** The one-time hint on how to annotate is done with: dismissed, or an annotation was made. */
  annotateHintDone: boolean;
}

/** One stored setting. */
export type SettingRecord = {
  [K in keyof SettingValues]: { key: K; value: SettingValues[K] };
}[keyof SettingValues];
