// Real-looking user data for the reservekopie tests, made through the app's own domain
// functions (so the records have exactly the shapes the app stores), plus a few records put
// directly where a test needs fixed ids and times.
import { addAnnotation, deleteAnnotation, updateAnnotation } from '../../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../../renderer/anchoring/selectors';
import type { LeestafelDatabase } from '../../../../renderer/db/database';
import { buildReservekopie } from '../../../../renderer/exchange/reservekopie/build';
import type { Reservekopie, ReservekopieTables } from '../../../../renderer/exchange/reservekopie/format';
import type { Annotation } from '../../../../renderer/model/annotation';
import type { Meeting, Question } from '../../../../renderer/model/question';
import { addAgendaItem, createMeeting } from '../../../../renderer/questions/meeting-store';
import { createQuestion, deleteQuestion, updateQuestion } from '../../../../renderer/questions/question-store';
import { saveReadingPosition } from '../../../../renderer/reader/reading-position';
import { setFontScale, setProfile, setTheme } from '../../../../renderer/settings/settings-store';

const TEXT =
  'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum. Het college wil de armoede terugdringen met een integrale aanpak.';
const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };

/** Fills a database as a raadslid would over a few weeks: annotations, a vergadering with agenda and questions, settings, positions, a Prullenbak. */
export async function fillLikeARaadslid(database: LeestafelDatabase): Promise<void> {
  await setProfile(author, database);
  await setTheme('dark', database);
  await setFontScale(1.25, database);
  const first = await addAnnotation(
    { documentId: 'beleidskader-sociaal-domein-2023-2026', documentVersion: 'a1b2c3', target: describeRange(TEXT, 5, 32, 'p-442'), color: 'geel', flag: 'technische-vraag', note: 'Hoeveel huishoudens?\nBron?', tags: ['armoede', 'minima'], author },
    database,
  );
  await addAnnotation({ documentId: 'kadernota-2022-domein-3', documentVersion: 'd4e5f6', target: describeRange(TEXT, 93, 150), color: 'blauw', note: '', author }, database);
  const gone = await addAnnotation({ documentId: 'kadernota-2022-domein-3', documentVersion: 'd4e5f6', target: describeRange(TEXT, 0, 4), color: 'roze', author }, database);
  await updateAnnotation(first.id, { visibility: 'fractie', note: 'Hoeveel huishoudens precies?' }, database);
  await deleteAnnotation(gone.id, database);

  const meeting = await createMeeting({ name: 'Raadsvergadering', date: '2026-12-10', kind: 'raad' }, database);
  await createMeeting({ name: 'Commissie Bestuur', date: '2026-11-26', kind: 'commissie' }, database);
  const item = await addAgendaItem(meeting.id, { number: '5a', title: 'Beleidskader sociaal domein', documentIds: ['beleidskader-sociaal-domein-2023-2026'] }, database);
  const question = await createQuestion(
    {
      meetingId: meeting.id,
      agendaItemId: item.id,
      kind: 'technische-vraag',
      question: 'Hoeveel huishoudens hebben een inkomen tot 130% van het sociaal minimum?',
      toelichting: 'Zie het beleidskader.',
      addressedTo: 'Wethouder Sociaal Domein',
      priority: 'hoog',
      annotationId: first.id,
      reference: {
        documentId: 'beleidskader-sociaal-domein-2023-2026',
        documentTitle: 'Beleidskader sociaal domein 2023-2026',
        documentVersion: 'a1b2c3',
        sectionId: 'h-4',
        sectionNumber: '4',
        sectionTitle: 'Armoede',
        paragraphNumber: 2,
        quote: '8 procent van onze inwoners',
        target: describeRange(TEXT, 5, 32, 'p-442'),
      },
    },
    database,
  );
  await updateQuestion(question.id, { status: 'ingediend', answer: 'Ongeveer 1.200.' }, database);
  const dropped = await createQuestion({ meetingId: meeting.id, question: 'Vervalt' }, database);
  await deleteQuestion(dropped.id, database);
  await createQuestion({ meetingId: meeting.id, question: 'Wat kost de integrale aanpak?' }, database);

  await saveReadingPosition('beleidskader-sociaal-domein-2023-2026', 'p-442', database);
  await saveReadingPosition('kadernota-2022-domein-3', 'h-2', database);
  // A fractie member's set, imported: one annotation of theirs and one question draft.
  const colleague = { naam: 'Bram Jansen', fractie: 'Fractie Leusden', id: '0f9d5a44-8c1e-4c4b-9d55-1a2b3c4d5e6f' };
  const origin = { importId: 'imp-1', authorKey: `id:${colleague.id}` };
  await database.imports.put({
    id: 'imp-1', authorKey: origin.authorKey, author: colleague, fileName: 'fractieset-fractie-leusden-bram-jansen-2026-12-02.json',
    exportedAt: 1_789_900_000_000, importedAt: 1_789_950_000_000, hidden: false,
    scope: { documentIds: ['kadernota-2022-domein-3'], includesPrivate: false, includesQuestions: true },
  });
  await database.annotations.put({
    id: 'b-1', documentId: 'kadernota-2022-domein-3', documentVersion: 'd4e5f6', target: describeRange(TEXT, 40, 60), color: 'oranje',
    note: 'Zie ook <b>p. 4</b>', tags: ['minima'], visibility: 'fractie', author: colleague, createdAt: 1_789_800_000_000, updatedAt: 1_789_800_000_500, origin,
  });
  await database.sharedQuestions.put({
    id: 'bq-1', origin, author: colleague, meetingId: meeting.id, agendaItemId: item.id, kind: 'vraag-voor-de-vergadering',
    question: 'Hoe bereikt de aanpak jongeren?', toelichting: '', createdAt: 1_789_800_000_000, updatedAt: 1_789_800_000_000,
  });
  await database.meta.bulkPut([
    { key: 'writtenBy', value: { appVersion: '0.1.0', schemaVersion: 4, at: 1_790_000_000_000 } },
    { key: 'lastChangeAt', value: 1_790_000_000_000 },
  ]);
}

