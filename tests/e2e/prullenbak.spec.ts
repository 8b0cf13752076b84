// The Prullenbak, as a raadslid uses it: an annotation, a question, an agendapunt with its
// questions (the app asks first) and a vergadering with everything in it are deleted, and each
// comes back from the Prullenbak exactly as it was stored, field by field, also after a reload.
// The Prullenbak is emptied after a confirmation, keeps what is younger than 30 days at
// start-up, and is checked with axe-core, with and without its dialog.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import type { Annotation } from '../../renderer/model/annotation';
import type { AgendaItem, Meeting, Question } from '../../renderer/model/question';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
// Noon UTC, so the date is the same in every time zone.
const day = (date: number) => Date.UTC(2026, 2, date, 12, 0);

const beleidskader = JSON.parse(
  readFileSync(path.join(__dirname, '../../renderer/public/documents', `${DOCUMENTS.beleidskader.id}.json`), 'utf8'),
) as DocumentModel;
const VITAAL = 'kunnen inwoners een vitaal leven opbouwen';
const anchorText = buildAnchorText(beleidskader);
const vitaalStart = anchorText.text.indexOf(VITAAL);
const annotation: Annotation = {
  id: '00000000-0000-4000-8000-0000000000a1',
  documentId: beleidskader.id,
  documentVersion: beleidskader.version,
  target: describeRange(anchorText.text, vitaalStart, vitaalStart + VITAAL.length, blockAt(anchorText, vitaalStart)?.id),
  color: 'groen',
  flag: 'technische-vraag',
  note: 'Wat kost dit per jaar?',
  tags: ['preventie'],
  visibility: 'fractie',
  author: { naam: 'Anna de Vries', fractie: 'CDA' },
  createdAt: day(1),
  updatedAt: day(2),
};

const meeting: Meeting = { id: 'vergadering-raad-12-maart', name: 'Raad – Kadernota ‘22', date: '2026-03-12', kind: 'raad', createdAt: day(3), updatedAt: day(4) };
const item5a: AgendaItem = { id: 'agendapunt-5a', meetingId: meeting.id, number: '5a', title: 'Kadernota 2022', documentIds: [DOCUMENTS.kadernota.id], order: 0 };
const item6: AgendaItem = { id: 'agendapunt-6', meetingId: meeting.id, number: '6', title: 'Rondvraag', documentIds: [], order: 1 };
const question = (id: string, order: number, fields: Partial<Question>): Question => ({
  id,
  meetingId: meeting.id,
  order,
  kind: 'technische-vraag',
  question: '',
  toelichting: '',
  priority: 'normaal',
  status: 'concept',
  createdAt: day(5) + order,
  updatedAt: day(6) + order,
  ...fields,
});
const questions = [
  question('vraag-a', 0, { agendaItemId: item5a.id, question: 'Welke derde partijen zijn bedoeld?', addressedTo: 'Wethouder Financiën', priority: 'hoog' }),
  question('vraag-b', 1, { agendaItemId: item5a.id, question: 'Wat kost dat per jaar?', toelichting: 'Zie € 1,2 mln.', status: 'klaar' }),
  question('vraag-c', 2, { question: 'Wanneer komt de evaluatie?', kind: 'schriftelijke-vraag', answer: 'In het najaar.', status: 'beantwoord' }),
];

/** Every table a delete touches, as stored (each in key order). */
async function storedTables(page: Page) {
  return {
    annotations: await readAllStored(page, 'annotations'),
    meetings: await readAllStored(page, 'meetings'),
    agendaItems: await readAllStored(page, 'agendaItems'),
    questions: await readAllStored(page, 'questions'),
  };
}

const trashCount = async (page: Page) => (await readAllStored(page, 'trash')).length;

/** Opens `hash` once (so the app makes its database), stores the records, and opens it again. */
async function seed(page: Page, hash: string, records: Record<string, readonly unknown[]>) {
  await page.goto(hash);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const [store, rows] of Object.entries(records)) await putStored(page, store, rows);
  await page.reload();
}

