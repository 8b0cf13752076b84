// Reading positions stored and read back through the domain functions, each test on its own
// fresh database.
import { describe, expect, it } from 'vitest';
import { getReadingPosition, saveReadingPosition } from '../../../renderer/reader/reading-position';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('reading-positions');

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
    const reopened = freshDatabase(database.name);
    expect((await getReadingPosition('samenleving-voorop', reopened))?.blockId).toBe('missie');
  });
});