/** An annotation with fixed id and times. */
export function annotation(id: string, updatedAt: number, note = `Notitie ${id}`): Annotation {
  return {
    id,
    documentId: 'kadernota-2022-domein-3',
    documentVersion: 'd4e5f6',
    target: describeRange(TEXT, 5, 32, 'p-442'),
    color: 'groen',
    note,
    tags: ['jeugd'],
    visibility: 'prive',
    author,
    createdAt: 1_780_000_000_000,
    updatedAt,
  };
}

/** A vergadering with fixed id and times. */
export function meeting(id: string, updatedAt: number, name = `Vergadering ${id}`): Meeting {
  return { id, name, date: '2026-12-10', kind: 'raad', createdAt: 1_780_000_000_000, updatedAt };
}

/** A question with fixed id and times. */
export function question(id: string, meetingId: string, updatedAt: number, text = `Vraag ${id}`): Question {
  return {
    id,
    meetingId,
    order: 0,
    kind: 'vraag-voor-de-vergadering',
    question: text,
    toelichting: '',
    priority: 'normaal',
    status: 'concept',
    createdAt: 1_780_000_000_000,
    updatedAt,
  };
}

/** Tables with nothing in them, to fill in a test. */
export function emptyTables(): ReservekopieTables {
  return { annotations: [], meetings: [], agendaItems: [], questions: [], settings: [], readingPositions: [], trash: [], meta: [], imports: [], sharedQuestions: [] };
}

/** A reservekopie of `tables` as a file's text, made on 3 December 2026. */
export async function fileOf(tables: ReservekopieTables): Promise<{ reservekopie: Reservekopie; text: string }> {
  return buildReservekopie(tables, { appVersion: '0.1.0', schemaVersion: 4, exportedAt: new Date('2026-12-03T09:30:00.000Z') });
}
