// The reader's database: the app's name for it, its schema version and its tables.
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME } from '../../../renderer/db/database';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('database');

describe('database', () => {
  it('uses the name leestafel for the app and schema version 5 with its tables', async () => {
    expect(DATABASE_NAME).toBe('leestafel');
    const database = freshDatabase();
    await database.open();
    expect(database.verno).toBe(5);
    expect(database.tables.map((t) => t.name).sort()).toEqual(['agendaItems', 'annotations', 'imports', 'meetings', 'meta', 'questions', 'readingPositions', 'settings', 'sharedQuestions', 'trash']);
    expect(database.readingPositions.schema.primKey.keyPath).toBe('documentId');
    expect(database.settings.schema.primKey.keyPath).toBe('key');
  });
});
