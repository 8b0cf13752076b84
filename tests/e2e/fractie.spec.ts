// Sharing with the fractie as two raadsleden do it, each in a browser profile of their own (real
// Chromium, real IndexedDB, real files): Anna annotates and shares a file; Bram imports it and
// sees her annotations on the right words with her name and initials; the same file again adds
// nothing; a newer file updates and removes; removing the import and undoing that both work.
// A hostile file shows its HTML, script and bidi override as inert text; a question draft is
// adopted into Bram's list with its vindplaats. axe-core checks every new screen state.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { buildFractieset } from '../../renderer/exchange/fractie/build';
import { expectNoAxeViolations } from '../support/axe';
import type { Annotation } from '../../renderer/model/annotation';
import { deleteStored, putStored, readAllStored, storedAnnotations } from '../support/stored-records';
import { answerProfile, highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const DOC = `./#/doc/${DOCUMENTS.beleidskader.id}`;
const PHRASE = 'verbondenheid en gezamenlijkheid';
const SECOND = 'beste voorwaarden';
const SHARED = 'annotation-shared';

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  return context.newPage();
}

async function annotate(page: Page, blockId: string, phrase: string, note: string, visibility: 'Fractie' | 'Privé', firstTime = false) {
  await selectWithMouse(page, blockId, phrase);
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByLabel('Notitie').fill(note);
  await toolbar.getByRole('radio', { name: visibility }).check();
  await toolbar.getByRole('button', { name: 'Opslaan' }).click();
  if (firstTime) await answerProfile(page);
  await expect(toolbar).toBeHidden();
}

/** On the Delen screen: "Bestand maken…" and the downloaded file. */
async function share(page: Page): Promise<{ name: string; text: string }> {
  await page.goto('./#/fractie');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delen met de fractie');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Bestand maken…' }).click();
  const download = await downloading;
  await expect(page.getByText(`Opgeslagen: ${download.suggestedFilename()}`)).toBeVisible();
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

async function pick(page: Page, file: { name: string; text: string }) {
  await page.getByLabel('Kies een bestand met aantekeningen (.json)').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
}

/** Picks the file, checks the preview and imports it; returns the automatic reservekopie's name. */
async function importFile(page: Page, file: { name: string; text: string }): Promise<string> {
  await pick(page, file);
  const preview = page.getByRole('group', { name: `Voorbeeld van ${file.name}` });
  await expect(preview).toBeVisible();
  const downloading = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Importeren' }).click();
  const safety = await downloading;
  await expect(page.getByText(`Geïmporteerd uit ${file.name}`)).toBeVisible();
  return safety.suggestedFilename();
}

