// Schema version 2 (annotations): a database made by version 1, before annotations existed,
// opens with its reading positions and settings kept, and takes annotations.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addAnnotation } from '../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { getSettings } from '../../../renderer/settings/settings-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('schema-v2');

const TEXT = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';
const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };
const target = describeRange(TEXT, 5, 32, 'p-442');

describe('schema upgrade', () => {
  it('opens a database created by schema version 1 and keeps its reading positions and settings', async () => {
    const name = `schema-v2-${Date.now()}`;
    // The database as the first release wrote it.
    const previous = new Dexie(name);
    previous.version(1).stores({ readingPositions: 'documentId', settings: 'key' });
    await previous.table('readingPositions').put({ documentId: 'kadernota-2022-domein-3', blockId: 'p-57', updatedAt: 1 });
    await previous.table('settings').put({ key: 'fontScale', value: 1.25 });
    previous.close();

    const database = freshDatabase(name);
    await database.open();
    expect(database.verno).toBe(5);
    expect(await database.readingPositions.get('kadernota-2022-domein-3')).toEqual({ documentId: 'kadernota-2022-domein-3', blockId: 'p-57', updatedAt: 1 });
    expect((await getSettings(database)).fontScale).toBe(1.25);
    await addAnnotation({ documentId: 'd', documentVersion: 'v', target, color: 'geel', author }, database);
    expect(await database.annotations.count()).toBe(1);
  });
});
