// Making and restoring a reservekopie over real Dexie tables (fake-indexeddb): a round trip
// gives back every record field by field, the checksum is exactly the one the format defines,
// the preview reads as specified, Samenvoegen keeps the newer of each and deletes nothing,
// and Vervangen replaces everything only when the data is still what was saved first.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type LeestafelDatabase } from '../../../../renderer/db/database';
import { canonicalJson, sha256Hex } from '../../../../renderer/exchange/reservekopie/checksum';
import { reservekopieFileName, TABLE_NAMES, type ReservekopieTables } from '../../../../renderer/exchange/reservekopie/format';
import { parseReservekopie } from '../../../../renderer/exchange/reservekopie/parse';
import { previewReservekopie } from '../../../../renderer/exchange/reservekopie/preview';
import { makeReservekopie, mergeReservekopie, readAllTables, replaceWithReservekopie } from '../../../../renderer/exchange/reservekopie/reservekopie-service';
import { freshDatabases } from '../../../support/fresh-database';
import { annotation, emptyTables, fileOf, fillLikeARaadslid, meeting, question } from './fixture';

const freshDatabase = freshDatabases('reservekopie');
const NOW = new Date('2026-12-03T09:30:00.000Z');

async function parsed(text: string) {
  const result = await parseReservekopie(text);
  if (!result.ok) throw new Error(result.message);
  return result.reservekopie;
}

function userTables(tables: ReservekopieTables): Omit<ReservekopieTables, 'meta'> {
  const { meta: _meta, ...rest } = tables;
  return rest;
}

describe('making a reservekopie', () => {
  it('writes every table with the header first, the versions, the counts and the checksum', async () => {
    const database = freshDatabase();
    await fillLikeARaadslid(database);
    const made = await makeReservekopie(database, { appVersion: '0.1.0', now: NOW });
    const file = JSON.parse(made.text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'formatVersion', 'appVersion', 'schemaVersion', 'exportedAt', 'counts', 'checksum', 'tables']);
    expect(file).toMatchObject({ format: 'leestafel-reservekopie', formatVersion: '1.1', appVersion: '0.1.0', schemaVersion: SCHEMA_VERSION, exportedAt: '2026-12-03T09:30:00.000Z' });
    expect(file.counts).toEqual({ annotations: 3, meetings: 2, agendaItems: 1, questions: 2, settings: 3, readingPositions: 2, trash: 2, meta: 2, imports: 1, sharedQuestions: 1 });
    // The tables are written canonically: the text after "tables": is exactly what is hashed.
    expect(Object.keys(file.tables as object)).toEqual([...TABLE_NAMES].sort());
    expect(made.text.slice(made.text.indexOf('"tables":') + '"tables":'.length, -1)).toBe(canonicalJson(file.tables));
    expect(made.counts).toEqual(file.counts);
    expect(made.fileName).toBe(reservekopieFileName(NOW));
    expect(reservekopieFileName(new Date(2026, 11, 3, 23, 59))).toBe('leestafel-reservekopie-2026-12-03.json');
  });

  it('hashes the canonical JSON of the tables with SHA-256, as the format defines it', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(canonicalJson({ b: 1, a: [1, { d: undefined, c: 'x', B: null }], é: 'ü' })).toBe('{"a":[1,{"B":null,"c":"x"}],"b":1,"é":"ü"}');
    const database = freshDatabase();
    await fillLikeARaadslid(database);
    const file = JSON.parse((await makeReservekopie(database, { now: NOW })).text) as { tables: unknown; checksum: { algorithm: string; value: string } };
    const expected = createHash('sha256').update(canonicalJson(file.tables), 'utf8').digest('hex');
    expect(file.checksum).toEqual({ algorithm: 'SHA-256', value: expected });
    // Re-indenting or reordering the file's keys changes nothing the checksum covers.
    const { tables, ...header } = file;
    const reformatted = JSON.stringify({ tables, ...header }, null, 2);
    expect((await parseReservekopie(reformatted)).ok).toBe(true);
  });

  it('round-trips every record of every table, field by field, into an empty database', async () => {
    const source = freshDatabase();
    await fillLikeARaadslid(source);
    const before = await readAllTables(source);
    const made = await makeReservekopie(source, { now: NOW });
    const target = freshDatabase();
    await mergeReservekopie(await parsed(made.text), target);
    const after = await readAllTables(target);
    for (const name of TABLE_NAMES.filter((table) => table !== 'meta')) {
      expect(after[name], name).toEqual(before[name]);
      expect(after[name].length, name).toBeGreaterThan(0);
    }
    // The question keeps its link, reference and answer; the Prullenbak its deleted records.
    const linked = after.questions.find((q) => q.annotationId);
    expect(linked).toMatchObject({ status: 'ingediend', answer: 'Ongeveer 1.200.', reference: { sectionTitle: 'Armoede', paragraphNumber: 2 } });
    expect(after.trash.map((entry) => entry.kind).sort()).toEqual(['annotation', 'question']);
    // Facts about the database are its own: a restore does not copy who wrote the other one.
    expect(after.meta).toEqual([]);
  });

  it('can be made and restored from a Node script with a database of its own', async () => {
    const database = freshDatabase();
    await database.annotations.bulkPut(Array.from({ length: 500 }, (_, i) => annotation(`a-${String(i).padStart(4, '0')}`, 1_790_000_000_000 + i)));
    const made = await makeReservekopie(database, { appVersion: '9.9.9', now: NOW });
    const copy = freshDatabase();
    const changes = await mergeReservekopie(await parsed(made.text), copy);
    expect(changes.annotations).toEqual({ added: 500, updated: 0, unchanged: 0, removed: 0 });
    expect(await copy.annotations.toArray()).toEqual(await database.annotations.toArray());
  });
});

