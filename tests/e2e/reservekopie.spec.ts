// The reservekopie, as a raadslid uses it in the browser edition (real Chromium, real
// IndexedDB): the work is saved to a file (a download), the database is lost (a fresh browser
// profile), and restoring the file through the file picker brings back every record field by
// field; Samenvoegen into a changed database, by drag and drop, keeps the newer of each;
// Vervangen first downloads a reservekopie of the current data; a bad file gives its Dutch
// message and changes nothing. axe-core checks the screen empty, with a preview, after a
// restore, while asking to confirm Vervangen and with a refusal.
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { Annotation } from '../../renderer/model/annotation';
import type { AgendaItem, Meeting, Question } from '../../renderer/model/question';
import type { TrashEntry } from '../../renderer/model/trash';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const TABLES = ['annotations', 'meetings', 'agendaItems', 'questions', 'settings', 'readingPositions', 'trash'] as const;
const TEXT = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';
const author = { naam: 'Anna de Vries', fractie: 'CDA' };
const day = (date: number) => Date.UTC(2026, 10, date, 12, 0);

const annotation = (id: string, updatedAt: number, note: string): Annotation => ({
  id,
  documentId: DOCUMENTS.beleidskader.id,
  documentVersion: 'a1b2c3',
  target: describeRange(TEXT, 5, 32, 'p-12'),
  color: 'geel',
  flag: 'technische-vraag',
  note,
  tags: ['armoede'],
  visibility: 'prive',
  author,
  createdAt: day(1),
  updatedAt,
});
const meeting: Meeting = { id: 'vergadering-raad', name: 'Raadsvergadering december', date: '2026-12-10', kind: 'raad', createdAt: day(2), updatedAt: day(2) };
const commissie: Meeting = { id: 'vergadering-commissie', name: 'Commissie Bestuur', date: '2026-11-26', kind: 'commissie', createdAt: day(2), updatedAt: day(2) };
const item: AgendaItem = { id: 'agendapunt-5a', meetingId: meeting.id, number: '5a', title: 'Beleidskader sociaal domein', documentIds: [DOCUMENTS.beleidskader.id], order: 0 };
const question = (id: string, order: number, text: string, updatedAt: number): Question => ({
  id,
  meetingId: meeting.id,
  agendaItemId: item.id,
  order,
  kind: 'technische-vraag',
  question: text,
  toelichting: '<b>Geen opmaak</b> \u202Eomgekeerd\u202C',
  priority: 'hoog',
  status: 'concept',
  createdAt: day(3),
  updatedAt,
});
const trashed: TrashEntry = {
  id: 'prullenbak-1',
  kind: 'annotation',
  title: '8 procent van onze inwoners',
  // Younger than the 30 days the Prullenbak keeps, whatever day the test runs.
  deletedAt: Date.now() - 24 * 60 * 60 * 1000,
  records: { annotations: [annotation('weg', day(3), 'Verwijderd')], meetings: [], agendaItems: [], questions: [], unlinkedQuestions: [] },
};

const work = {
  annotations: [annotation('aantekening-1', day(5), 'Hoeveel huishoudens?'), annotation('aantekening-2', day(5), 'Bron?'), annotation('aantekening-3', day(5), '<script>alert(1)</script>')],
  meetings: [commissie, meeting],
  agendaItems: [item],
  questions: [question('vraag-1', 0, 'Hoeveel huishoudens precies?', day(6)), question('vraag-2', 1, 'Wat kost de aanpak?', day(6)), question('vraag-3', 2, 'Wanneer evalueren?', day(6))],
  settings: [{ key: 'profile', value: author }, { key: 'theme', value: 'dark' }],
  readingPositions: [{ documentId: DOCUMENTS.beleidskader.id, blockId: 'p-12', updatedAt: day(7) }],
  trash: [trashed],
};

/** Opens the app once (so it makes its database), stores the records, then opens the reservekopie screen from the header. */
async function seed(page: Page, records: Record<string, readonly unknown[]>) {
  await page.goto('./#/vergaderingen');
  await expectScreen(page, 'Vergaderingen');
  for (const [store, rows] of Object.entries(records)) await putStored(page, store, rows);
  await page.reload();
  await expectScreen(page, 'Vergaderingen');
  await page.getByRole('link', { name: 'Reservekopie', exact: true }).click();
  await expectScreen(page, 'Reservekopie');
}