test('Anna shares her Fractie annotations; Bram imports them, once, then a newer file, and removes and restores the import', async ({ browser }) => {
  test.setTimeout(120_000);
  const anna = await freshPage(browser);
  await anna.goto(DOC);
  await expectScreen(anna, DOCUMENTS.beleidskader.title);
  await annotate(anna, 'p-3', PHRASE, 'Wat betekent dit <b>concreet</b>?', 'Fractie', true);
  await annotate(anna, 'p-12', SECOND, 'Welke voorwaarden?', 'Fractie');
  await annotate(anna, 'p-3', 'dat is de titel', 'Alleen voor mij', 'Privé');
  await expect.poll(async () => (await storedAnnotations(anna)).length).toBe(3);

  await anna.goto('./#/');
  await anna.getByRole('link', { name: 'Delen met de fractie' }).click();
  await expect(anna.getByText('Gaan mee: 2 aantekeningen en 0 vragen.')).toBeVisible();
  await expectNoAxeViolations(anna);
  const first = await share(anna);
  expect(first.name).toMatch(/^fractieset-leusden-lokaal-anna-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
  expect(first.text).not.toContain('Alleen voor mij');

  const bram = await freshPage(browser);
  await bram.goto('./#/fractie');
  await pick(bram, first);
  const preview = bram.getByRole('group', { name: `Voorbeeld van ${first.name}` });
  await expect(preview.getByRole('checkbox', { name: 'Aantekeningen van Anna de Vries (Leusden Lokaal) overnemen' })).toBeChecked();
  await expect(preview.getByRole('row', { name: new RegExp(DOCUMENTS.beleidskader.title) })).toHaveText(`${DOCUMENTS.beleidskader.title}20000`);
  await expectNoAxeViolations(bram);
  await preview.getByRole('button', { name: 'Annuleren' }).click();
  expect(await readAllStored(bram, 'annotations')).toEqual([]);

  const safety = await importFile(bram, first);
  expect(safety).toMatch(/^leestafel-reservekopie-\d{4}-\d{2}-\d{2}-voor-import\.json$/);
  const stored = await storedAnnotations(bram);
  expect(stored.map((annotation) => [annotation.target.quote.exact, annotation.author.naam]).sort()).toEqual([[SECOND, 'Anna de Vries'], [PHRASE, 'Anna de Vries']].sort());

  // In the text: on the right words, marked as hers.
  await bram.goto(DOC);
  await expectScreen(bram, DOCUMENTS.beleidskader.title);
  await expect.poll(async () => (await highlightedTexts(bram, SHARED)).sort()).toEqual([PHRASE, SECOND].sort());
  await expect(bram.getByRole('button', { name: 'AdV · Markering geel' }).first()).toBeVisible();
  await bram.getByRole('button', { name: 'AdV · Markering geel' }).first().click();
  const opened = bram.getByRole('dialog', { name: 'Aantekening' });
  await expect(opened.getByText('Van Anna de Vries (Leusden Lokaal) — alleen te lezen')).toBeVisible();
  await expect(opened.getByRole('textbox')).toHaveCount(0);
  await expectNoAxeViolations(bram);
  await bram.keyboard.press('Escape');

  // The same file again: nothing new, nothing written.
  await bram.goto('./#/fractie');
  const before = await readAllStored(bram, 'annotations');
  await pick(bram, first);
  await bram.getByRole('group', { name: `Voorbeeld van ${first.name}` }).getByRole('button', { name: 'Importeren' }).click();
  await expect(bram.getByText(`Niets nieuws in ${first.name}`)).toBeVisible();
  expect(await readAllStored(bram, 'annotations')).toEqual(before);
  expect(await readAllStored(bram, 'imports')).toHaveLength(1);

  // Anna changes one note and deletes the other; her newer file updates and removes.
  await anna.goto(DOC);
  await expectScreen(anna, DOCUMENTS.beleidskader.title);
  const annaStored = await readAllStored<Annotation>(anna, 'annotations');
  const changed = annaStored.find((annotation) => annotation.target.quote.exact === PHRASE)!;
  const gone = annaStored.find((annotation) => annotation.target.quote.exact === SECOND)!;
  await putStored(anna, 'annotations', [{ ...changed, note: 'Wat betekent dit precies?', updatedAt: changed.updatedAt + 60_000 }]);
  await deleteStored(anna, 'annotations', gone.id);
  const newer = await share(anna);
  await bram.goto('./#/fractie');
  await importFile(bram, { ...newer, name: newer.name.replace('.json', '-2.json') });
  const updated = await storedAnnotations(bram);
  expect(updated.map((annotation) => [annotation.target.quote.exact, annotation.note])).toEqual([[PHRASE, 'Wat betekent dit precies?']]);

  // Removing the newest import takes its annotation away; undoing brings it back exactly.
  const withBoth = await readAllStored(bram, 'annotations');
  const sets = bram.getByRole('listitem').filter({ hasText: '-2.json' });
  await sets.getByRole('button', { name: 'Set verwijderen' }).click();
  await expect(bram.getByText('De set van Anna de Vries (Leusden Lokaal) is verwijderd en staat in de Prullenbak.')).toBeVisible();
  expect(await readAllStored(bram, 'annotations')).toEqual([]);
  await expectNoAxeViolations(bram);
  await bram.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(bram.getByText('De set van Anna de Vries (Leusden Lokaal) is teruggezet.')).toBeVisible();
  expect(await readAllStored(bram, 'annotations')).toEqual(withBoth);
});

test('a hostile set shows its HTML, script and bidi override as inert text; other files are refused in Dutch and change nothing', async ({ browser }) => {
  const evil = '\u202Eenaj\u202C';
  const made = buildFractieset({
    author: { naam: `Jan ${evil}`, fractie: '<img src=x onerror="window.__pwned=1">' },
    annotations: [
      {
        id: 'c7a1b6a2-0d1e-4b43-9d1e-7f3f0d1b2c3a', documentId: DOCUMENTS.beleidskader.id, documentVersion: 'x',
        target: { quote: { type: 'TextQuoteSelector', exact: PHRASE, prefix: 'staat voor ', suffix: '.' }, position: { type: 'TextPositionSelector', start: 300, end: 332 }, blockId: 'p-3' },
        color: 'roze', note: '<img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script>', tags: ['<b>vet</b>'], visibility: 'fractie',
        author: { naam: `Jan ${evil}`, fractie: 'X' }, createdAt: Date.UTC(2026, 11, 1), updatedAt: Date.UTC(2026, 11, 1),
      },
    ],
    questions: [], meetings: [], agendaItems: [],
    scope: { documentIds: [DOCUMENTS.beleidskader.id], includesPrivate: false, includesQuestions: false },
    appVersion: '0.1.0', now: new Date(Date.UTC(2026, 11, 2)),
  });
  const page = await freshPage(browser);
  await page.goto('./#/fractie');

  await pick(page, { name: 'reservekopie.json', text: JSON.stringify({ format: 'leestafel-reservekopie', formatVersion: '1.1' }) });
  await expect(page.getByRole('region', { name: 'Importeren' }).getByRole('alert')).toContainText('Dit is een reservekopie, geen set aantekeningen van een fractiegenoot.');
  await pick(page, { name: 'hypothesis.json', text: JSON.stringify({ export_date: '2026-01-01', annotations: [{ uri: 'https://x' }] }) });
  await expect(page.getByRole('region', { name: 'Importeren' }).getByRole('alert')).toContainText('Dit lijkt een export van Hypothesis.');
  await pick(page, { name: 'half.json', text: made.text.slice(0, 200) });
  await expect(page.getByRole('region', { name: 'Importeren' }).getByRole('alert')).toContainText('geen geldige JSON');
  await expectNoAxeViolations(page);
  expect(await readAllStored(page, 'annotations')).toEqual([]);

  await importFile(page, { name: 'jan.json', text: made.text });
  await page.goto(DOC);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Aantekeningen' });
  await expect(panel.getByText('<img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script>')).toBeVisible();
  await expect(panel.getByRole('definition').filter({ hasText: '<b>vet</b>' })).toBeVisible();
  await expect(panel.locator('img, script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  const [stored] = await storedAnnotations(page);
  expect(stored!.author.naam).toBe('Jan enaj');
  await expect(panel.getByText('Van Jan enaj (X) — alleen te lezen')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a colleague’s question draft is adopted into the vergadering with its vindplaats', async ({ browser }) => {
  const anna = await freshPage(browser);
  await anna.goto('./#/vergaderingen');
  const meeting = { id: 'raad-dec', name: 'Raadsvergadering december', date: '2026-12-10', kind: 'raad', createdAt: Date.UTC(2026, 11, 1), updatedAt: Date.UTC(2026, 11, 1) };
  await putStored(anna, 'settings', [{ key: 'profile', value: { naam: 'Anna de Vries', fractie: 'Leusden Lokaal' } }]);
  await putStored(anna, 'meetings', [meeting]);
  await putStored(anna, 'agendaItems', [{ id: 'ap-5a', meetingId: meeting.id, number: '5a', title: 'Beleidskader sociaal domein', documentIds: [], order: 0 }]);
  await putStored(anna, 'questions', [
    {
      id: 'vraag-anna', meetingId: meeting.id, agendaItemId: 'ap-5a', order: 0, kind: 'technische-vraag', question: 'Wat kost de integrale aanpak?', toelichting: 'Graag per jaar.',
      priority: 'normaal', status: 'concept', createdAt: Date.UTC(2026, 11, 2), updatedAt: Date.UTC(2026, 11, 2),
      reference: {
        documentId: DOCUMENTS.beleidskader.id, documentTitle: DOCUMENTS.beleidskader.title, documentVersion: 'x', sectionId: 'h-2', sectionNumber: '1', sectionTitle: 'Inleiding', paragraphNumber: 1,
        quote: PHRASE, target: { quote: { type: 'TextQuoteSelector', exact: PHRASE, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 42 }, blockId: 'p-3' },
      },
    },
  ]);
  const file = await share(anna);

  const bram = await freshPage(browser);
  await bram.goto('./#/fractie');
  await importFile(bram, file);
  await bram.goto('./#/vergaderingen');
  await bram.getByRole('link', { name: /Raadsvergadering december/ }).click();
  const section = bram.getByRole('region', { name: 'Van fractiegenoten' });
  await expect(section.getByRole('heading', { name: 'Anna de Vries (Leusden Lokaal)' })).toBeVisible();
  await expect(section).toContainText('Wat kost de integrale aanpak?');
  await expectNoAxeViolations(bram);
  await section.getByRole('button', { name: 'Overnemen in mijn lijst' }).click();
  await expect(section.getByText('Overgenomen in je lijst.')).toBeVisible();
  const [own] = await readAllStored<{ question: string; agendaItemId: string; reference: { quote: string; sectionTitle: string } }>(bram, 'questions');
  expect(own).toMatchObject({ question: 'Wat kost de integrale aanpak?', agendaItemId: 'ap-5a', reference: { quote: PHRASE, sectionTitle: 'Inleiding' } });
  await expect(bram.getByRole('region', { name: 'Vragen' })).toContainText('Wat kost de integrale aanpak?');
});