test('an annotation deleted in the panel comes back from the Prullenbak exactly, also after a reload', async ({ page }) => {
  await seed(page, `./#/doc/${DOCUMENTS.beleidskader.id}`, { annotations: [annotation] });
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  const before = await storedTables(page);

  await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Aantekeningen' });
  await panel.getByRole('listitem').filter({ hasText: VITAAL }).getByRole('button', { name: 'Verwijderen' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Aantekening verwijderd' });
  await expect(notice).toBeVisible();
  await expect.poll(() => readAllStored(page, 'annotations')).toEqual([]);
  await expect.poll(() => trashCount(page)).toBe(1);

  // The notice leads to the Prullenbak, where the annotation is listed by its quote and note.
  await notice.getByRole('link', { name: 'Prullenbak' }).click();
  await expectScreen(page, 'Prullenbak');
  await expect(page.getByText('blijven hier 30 dagen staan')).toBeVisible();
  const section = page.getByRole('region', { name: 'Aantekeningen (1)' });
  const entry = section.getByRole('listitem');
  await expect(entry).toContainText(`„${VITAAL}”`);
  await expect(entry).toContainText('Notitie: Wat kost dit per jaar?');
  await expect(entry).toContainText(/Verwijderd op .* · blijft nog 30 dagen/);
  await expectNoAxeViolations(page);

  // Put back by keyboard: the focus goes to the heading, as the Prullenbak is now empty.
  const restore = entry.getByRole('button', { name: `Terugzetten aantekening „${VITAAL}”` });
  await restore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Teruggezet' })).toHaveText(`Teruggezet: aantekening „${VITAAL}”. Naar de aantekening`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByText('De Prullenbak is leeg.')).toBeVisible();
  expect(await storedTables(page)).toEqual(before);
  expect(await trashCount(page)).toBe(0);

  await page.reload();
  await expectScreen(page, 'Prullenbak');
  await expect(page.getByText('De Prullenbak is leeg.')).toBeVisible();
  expect(await storedTables(page)).toEqual(before);
});

test('a question, an agendapunt with its questions (asked first) and a vergadering come back from the Prullenbak exactly', async ({ page }) => {
  await seed(page, './#/vergaderingen', { meetings: [meeting], agendaItems: [item5a, item6], questions });
  await page.goto(`./#/vergadering/${meeting.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(meeting.name);
  const before = await storedTables(page);

  // A question, deleted by keyboard.
  await page.getByRole('button', { name: 'Vraag 3 verwijderen' }).press('Enter');
  await expect(page.getByRole('listitem', { name: /^Vraag/ })).toHaveCount(2);

  // An agendapunt with two questions: the app asks first; Escape and "Annuleren" change nothing.
  const deleteItem = page.getByRole('button', { name: 'Agendapunt 5a Kadernota 2022 verwijderen' });
  await deleteItem.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Agendapunt 5a Kadernota 2022 verwijderen?' });
  await expect(dialog).toContainText('2 vragen horen bij dit agendapunt. Ze blijven bij de vergadering, zonder agendapunt.');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(deleteItem).toBeFocused();
  expect((await storedTables(page)).agendaItems).toEqual(before.agendaItems);
  await deleteItem.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Agendapunt verwijderen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Agenda', exact: true })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Agendapunt 5a' })).toHaveText('Agendapunt 5a Kadernota 2022 verwijderd, terug te zetten uit de Prullenbak.');
  await expect.poll(async () => (await readAllStored<Question>(page, 'questions')).map((q) => q.agendaItemId ?? null)).toEqual([null, null]);

  // The vergadering, with what is left in it.
  await page.getByRole('button', { name: 'Vergadering verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergaderingen');
  await expect(page.getByRole('status').filter({ hasText: 'verwijderd' })).toContainText(`Vergadering „${meeting.name}” verwijderd, met 2 vragen.`);
  await expect(page.getByText('Er zijn nog geen vergaderingen.')).toBeVisible();
  expect(await storedTables(page)).toEqual({ annotations: [], meetings: [], agendaItems: [], questions: [] });

  await page.getByRole('main').getByRole('link', { name: 'Prullenbak' }).last().click();
  await expectScreen(page, 'Prullenbak');
  const questionEntry = page.getByRole('region', { name: 'Vragen (1)' }).getByRole('listitem');
  const itemEntry = page.getByRole('region', { name: 'Agendapunten (1)' }).getByRole('listitem');
  const meetingEntry = page.getByRole('region', { name: 'Vergaderingen (1)' }).getByRole('listitem');
  await expect(questionEntry).toContainText('Wanneer komt de evaluatie?');
  await expect(questionEntry).toContainText(`Schriftelijke vraag bij ${meeting.name} (donderdag 12 maart 2026)`);
  await expect(itemEntry).toContainText('Agendapunt 5a Kadernota 2022');
  await expect(itemEntry).toContainText('2 vragen hoorden erbij');
  await expect(meetingEntry).toContainText(`${meeting.name}, donderdag 12 maart 2026`);
  await expect(meetingEntry).toContainText('Met 1 agendapunt en 2 vragen');
  await expectNoAxeViolations(page);

  // The question needs its vergadering: the Prullenbak says so and changes nothing.
  await questionEntry.getByRole('button', { name: /^Terugzetten/ }).click();
  await expect(page.getByRole('alert')).toHaveText(`Zet eerst de vergadering „${meeting.name}” terug uit de Prullenbak: deze vraag hoort daarbij.`);
  expect(await trashCount(page)).toBe(3);

  // The vergadering first; the focus moves to the entry above it.
  await meetingEntry.getByRole('button', { name: /^Terugzetten/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Teruggezet' })).toContainText(`Teruggezet: vergadering ${meeting.name}.`);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(itemEntry.getByRole('button', { name: /^Terugzetten/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Teruggezet' })).toContainText('Teruggezet: agendapunt 5a Kadernota 2022.');
  await expect(questionEntry.getByRole('button', { name: /^Terugzetten/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('De Prullenbak is leeg.')).toBeVisible();

  expect(await storedTables(page)).toEqual(before);
  expect(await trashCount(page)).toBe(0);
  await page.reload();
  expect(await storedTables(page)).toEqual(before);
  await page.goto(`./#/vergadering/${meeting.id}`);
  const kadernotaGroup = page.locator('.question-group').filter({ has: page.getByRole('heading', { name: 'Agendapunt 5a Kadernota 2022', exact: true }) });
  await expect(kadernotaGroup.getByRole('listitem', { name: /^Vraag 1/ })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^Vraag 3/ }).locator('.question-text').first()).toHaveText('Wanneer komt de evaluatie?');
});

test('an agendapunt is changed, the Prullenbak is emptied after a confirmation, and forgets what is older than 30 days at start-up', async ({ page }) => {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill('Commissie Bestuur');
  await form.getByLabel('Datum').fill('2026-02-26');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commissie Bestuur');
  const agendaForm = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  await agendaForm.getByLabel('Nummer').fill('5');
  await agendaForm.getByLabel('Titel').fill('Kadernota');
  await agendaForm.getByRole('button', { name: 'Agendapunt toevoegen' }).click();

  // Changed by keyboard: number, title and a document; the focus comes back to "Wijzigen".
  await page.getByRole('button', { name: 'Agendapunt 5 Kadernota wijzigen' }).press('Enter');
  const edit = page.getByRole('form', { name: 'Agendapunt 5 Kadernota wijzigen' });
  await expect(edit.getByLabel('Nummer')).toBeFocused();
  await page.keyboard.type('a');
  await edit.getByLabel('Titel').fill('Kadernota 2022');
  await edit.getByLabel(DOCUMENTS.kadernota.title).check();
  await expectNoAxeViolations(page);
  await edit.getByRole('button', { name: 'Opslaan' }).press('Enter');
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByText('5a Kadernota 2022', { exact: true })).toBeVisible();
  await expect(agenda.getByRole('link', { name: DOCUMENTS.kadernota.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agendapunt 5a Kadernota 2022 wijzigen' })).toBeFocused();
  await expect.poll(async () => (await readAllStored<AgendaItem>(page, 'agendaItems')).map((i) => [i.number, i.title, i.documentIds])).toEqual([
    ['5a', 'Kadernota 2022', [DOCUMENTS.kadernota.id]],
  ]);

  // Without questions on it, an agendapunt goes to the Prullenbak without asking; so does a question.
  await page.getByRole('button', { name: 'Agendapunt 5a Kadernota 2022 verwijderen' }).click();
  await expect(agenda.getByText('Nog geen agendapunten.')).toBeVisible();
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  const newQuestion = page.getByRole('dialog', { name: 'Nieuwe vraag' });
  await newQuestion.getByLabel('Vraag', { exact: true }).fill('Wat kost het?');
  await newQuestion.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('Wat kost het?');
  await page.getByRole('button', { name: 'Vraag 1 verwijderen' }).click();
  await expect.poll(() => trashCount(page)).toBe(2);

  // From the library, as a user looks for it.
  await page.goto('./');
  await page.getByRole('link', { name: 'Prullenbak' }).click();
  await expectScreen(page, 'Prullenbak');
  await page.getByRole('button', { name: 'Prullenbak legen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Prullenbak legen?' });
  await expect(dialog).toContainText('Alle 2 items in de Prullenbak worden definitief verwijderd. Dat kan niet ongedaan worden gemaakt.');
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await trashCount(page)).toBe(2);
  await page.getByRole('button', { name: 'Prullenbak legen' }).click();
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'leeg gemaakt' })).toHaveText('De Prullenbak is leeg gemaakt: 2 items definitief verwijderd.');
  await expect(page.getByText('De Prullenbak is leeg.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await trashCount(page)).toBe(0);
  expect(await readAllStored(page, 'agendaItems')).toEqual([]);

  // At start-up, what was deleted more than 30 days ago goes; the rest stays.
  const records = { annotations: [], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] };
  const now = Date.now();
  await putStored(page, 'trash', [
    { id: 'oud', kind: 'annotation', title: 'Oud', deletedAt: now - 31 * DAY, records: { ...records, annotations: [annotation] } },
    { id: 'recent', kind: 'annotation', title: 'Recent', deletedAt: now - 29 * DAY, records: { ...records, annotations: [annotation] } },
  ]);
  await page.reload();
  await expectScreen(page, 'Prullenbak');
  await expect.poll(async () => (await readAllStored<{ id: string }>(page, 'trash')).map((entry) => entry.id)).toEqual(['recent']);
  await expect(page.getByRole('region', { name: 'Aantekeningen (1)' })).toContainText('blijft nog 1 dag');
});