/** Every table of user data, as stored. */
async function storedTables(page: Page): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of TABLES) tables[table] = await readAllStored(page, table);
  return tables;
}

async function textOf(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** Clicks "Reservekopie maken" and returns the downloaded file. */
async function makeReservekopie(page: Page): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const download = await downloading;
  await expect(page.getByRole('status').filter({ hasText: 'Reservekopie opgeslagen' })).toHaveText(`Reservekopie opgeslagen: ${download.suggestedFilename()}`);
  return { name: download.suggestedFilename(), text: await textOf(download) };
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./#/reservekopie');
  await expectScreen(page, 'Reservekopie');
  return page;
}

test('a reservekopie brings back every record, field by field, into an empty database', async ({ page, browser }) => {
  await seed(page, work);
  await expectNoAxeViolations(page);
  const before = await storedTables(page);
  expect(before).toEqual(work);

  const file = await makeReservekopie(page);
  expect(file.name).toMatch(/^leestafel-reservekopie-\d{4}-\d{2}-\d{2}\.json$/);
  const header = JSON.parse(file.text) as Record<string, unknown>;
  expect(header).toMatchObject({ format: 'leestafel-reservekopie', formatVersion: '1.1', appVersion: '0.1.0', schemaVersion: expect.any(Number) });
  expect(header.counts).toMatchObject({ annotations: 3, meetings: 2, agendaItems: 1, questions: 3, settings: 2, readingPositions: 1, trash: 1 });
  expect(header.checksum).toEqual({ algorithm: 'SHA-256', value: expect.stringMatching(/^[0-9a-f]{64}$/) });

  // The laptop is replaced: a new browser profile has an empty database.
  const restored = await freshPage(browser);
  expect(await storedTables(restored)).toEqual(Object.fromEntries(TABLES.map((table) => [table, []])));
  await restored.getByLabel('Kies een reservekopie (.json)').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  const preview = restored.getByRole('heading', { level: 3 });
  await expect(preview).toHaveText(/^Reservekopie van \d{1,2} [a-z]+ \d{4}: 3 aantekeningen, 2 vergaderingen, 3 vragen$/);
  await expect(preview).toBeFocused();
  await expect(restored.getByRole('listitem').filter({ hasText: '1 item in de Prullenbak' })).toBeVisible();
  await expectNoAxeViolations(restored);

  await restored.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(restored.getByRole('status').filter({ hasText: 'Samengevoegd' })).toHaveText(`Samengevoegd uit ${file.name}: 13 nieuw, 0 bijgewerkt.`);
  expect(await storedTables(restored)).toEqual(before);
  await expectNoAxeViolations(restored);

  // What was restored is the raadslid's again: the vergadering shows its questions, HTML as text.
  await restored.goto('./#/vergadering/vergadering-raad');
  await expectScreen(restored, 'Raadsvergadering december');
  await expect(restored.getByText('Hoeveel huishoudens precies?').first()).toBeVisible();
  await expect(restored.getByText('<b>Geen opmaak</b>').first()).toBeVisible();
  await restored.context().close();
});

