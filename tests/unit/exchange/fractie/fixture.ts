// Two raadsleden of one fractie, each with a database of their own: Anna shares, Bram imports.
// Records are made through the app's own domain functions, so they have the shapes the app stores.
import { addAnnotation } from '../../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../../renderer/anchoring/selectors';
import type { LeestafelDatabase } from '../../../../renderer/db/database';
import { parseFractieset, type Fractieset } from '../../../../renderer/exchange/fractie/parse';
import { addAgendaItem, createMeeting } from '../../../../renderer/questions/meeting-store';
import { createQuestion } from '../../../../renderer/questions/question-store';
import { setProfile } from '../../../../renderer/settings/settings-store';

export const TEXT =
  'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum. Het college wil de armoede terugdringen met een integrale aanpak.';
export const KNOWN_DOCUMENTS: ReadonlySet<string> = new Set(['beleidskader-sociaal-domein-2023-2026', 'kadernota-2022-domein-3', 'begroting-domein-bestuur']);
export const ALL_DOCUMENTS = [...KNOWN_DOCUMENTS];

/** Anna's work: three Fractie annotations, one Privé, a vergadering with an agendapunt and two questions. */
export async function fillAnna(database: LeestafelDatabase) {
  await setProfile({ naam: 'Anna de Vries', fractie: 'Fractie Leusden' }, database);
  const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };
  const base = { documentVersion: 'a1b2c3', author, visibility: 'fractie' as const };
  const first = await addAnnotation({ ...base, documentId: 'beleidskader-sociaal-domein-2023-2026', target: describeRange(TEXT, 5, 32, 'p-442'), color: 'geel', flag: 'technische-vraag', note: 'Hoeveel huishoudens?\nBron?', tags: ['armoede', 'minima'] }, database);
  const second = await addAnnotation({ ...base, documentId: 'kadernota-2022-domein-3', target: describeRange(TEXT, 93, 150), color: 'blauw', note: '', tags: ['aanpak'] }, database);
  const third = await addAnnotation({ ...base, documentId: 'kadernota-2022-domein-3', target: describeRange(TEXT, 0, 4), color: 'roze' }, database);
  const secret = await addAnnotation({ ...base, visibility: 'prive', documentId: 'kadernota-2022-domein-3', target: describeRange(TEXT, 40, 60), color: 'groen', note: 'Alleen voor mij' }, database);
  const meeting = await createMeeting({ name: 'Raadsvergadering', date: '2026-12-10', kind: 'raad' }, database);
  const item = await addAgendaItem(meeting.id, { number: '5a', title: 'Beleidskader sociaal domein', documentIds: [] }, database);
  const question = await createQuestion(
    {
      meetingId: meeting.id, agendaItemId: item.id, kind: 'technische-vraag', question: 'Hoeveel huishoudens hebben een inkomen tot 130%?', toelichting: 'Zie het beleidskader.',
      reference: { documentId: 'beleidskader-sociaal-domein-2023-2026', documentTitle: 'Beleidskader', documentVersion: 'a1b2c3', sectionId: 'h-4', sectionNumber: '4', sectionTitle: 'Armoede', paragraphNumber: 2, quote: TEXT.slice(5, 32), target: describeRange(TEXT, 5, 32, 'p-442') },
    },
    database,
  );
  const free = await createQuestion({ meetingId: meeting.id, question: 'Wat kost de integrale aanpak?' }, database);
  return { first, second, third, secret, meeting, item, question, free };
}

/** The scope of "everything Fractie, with the questions". */
export const EVERYTHING = { documentIds: ALL_DOCUMENTS, includesPrivate: false, includesQuestions: true };

/** Reads a file text that must be a good fractieset. */
export function readSet(text: string): Fractieset {
  const parsed = parseFractieset(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.set;
}

/** Every table of a database, to prove that something changed nothing. */
export async function snapshot(database: LeestafelDatabase): Promise<string> {
  const tables = await Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}