describe('the preview', () => {
  const counts = { annotations: 412, meetings: 6, agendaItems: 31, questions: 58, settings: 3, readingPositions: 5, trash: 1, meta: 2, imports: 0, sharedQuestions: 0 };

  it('says when the reservekopie was made and what it holds, in Dutch', () => {
    const preview = previewReservekopie({ exportedAt: '2026-12-03T09:30:00.000Z', counts }, 'Europe/Amsterdam');
    expect(preview.headline).toBe('van 3 december 2026: 412 aantekeningen, 6 vergaderingen, 58 vragen');
    expect(preview.details).toEqual(['412 aantekeningen', '6 vergaderingen', '31 agendapunten', '58 vragen', '3 instellingen', '5 leesposities', '1 item in de Prullenbak']);
  });

  it('uses the singular for one and Dutch digit grouping, on the day of the given time zone', () => {
    const one = { ...counts, annotations: 10_000, meetings: 1, questions: 1 };
    expect(previewReservekopie({ exportedAt: '2026-12-31T23:30:00.000Z', counts: one }, 'Europe/Amsterdam').headline).toBe(
      'van 1 januari 2027: 10.000 aantekeningen, 1 vergadering, 1 vraag',
    );
  });
});

describe('Samenvoegen', () => {
  async function changedDatabase(): Promise<LeestafelDatabase> {
    const database = freshDatabase();
    await database.annotations.bulkPut([annotation('a-old-here', 100, 'Oud hier'), annotation('a-new-here', 300, 'Nieuw hier'), annotation('a-only-here', 100)]);
    await database.meetings.bulkPut([meeting('m-1', 200, 'Raad (hier)')]);
    await database.questions.bulkPut([question('q-1', 'm-1', 100, 'Vraag hier')]);
    await database.agendaItems.bulkPut([{ id: 'ag-1', meetingId: 'm-1', number: '1', title: 'Opening hier', documentIds: [], order: 0 }]);
    await database.settings.bulkPut([{ key: 'profile', value: { naam: 'Anna', fractie: 'Fractie A' } }]);
    await database.readingPositions.bulkPut([{ documentId: 'doc', blockId: 'p-1', updatedAt: 500 }]);
    await database.meta.bulkPut([{ key: 'writtenBy', value: { appVersion: '0.1.0', schemaVersion: 4, at: 1 } }, { key: 'lastBackupAt', value: 50 }]);
    return database;
  }

  function incoming(): ReservekopieTables {
    return {
      ...emptyTables(),
      annotations: [annotation('a-old-here', 200, 'Nieuwer uit bestand'), annotation('a-new-here', 200, 'Ouder uit bestand'), annotation('a-only-file', 100)],
      meetings: [meeting('m-1', 200, 'Raad (bestand, zelfde tijd)'), meeting('m-2', 100)],
      questions: [question('q-1', 'm-1', 300, 'Vraag uit bestand'), question('q-2', 'm-2', 100)],
      agendaItems: [
        { id: 'ag-1', meetingId: 'm-1', number: '1', title: 'Opening bestand', documentIds: [], order: 0 },
        { id: 'ag-2', meetingId: 'm-2', number: '2', title: 'Rondvraag', documentIds: ['kadernota-2022-domein-3'], order: 1 },
      ],
      settings: [{ key: 'profile', value: { naam: 'Bert', fractie: 'Fractie B' } }, { key: 'theme', value: 'dark' }],
      readingPositions: [{ documentId: 'doc', blockId: 'p-9', updatedAt: 400 }, { documentId: 'doc-2', blockId: 'p-2', updatedAt: 1 }],
      meta: [{ key: 'writtenBy', value: { appVersion: '0.3.0', schemaVersion: 6, at: 2 } }, { key: 'lastBackupAt', value: 70 }],
    };
  }

  it('keeps the newer of each record by updatedAt, adds what is missing and deletes nothing', async () => {
    const database = await changedDatabase();
    const { text } = await fileOf(incoming());
    const changes = await mergeReservekopie(await parsed(text), database);
    const after = await readAllTables(database);
    expect(after.annotations.map((a) => [a.id, a.note])).toEqual([
      ['a-new-here', 'Nieuw hier'],
      ['a-old-here', 'Nieuwer uit bestand'],
      ['a-only-file', 'Notitie a-only-file'],
      ['a-only-here', 'Notitie a-only-here'],
    ]);
    expect(after.meetings.map((m) => m.name)).toEqual(['Raad (hier)', 'Vergadering m-2']);
    expect(after.questions.map((q) => q.question)).toEqual(['Vraag uit bestand', 'Vraag q-2']);
    expect(after.agendaItems.map((i) => i.title)).toEqual(['Opening hier', 'Rondvraag']);
    expect(after.settings).toEqual([
      { key: 'profile', value: { naam: 'Anna', fractie: 'Fractie A' } },
      { key: 'theme', value: 'dark' },
    ]);
    expect(after.readingPositions).toEqual([
      { documentId: 'doc', blockId: 'p-1', updatedAt: 500 },
      { documentId: 'doc-2', blockId: 'p-2', updatedAt: 1 },
    ]);
    expect(after.meta).toEqual([
      { key: 'lastBackupAt', value: 70 },
      { key: 'writtenBy', value: { appVersion: '0.1.0', schemaVersion: 4, at: 1 } },
    ]);
    expect(changes.annotations).toEqual({ added: 1, updated: 1, unchanged: 1, removed: 0 });
    expect(changes.settings).toEqual({ added: 1, updated: 0, unchanged: 1, removed: 0 });
  });

  it('writes nothing when the transaction fails half-way', async () => {
    const database = await changedDatabase();
    const before = await readAllTables(database);
    const reservekopie = await parsed((await fileOf(incoming())).text);
    // The Prullenbak is written after the other tables; a value IndexedDB cannot store (a function) fails it there.
    const entry = { id: 't-1', kind: 'annotation' as const, title: 'x', deletedAt: 1, records: { annotations: [], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] } };
    const failing = { ...reservekopie, tables: { ...reservekopie.tables, trash: [{ ...entry, title: (() => 'x') as unknown as string }] } };
    await expect(mergeReservekopie(failing, database)).rejects.toThrow();
    expect(await readAllTables(database)).toEqual(before);
  });
});

