// Schema version 5 (what fractie members share): a database made by version 4, with an own
// annotation and an entry in the Prullenbak, opens with everything kept, the annotation found
// by the new index on its (absent) import, and the two new tables empty.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('schema-v5');

describe('schema version 5', () => {
  it('opens a database created by version 4 and keeps every record', async () => {
    const name = `schema-v5-${Date.now()}`;
    const previous = new Dexie(name);
    previous.version(1).stores({ readingPositions: 'documentId', settings: 'key' });
    previous.version(2).stores({ annotations: 'id, documentId, updatedAt, flag, color, *tags' });
    previous.version(3).stores({ meetings: 'id, date', agendaItems: 'id, meetingId', questions: 'id, meetingId, annotationId, status' });
    previous.version(4).stores({ trash: 'id, deletedAt, kind', meta: 'key' });
    const annotation = {
      id: '1b6f1c52-5d2e-4b43-9d1e-7f3f0d1b2c3a',
      documentId: 'begroting-2018',
      documentVersion: '5c0f3a1e9b2d77',
      target: describeRange('Wat mag het kosten?', 0, 19, 'h-12'),
      color: 'groen',
      note: 'Tabel nalopen',
      tags: ['financiën'],
      visibility: 'fractie',
      author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' },
      createdAt: 1,
      updatedAt: 2,
    };
    const entry = {
      id: 't1', kind: 'annotation', title: 'Wat mag het kosten?', deletedAt: 7,
      records: { annotations: [{ ...annotation, id: 'a-weg' }], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] },
    };
    await previous.table('annotations').put(annotation);
    await previous.table('trash').put(entry);
    await previous.table('meta').put({ key: 'lastChangeAt', value: 8 });
    previous.close();

    const database = freshDatabase(name);
    await database.open();
    expect(database.verno).toBe(5);
    expect(await database.annotations.toArray()).toEqual([annotation]);
    expect(await database.trash.toArray()).toEqual([entry]);
    expect(await database.meta.toArray()).toEqual([{ key: 'lastChangeAt', value: 8 }]);
    expect(await database.imports.count()).toBe(0);
    expect(await database.sharedQuestions.count()).toBe(0);
    // Own annotations have no origin, so the index on it leaves them out.
    expect(await database.annotations.where('origin.importId').equals('x').count()).toBe(0);
    expect(await database.annotations.where('documentId').equals('begroting-2018').count()).toBe(1);
  });
});
