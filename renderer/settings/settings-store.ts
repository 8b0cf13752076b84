/**
 * The reader's settings (font size, theme, profile, whether the annotate hint is done) as domain functions over the settings table,
 * with their defaults and allowed values.
 */
import type { Author } from '../model/author';
import { db, type LeestafelDatabase } from '../db/database';
import type { ThemeChoice } from '../model/settings';
import type { SettingValues } from '../model/settings';
import { validateProfile } from './profile-validation';

/** The font scales the user can step through, smallest first. */
export const FONT_SCALES: readonly number[] = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2];

/** The values used when the user has not chosen anything. */
export const DEFAULT_SETTINGS: Readonly<SettingValues> = { fontScale: 1, theme: 'system', profile: null, annotateHintDone: false };

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Reads all settings, falling back to the defaults for missing or invalid values. */
export async function getSettings(database: LeestafelDatabase = db): Promise<SettingValues> {
  const records = await database.settings.toArray();
  const settings: SettingValues = { ...DEFAULT_SETTINGS };
  for (const record of records) {
    if (record.key === 'fontScale' && FONT_SCALES.includes(record.value)) settings.fontScale = record.value;
    if (record.key === 'theme' && THEMES.includes(record.value)) settings.theme = record.value;
    if (record.key === 'profile' && record.value && typeof record.value.naam === 'string') settings.profile = record.value;
    if (record.key === 'annotateHintDone' && record.value === true) settings.annotateHintDone = true;
  }
  return settings;
}

/** Stores a font scale; it must be one of FONT_SCALES. */
export async function setFontScale(scale: number, database: LeestafelDatabase = db): Promise<void> {
  if (!FONT_SCALES.includes(scale)) throw new RangeError(`Onbekende tekstgrootte: ${scale}`);
  await database.settings.put({ key: 'fontScale', value: scale });
}

/** The next scale up (+1) or down (-1) from `current`, staying within FONT_SCALES. */
export function stepFontScale(current: number, direction: 1 | -1): number {
  const index = FONT_SCALES.indexOf(current);
  const from = index === -1 ? FONT_SCALES.indexOf(DEFAULT_SETTINGS.fontScale) : index;
  const next = Math.min(FONT_SCALES.length - 1, Math.max(0, from + direction));
  return FONT_SCALES[next]!;
}

/** Stores the theme choice. */
export async function setTheme(theme: ThemeChoice, database: LeestafelDatabase = db): Promise<void> {
  if (!THEMES.includes(theme)) throw new RangeError(`Onbekend thema: ${theme}`);
  await database.settings.put({ key: 'theme', value: theme });
}

/** Remembers that the hint on how to annotate is done with (dismissed, or an annotation made): it never shows again. */
export async function setAnnotateHintDone(database: LeestafelDatabase = db): Promise<void> {
  await database.settings.put({ key: 'annotateHintDone', value: true });
}

/** Stores the raadslid's profile (naam and fractie, trimmed); it must pass validateProfile. */
export async function setProfile(profile: Author, database: LeestafelDatabase = db): Promise<void> {
  const errors = validateProfile(profile);
  const message = errors.naam ?? errors.fractie;
  if (message) throw new RangeError(message);
  await database.transaction('rw', database.settings, async () => {
    // The stable id (given at the first Delen) stays when the naam or fractie is corrected.
    const stored = await database.settings.get('profile');
    const id = profile.id ?? (stored?.key === 'profile' ? stored.value?.id : undefined);
    await database.settings.put({ key: 'profile', value: { naam: profile.naam.trim(), fractie: profile.fractie.trim(), ...(id ? { id } : {}) } });
  });
}

/** The profile with its stable id, given now when it has none; undefined when there is no profile yet. */
export async function profileWithId(database: LeestafelDatabase = db): Promise<Required<Author> | undefined> {
  return database.transaction('rw', database.settings, async () => {
    const stored = await database.settings.get('profile');
    const profile = stored?.key === 'profile' ? stored.value : null;
    if (!profile) return undefined;
    const withId = { ...profile, id: profile.id ?? crypto.randomUUID() };
    if (!profile.id) await database.settings.put({ key: 'profile', value: withId });
    return withId;
  });
}