describe('Vervangen', () => {
  it('makes every table hold exactly the file, keeping the database’s own facts', async () => {
    const database = freshDatabase();
    await fillLikeARaadslid(database);
    const savedFirst = await readAllTables(database);
    const tables = { ...emptyTables(), annotations: [annotation('a-1', 5)], meetings: [meeting('m-1', 5)], questions: [question('q-1', 'm-1', 5)], meta: [{ key: 'lastBackupAt' as const, value: 9 }] };
    const changes = await replaceWithReservekopie(await parsed((await fileOf(tables)).text), savedFirst, database);
    const after = await readAllTables(database);
    expect(userTables(after)).toEqual(userTables({ ...tables, meta: [] }));
    expect(after.meta).toEqual([{ key: 'lastBackupAt', value: 9 }, ...savedFirst.meta]);
    expect(changes.annotations).toEqual({ added: 1, updated: 0, unchanged: 0, removed: 3 });
  });

  it('replaces nothing when the data changed after the safety reservekopie was made', async () => {
    const database = freshDatabase();
    await fillLikeARaadslid(database);
    const savedFirst = await readAllTables(database);
    await database.annotations.put(annotation('a-late', 1));
    const before = await readAllTables(database);
    const reservekopie = await parsed((await fileOf({ ...emptyTables(), meetings: [meeting('m-1', 5)] })).text);
    await expect(replaceWithReservekopie(reservekopie, savedFirst, database)).rejects.toThrow(
      'Er is niets vervangen: je gegevens zijn veranderd nadat de reservekopie werd gemaakt. Probeer het opnieuw.',
    );
    expect(await readAllTables(database)).toEqual(before);
  });
});
