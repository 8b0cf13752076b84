// Schema version 3 (vergaderingen and vragen): a database made by version 2, with an
// annotation and settings in it, opens with everything kept and the new tables empty.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotationsOfDocument } from '../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { getSettings } from '../../../renderer/settings/settings-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('schema-v3');

describe('schema version 3', () => {
  it('opens a database created by version 2 and keeps its annotations, settings and reading positions', async () => {
    const name = `schema-v3-${Date.now()}`;
    // The database exactly as release 2 declared it.
    const previous = new Dexie(name);
    previous.version(1).stores({ readingPositions: 'documentId', settings: 'key' });
    previous.version(2).stores({ annotations: 'id, documentId, updatedAt, flag, color, *tags' });
    const annotation = {
      id: '1b6f1c52-5d2e-4b43-9d1e-7f3f0d1b2c3a',
      documentId: 'kadernota-2022-domein-3',
      documentVersion: '0d38770379e370',
      target: describeRange('De lasten stijgen met € 1,2 miljoen.', 18, 34, 'p-12'),
      color: 'geel',
      flag: 'technische-vraag',
      note: 'Waarom?',
      tags: ['financiën'],
      visibility: 'prive',
      author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' },
      createdAt: 1,
      updatedAt: 2,
    };
    await previous.table('annotations').put(annotation);
    await previous.table('settings').bulkPut([
      { key: 'profile', value: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' } },
      { key: 'theme', value: 'dark' },
    ]);
    await previous.table('readingPositions').put({ documentId: 'kadernota-2022-domein-3', blockId: 'p-12', updatedAt: 3 });
    previous.close();

    const database = freshDatabase(name);
    await database.open();
    expect(database.verno).toBe(5);
    expect(await annotationsOfDocument('kadernota-2022-domein-3', database)).toEqual([annotation]);
    expect(await getSettings(database)).toEqual({ fontScale: 1, theme: 'dark', profile: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' }, annotateHintDone: false });
    expect(await database.readingPositions.get('kadernota-2022-domein-3')).toEqual({ documentId: 'kadernota-2022-domein-3', blockId: 'p-12', updatedAt: 3 });
    expect(await database.meetings.count()).toBe(0);
    expect(await database.agendaItems.count()).toBe(0);
    expect(await database.questions.count()).toBe(0);
    expect(database.questions.schema.indexes.map((index) => index.name).sort()).toEqual(['annotationId', 'meetingId', 'status']);
    expect(database.agendaItems.schema.indexes.map((index) => index.name)).toEqual(['meetingId']);
  });
});