test('Samenvoegen by drag and drop keeps the newer of each record and deletes nothing', async ({ page }) => {
  await seed(page, work);
  const file = await makeReservekopie(page);

  // After the reservekopie: one annotation is changed again here (newer than the file), one is
  // an older version here (the file's is newer), one question is gone and a new one was made.
  const newerHere = { ...work.annotations[0]!, note: 'Hier later aangepast', updatedAt: day(20) };
  const olderHere = { ...work.annotations[1]!, note: 'Oude versie', updatedAt: day(1) };
  const madeLater = question('vraag-4', 3, 'Nieuwe vraag', day(21));
  await putStored(page, 'annotations', [newerHere, olderHere]);
  await putStored(page, 'questions', [madeLater]);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leestafel');
        open.onsuccess = () => {
          const transaction = open.result.transaction('questions', 'readwrite');
          transaction.objectStore('questions').delete('vraag-3');
          transaction.oncomplete = () => (open.result.close(), resolve());
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );

  const dataTransfer = await page.evaluateHandle(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: 'application/json' }));
    return transfer;
  }, file);
  await page.getByText('Of sleep het bestand hierheen.').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(/: 3 aantekeningen, 2 vergaderingen, 3 vragen$/);
  await page.getByRole('button', { name: 'Samenvoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Samengevoegd' })).toHaveText(`Samengevoegd uit ${file.name}: 1 nieuw, 1 bijgewerkt, 11 al aanwezig of nieuwer.`);

  const after = await storedTables(page);
  expect(after.annotations).toEqual([newerHere, work.annotations[1], work.annotations[2]]);
  expect(after.questions).toEqual([...work.questions, madeLater]);
  expect({ ...after, annotations: [], questions: [] }).toEqual({ ...work, annotations: [], questions: [] });
});

test('Vervangen first downloads a reservekopie of the current data, then holds exactly the file', async ({ page }) => {
  await seed(page, { annotations: work.annotations, meetings: [meeting], questions: work.questions, agendaItems: [item] });
  const file = await makeReservekopie(page);
  await putStored(page, 'meetings', [commissie]);
  await putStored(page, 'annotations', [annotation('aantekening-nieuw', day(22), 'Na de reservekopie')]);
  const beforeReplace = await storedTables(page);

  await page.getByLabel('Kies een reservekopie (.json)').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await page.getByRole('button', { name: 'Vervangen…' }).click();
  await expect(page.getByText('Eerst wordt automatisch een reservekopie van je huidige gegevens opgeslagen')).toBeVisible();
  await expectNoAxeViolations(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken en vervangen' }).click();
  const safety = await downloading;
  expect(safety.suggestedFilename()).toMatch(/^leestafel-reservekopie-\d{4}-\d{2}-\d{2}-voor-vervangen\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Vervangen door' })).toContainText(`Je vorige gegevens staan in ${safety.suggestedFilename()}.`);

  const tables = (JSON.parse(file.text) as { tables: Record<string, unknown[]> }).tables;
  const after = await storedTables(page);
  for (const table of TABLES) expect(after[table], table).toEqual(tables[table]);
  // The safety reservekopie holds what was there just before, to go back to.
  const saved = (JSON.parse(await textOf(safety)) as { tables: Record<string, unknown[]> }).tables;
  for (const table of TABLES) expect(saved[table], table).toEqual(beforeReplace[table]);
});

test('a bad file gives its Dutch message and changes nothing', async ({ page }) => {
  await seed(page, work);
  const before = await storedTables(page);
  const picker = page.getByLabel('Kies een reservekopie (.json)');
  const alert = page.getByRole('region', { name: 'Reservekopie terugzetten' }).getByRole('alert');

  await picker.setInputFiles({ name: 'nieuwer.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"leestafel-reservekopie","formatVersion":"2.0"}') });
  await expect(alert).toHaveText(
    'nieuwer.json: Deze reservekopie heeft formaatversie 2.0, die deze versie van Leestafel Leusden niet kan lezen (tot en met versie 1.x). Werk Leestafel Leusden bij en probeer het opnieuw. Er is niets veranderd.',
  );
  await expectNoAxeViolations(page);

  const file = await makeReservekopie(page);
  await picker.setInputFiles({ name: 'half.json', mimeType: 'application/json', buffer: Buffer.from(file.text.slice(0, 300)) });
  await expect(alert).toHaveText(/^half\.json: Het bestand kan niet worden gelezen: het is geen geldige JSON\./);
  await picker.setInputFiles({ name: 'bewerkt.json', mimeType: 'application/json', buffer: Buffer.from(file.text.replace('Hoeveel huishoudens?', 'Gewijzigd')) });
  await expect(alert).toHaveText(/^bewerkt\.json: De controlesom van de reservekopie klopt niet/);
  await expect(page.getByRole('button', { name: 'Samenvoegen' })).toHaveCount(0);
  expect(await storedTables(page)).toEqual(before);
});
