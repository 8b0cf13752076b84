// Settings stored and read back through the domain functions, each test on its own fresh
// database.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, getSettings, setAnnotateHintDone, setFontScale, setTheme, stepFontScale } from '../../../renderer/settings/settings-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('settings');

describe('settings', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await getSettings(freshDatabase())).toEqual({ fontScale: 1, theme: 'system', profile: null, annotateHintDone: false });
    expect(DEFAULT_SETTINGS).toEqual({ fontScale: 1, theme: 'system', profile: null, annotateHintDone: false });
  });

  it('stores a font scale and a theme', async () => {
    const database = freshDatabase();
    await setFontScale(1.25, database);
    await setTheme('dark', database);
    expect(await getSettings(database)).toEqual({ fontScale: 1.25, theme: 'dark', profile: null, annotateHintDone: false });
    expect(await database.settings.get('fontScale')).toEqual({ key: 'fontScale', value: 1.25 });
  });

  it('refuses a font scale outside the steps and ignores an invalid stored value', async () => {
    const database = freshDatabase();
    await expect(setFontScale(7, database)).rejects.toThrow(RangeError);
    await database.settings.put({ key: 'fontScale', value: 42 });
    expect((await getSettings(database)).fontScale).toBe(1);
  });

  it('remembers that the annotate hint is done, and ignores a stored value that is not true', async () => {
    const database = freshDatabase();
    await database.settings.put({ key: 'annotateHintDone', value: 'ja' as never });
    expect((await getSettings(database)).annotateHintDone).toBe(false);
    await setAnnotateHintDone(database);
    expect((await getSettings(database)).annotateHintDone).toBe(true);
    expect(await database.settings.get('annotateHintDone')).toEqual({ key: 'annotateHintDone', value: true });
  });

  it('steps the font scale up and down within its limits', () => {
    expect(stepFontScale(1, 1)).toBe(1.125);
    expect(stepFontScale(1, -1)).toBe(0.875);
    expect(stepFontScale(0.875, -1)).toBe(0.875);
    expect(stepFontScale(2, 1)).toBe(2);
    expect(stepFontScale(3, 1)).toBe(1.125);
  });
});
