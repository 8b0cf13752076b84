// The reader's database: reading positions and settings stored and read back through the
// domain functions, each test on its own fresh database.
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, DATABASE_NAME, type LeestafelDatabase } from '../../../renderer/db/database';
import { getReadingPosition, saveReadingPosition } from '../../../renderer/reader/reading-position';
import { DEFAULT_SETTINGS, getSettings, setFontScale, setTheme, stepFontScale } from '../../../renderer/settings/settings-store';

let counter = 0;
const opened: LeestafelDatabase[] = [];

function freshDatabase(): LeestafelDatabase {
  const database = createDatabase(`test-${Date.now()}-${counter++}`);
  opened.push(database);
  return database;
}

afterEach(async () => {
  for (const database of opened.splice(0)) await database.delete();
});

describe('database', () => {
  it('uses the name leestafel for the app and schema version 3 with its tables', async () => {
    expect(DATABASE_NAME).toBe('leestafel');
    const database = freshDatabase();
    await database.open();
    expect(database.verno).toBe(3);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['agendaItems', 'annotations', 'meetings', 'questions', 'readingPositions', 'settings']);
    expect(database.readingPositions.schema.primKey.keyPath).toBe('documentId');
    expect(database.settings.schema.primKey.keyPath).toBe('key');
  });
});

describe('reading positions', () => {
  it('returns undefined for a document never read', async () => {
    expect(await getReadingPosition('kadernota-2022-domein-3', freshDatabase())).toBeUndefined();
  });

  it('stores the topmost block per document and overwrites it on the next save', async () => {
    const database = freshDatabase();
    const before = Date.now();
    await saveReadingPosition('kadernota-2022-domein-3', 'wat-willen-we-bereiken', database);
    await saveReadingPosition('begroting-domein-bestuur', 'wat-mag-het-kosten', database);
    await saveReadingPosition('kadernota-2022-domein-3', 'visie-op-het-domein', database);

    const position = await getReadingPosition('kadernota-2022-domein-3', database);
    expect(position?.documentId).toBe('kadernota-2022-domein-3');
    expect(position?.blockId).toBe('visie-op-het-domein');
    expect(position?.updatedAt).toBeGreaterThanOrEqual(before);
    expect((await getReadingPosition('begroting-domein-bestuur', database))?.blockId).toBe('wat-mag-het-kosten');
    expect(await database.readingPositions.count()).toBe(2);
  });

  it('keeps positions when the database is closed and opened again', async () => {
    const database = freshDatabase();
    await saveReadingPosition('samenleving-voorop', 'missie', database);
    database.close();
    // Both handles name the same database: delete it once, through the reopened one.
    opened.splice(opened.indexOf(database), 1);
    const reopened = createDatabase(database.name);
    opened.push(reopened);
    expect((await getReadingPosition('samenleving-voorop', reopened))?.blockId).toBe('missie');
  });
});

describe('settings', () => {
  it('falls back to the defaults when nothing is stored', async () => {
    expect(await getSettings(freshDatabase())).toEqual({ fontScale: 1, theme: 'system', profile: null });
    expect(DEFAULT_SETTINGS).toEqual({ fontScale: 1, theme: 'system', profile: null });
  });

  it('stores a font scale and a theme', async () => {
    const database = freshDatabase();
    await setFontScale(1.25, database);
    await setTheme('dark', database);
    expect(await getSettings(database)).toEqual({ fontScale: 1.25, theme: 'dark', profile: null });
    expect(await database.settings.get('fontScale')).toEqual({ key: 'fontScale', value: 1.25 });
  });

  it('refuses a font scale outside the steps and ignores an invalid stored value', async () => {
    const database = freshDatabase();
    await expect(setFontScale(7, database)).rejects.toThrow(RangeError);
    await database.settings.put({ key: 'fontScale', value: 42 });
    expect((await getSettings(database)).fontScale).toBe(1);
  });

  it('steps the font scale up and down within its limits', () => {
    expect(stepFontScale(1, 1)).toBe(1.125);
    expect(stepFontScale(1, -1)).toBe(0.875);
    expect(stepFontScale(0.875, -1)).toBe(0.875);
    expect(stepFontScale(2, 1)).toBe(2);
    expect(stepFontScale(3, 1)).toBe(1.125);
  });
});
