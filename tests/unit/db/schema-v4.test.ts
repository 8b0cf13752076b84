// Schema version 4 (the Prullenbak and facts about the database): a database made by
// version 3, with an annotation, a vergadering, an agendapunt and a question in it, opens
// with everything kept and the new tables empty.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('schema-v4');

describe('schema version 4', () => {
  it('opens a database created by version 3 and keeps every record', async () => {
    const name = `schema-v4-${Date.now()}`;
    // The database exactly as release 3 declared it.
    const previous = new Dexie(name);
    previous.version(1).stores({ readingPositions: 'documentId', settings: 'key' });
    previous.version(2).stores({ annotations: 'id, documentId, updatedAt, flag, color, *tags' });
    previous.version(3).stores({ meetings: 'id, date', agendaItems: 'id, meetingId', questions: 'id, meetingId, annotationId, status' });
    const annotation = {
      id: '1b6f1c52-5d2e-4b43-9d1e-7f3f0d1b2c3a',
      documentId: 'begroting-2018',
      documentVersion: '5c0f3a1e9b2d77',
      target: describeRange('Wat mag het kosten?', 0, 19, 'h-12'),
      color: 'groen',
      note: 'Tabel nalopen',
      tags: [],
      visibility: 'fractie',
      author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' },
      createdAt: 1,
      updatedAt: 2,
    };
    const meeting = { id: 'm1', name: 'Raadsvergadering begroting', date: '2026-11-12', kind: 'raad', createdAt: 3, updatedAt: 4 };
    const agendaItem = { id: 'a1', meetingId: 'm1', number: '5a', title: 'Begroting 2027', documentIds: ['begroting-2018'], order: 0 };
    const question = {
      id: 'q1', meetingId: 'm1', agendaItemId: 'a1', order: 0, kind: 'technische-vraag', question: 'Klopt het totaal?', toelichting: '',
      priority: 'normaal', status: 'concept', annotationId: annotation.id, createdAt: 5, updatedAt: 6,
    };
    await previous.table('annotations').put(annotation);
    await previous.table('meetings').put(meeting);
    await previous.table('agendaItems').put(agendaItem);
    await previous.table('questions').put(question);
    previous.close();

    const database = freshDatabase(name);
    await database.open();
    expect(database.verno).toBe(5);
    expect(await database.annotations.toArray()).toEqual([annotation]);
    expect(await database.meetings.toArray()).toEqual([meeting]);
    expect(await database.agendaItems.toArray()).toEqual([agendaItem]);
    expect(await database.questions.toArray()).toEqual([question]);
    expect(await database.trash.count()).toBe(0);
    expect(await database.meta.count()).toBe(0);
    expect(database.trash.schema.indexes.map((index) => index.name).sort()).toEqual(['deletedAt', 'kind']);
  });
});
