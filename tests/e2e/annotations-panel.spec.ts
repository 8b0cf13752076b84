// The annotations panel: opening it by keyboard, filtering and sorting, going to a passage,
// deleting with undo, orphans ("Niet meer gevonden") and attaching one to a new selection,
// the profile in the settings, and axe-core with the panel open. The annotations are seeded
// into IndexedDB as addAnnotation stores them, with selectors made on the real texts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import type { Annotation } from '../../renderer/model/annotation';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';


function loadModel(id: string): DocumentModel {
  return JSON.parse(readFileSync(path.join(__dirname, '../../renderer/public/documents', `${id}.json`), 'utf8')) as DocumentModel;
}

const beleidskader = loadModel(DOCUMENTS.beleidskader.id);
const kadernota = loadModel(DOCUMENTS.kadernota.id);

// Noon UTC, so the date is the same in every time zone.
const day = (date: number) => Date.UTC(2026, 2, date, 12, 0);
const ANNA = { naam: 'Anna de Vries', fractie: 'CDA' };
const BRAM = { naam: 'Bram Jansen', fractie: 'VVD' };

/** An annotation on the first occurrence of `words` in the model, as addAnnotation stores it. */
function annotationOn(model: DocumentModel, words: string, fields: Partial<Annotation> & { id: string }): Annotation {
  const anchorText = buildAnchorText(model);
  const start = anchorText.text.indexOf(words);
  if (start === -1) throw new Error(`Niet in ${model.id}: ${words}`);
  return {
    documentId: model.id,
    documentVersion: model.version,
    target: describeRange(anchorText.text, start, start + words.length, blockAt(anchorText, start)?.id),
    color: 'geel',
    note: '',
    tags: [],
    visibility: 'prive',
    author: ANNA,
    createdAt: day(1),
    updatedAt: day(1),
    ...fields,
  };
}

const VITAAL = 'kunnen inwoners een vitaal leven opbouwen';
const ZORG = 'Als gemeente zijn we daar verantwoordelijk voor';
const VERORDENINGEN = 'We actualiseren jaarlijkse de verordeningen en beleidsregels Sociaal Domein.';
const LOST = 'Deze zin over het armoedebeleid staat in geen enkele versie van het beleidskader.';

const vitaal = annotationOn(beleidskader, VITAAL, {
  id: '00000000-0000-4000-8000-00000000000a',
  flag: 'technische-vraag',
  tags: ['preventie'],
  note: 'Wat kost dit per jaar?',
  updatedAt: day(10),
});
const zorg = annotationOn(beleidskader, ZORG, {
  id: '00000000-0000-4000-8000-00000000000b',
  flag: 'motie-idee',
  color: 'groen',
  tags: ['preventie', 'zorg'],
  author: BRAM,
  updatedAt: day(14),
});
const verordeningen = annotationOn(beleidskader, VERORDENINGEN, {
  id: '00000000-0000-4000-8000-00000000000c',
  color: 'roze',
  updatedAt: day(12),
});
// Its passage exists nowhere in the document: an orphan.
const lost: Annotation = {
  ...annotationOn(beleidskader, VITAAL, { id: '00000000-0000-4000-8000-00000000000d', note: 'Vragen bij de verdwenen passage' }),
  target: {
    quote: { type: 'TextQuoteSelector', exact: LOST, prefix: 'qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq', suffix: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
    position: { type: 'TextPositionSelector', start: 5000, end: 5000 + LOST.length },
  },
};
const elsewhere = annotationOn(kadernota, 'Een veilige gemeente is de basis.', {
  id: '00000000-0000-4000-8000-00000000000e',
  flag: 'belangrijk',
  color: 'blauw',
  updatedAt: day(3),
});

/** Loads the beleidskader (so the app creates its database), writes the records, reloads. */
async function openWithAnnotations(page: Page, records: Annotation[]): Promise<void> {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await putStored(page, 'annotations', records);
  await page.reload();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
}

const panelOf = (page: Page) => page.getByRole('complementary', { name: 'Aantekeningen' });
const toggleOf = (page: Page) => page.getByRole('button', { name: 'Aantekeningen', exact: true });

async function openPanel(page: Page): Promise<Locator> {
  await toggleOf(page).click();
  await expect(panelOf(page)).toBeVisible();
  return panelOf(page);
}

/** The quotes of the listed annotations, in order. */
const listedQuotes = (panel: Locator) => panel.getByRole('list').first().getByRole('blockquote').allInnerTexts();

test('opens by keyboard, shows each annotation with its facts, filters and sorts', async ({ page }) => {
  await openWithAnnotations(page, [vitaal, zorg, verordeningen, elsewhere]);

  const toggle = toggleOf(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Start at the top of the page (after a reload Chromium resumes Tab at the reading position).
  await page.getByRole('link', { name: 'Bibliotheek' }).focus();
  for (let step = 0; step < 15 && !(await toggle.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = panelOf(page);
  await expect(panel).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(panel.getByRole('heading', { name: 'Aantekeningen' })).toBeFocused();

  const count = panel.getByRole('status').first();
  await expect(count).toHaveText('3 van 3 aantekeningen');
  expect(await listedQuotes(panel)).toEqual([VITAAL, ZORG, VERORDENINGEN]);

  const first = panel.getByRole('listitem').filter({ hasText: VITAAL });
  await expect(first).toContainText('Precies');
  await expect(first).toContainText('Technische vraag');
  await expect(first).toContainText('Geel');
  await expect(first).toContainText('preventie');
  await expect(first).toContainText('Wat kost dit per jaar?');
  await expect(first).toContainText('Anna de Vries (CDA)');
  await expect(first.locator('time')).toHaveText(/^10 maart 2026/);

  const select = (name: string) => panel.getByRole('combobox', { name, exact: true });
  await select('Markering').selectOption({ label: 'Motie-idee' });
  await expect(count).toHaveText('1 van 3 aantekeningen');
  expect(await listedQuotes(panel)).toEqual([ZORG]);
  await select('Markering').selectOption({ label: 'Zonder markering' });
  expect(await listedQuotes(panel)).toEqual([VERORDENINGEN]);
  await panel.getByRole('button', { name: 'Filters wissen' }).click();
  await expect(count).toHaveText('3 van 3 aantekeningen');

  await select('Kleur').selectOption({ label: 'Roze' });
  await expect(count).toHaveText('1 van 3 aantekeningen');
  expect(await listedQuotes(panel)).toEqual([VERORDENINGEN]);
  await select('Kleur').selectOption({ label: 'Alle kleuren' });

  await select('Label').selectOption({ label: 'preventie' });
  await expect(count).toHaveText('2 van 3 aantekeningen');
  expect(await listedQuotes(panel)).toEqual([VITAAL, ZORG]);
  await select('Auteur').selectOption({ label: 'Bram Jansen (VVD)' });
  await expect(count).toHaveText('1 van 3 aantekeningen');
  expect(await listedQuotes(panel)).toEqual([ZORG]);
  await select('Label').selectOption({ label: 'Alle labels' });
  await select('Auteur').selectOption({ label: 'Anna de Vries (CDA)' });
  expect(await listedQuotes(panel)).toEqual([VITAAL, VERORDENINGEN]);
  await select('Auteur').selectOption({ label: 'Alle auteurs' });
  await expect(count).toHaveText('3 van 3 aantekeningen');

  await select('Volgorde').selectOption({ label: 'Laatst gewijzigd eerst' });
  expect(await listedQuotes(panel)).toEqual([ZORG, VERORDENINGEN, VITAAL]);
  await select('Volgorde').selectOption({ label: 'Plaats in de tekst' });
  expect(await listedQuotes(panel)).toEqual([VITAAL, ZORG, VERORDENINGEN]);

  // All documents: the kadernota's annotation too, with its title linking to it.
  await panel.getByRole('radio', { name: 'Alle documenten' }).check();
  await expect(count).toHaveText('4 van 4 aantekeningen');
  const other = panel.getByRole('listitem').filter({ hasText: 'Een veilige gemeente is de basis.' });
  await expect(other).toContainText('Belangrijk');
  await other.getByRole('link', { name: DOCUMENTS.kadernota.title }).click();
  await expectScreen(page, DOCUMENTS.kadernota.title);
  await expect(panelOf(page)).toBeVisible();

  // Escape closes the panel and gives the focus back to its button.
  await panelOf(page).getByRole('heading', { name: 'Aantekeningen' }).focus();
  await page.keyboard.press('Escape');
  await expect(panelOf(page)).toHaveCount(0);
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('"Ga naar passage" brings the passage into view', async ({ page }) => {
  await openWithAnnotations(page, [vitaal, verordeningen]);
  const panel = await openPanel(page);
  const block = page.locator(`[data-block-id="${verordeningen.target.blockId}"]`);
  await expect(block).not.toBeInViewport();
  await panel.getByRole('listitem').filter({ hasText: VERORDENINGEN }).getByRole('button', { name: 'Ga naar passage' }).click();
  await expect(block).toBeInViewport();
  await expect(block).toBeFocused();
  await expect(block).toContainText(VERORDENINGEN);
});

test('edits an annotation inline', async ({ page }) => {
  await openWithAnnotations(page, [vitaal]);
  const panel = await openPanel(page);
  const entry = panel.getByRole('listitem').filter({ hasText: VITAAL });
  await entry.getByRole('button', { name: 'Bewerken' }).click();
  await entry.getByRole('combobox', { name: 'Markering' }).selectOption({ label: 'Geen' });
  await entry.getByRole('textbox', { name: 'Notitie' }).fill('Navragen bij de griffie');
  await entry.getByRole('textbox', { name: 'Labels' }).fill('preventie, begroting');
  await entry.getByRole('button', { name: 'Opslaan' }).click();
  await expect(entry.getByRole('button', { name: 'Bewerken' })).toBeFocused();
  await expect(entry).toContainText('Navragen bij de griffie');
  await expect(entry).not.toContainText('Technische vraag');
  const stored = (await readStored(page, 'annotations', vitaal.id)) as Annotation;
  expect(stored).toMatchObject({ note: 'Navragen bij de griffie', tags: ['preventie', 'begroting'] });
  expect(stored.flag).toBeUndefined();
  expect(stored.updatedAt).toBeGreaterThan(vitaal.updatedAt);

  // Escape in the form cancels the edit and leaves the panel open.
  await entry.getByRole('button', { name: 'Bewerken' }).click();
  await entry.getByRole('textbox', { name: 'Notitie' }).fill('Niet bewaren');
  await page.keyboard.press('Escape');
  await expect(entry.getByRole('button', { name: 'Bewerken' })).toBeFocused();
  await expect(panel).toBeVisible();
  await expect(entry).toContainText('Navragen bij de griffie');
});

test('deletes with undo: "Ongedaan maken" and Ctrl+Z restore the annotation', async ({ page }) => {
  await openWithAnnotations(page, [vitaal, zorg]);
  const panel = await openPanel(page);
  const entry = panel.getByRole('listitem').filter({ hasText: VITAAL });

  await entry.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByText('Aantekening verwijderd')).toBeVisible();
  await expect(entry).toHaveCount(0);
  await expect(panel.getByRole('status').first()).toHaveText('1 van 1 aantekening');
  await expect.poll(() => readStored(page, 'annotations', vitaal.id)).toBeNull();

  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(entry).toBeVisible();
  await expect.poll(() => readStored(page, 'annotations', vitaal.id)).toEqual(vitaal);

  await entry.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(entry).toHaveCount(0);
  await expect.poll(() => readStored(page, 'annotations', vitaal.id)).toBeNull();
  await page.keyboard.press('Control+z');
  await expect(entry).toBeVisible();
  await expect.poll(() => readStored(page, 'annotations', vitaal.id)).toEqual(vitaal);
  await expect(page.getByText('Aantekening verwijderd')).toHaveCount(0);
});

test('an orphan stays stored under "Niet meer gevonden" and can be attached to a new selection', async ({ page }) => {
  await openWithAnnotations(page, [vitaal, lost]);
  const panel = await openPanel(page);
  const orphans = panel.getByRole('region', { name: /^Niet meer gevonden/ });
  await expect(orphans).toBeVisible();
  await expect(orphans.getByRole('heading')).toHaveText('Niet meer gevonden (1)');
  await expect(orphans).toContainText(LOST);
  await expect(orphans).toContainText('Vragen bij de verdwenen passage');
  await expect(panel.getByRole('status').first()).toHaveText('1 van 1 aantekening');

  // Never deleted: after a reload it is still in the database and still listed.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await toggleOf(page).click();
  await expect(orphans).toBeVisible();
  expect(await readStored(page, 'annotations', lost.id)).toEqual(lost);

  // Without a selection the panel says what to do.
  await orphans.getByRole('button', { name: 'Koppelen aan selectie' }).click();
  await expect(panel.getByText('Selecteer eerst in de tekst de passage')).toBeVisible();

  const paragraph = page.locator(`[data-block-id="${verordeningen.target.blockId}"]`);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.selectText();
  await orphans.getByRole('button', { name: 'Koppelen aan selectie' }).click();

  await expect(orphans).toHaveCount(0);
  await expect(panel.getByText(/^Aantekening gekoppeld aan/)).toBeVisible();
  await expect(panel.getByRole('status').first()).toHaveText('2 van 2 aantekeningen');
  const attached = panel.getByRole('listitem').filter({ hasText: 'Vragen bij de verdwenen passage' });
  await expect(attached).toContainText(VERORDENINGEN);
  await expect(attached).toContainText('Precies');
  const stored = (await readStored(page, 'annotations', lost.id)) as Annotation;
  expect(stored.target.quote.exact).toBe(VERORDENINGEN);
  expect(stored.target.blockId).toBe(verordeningen.target.blockId);
  expect(stored.documentVersion).toBe(beleidskader.version);
  expect(stored.note).toBe('Vragen bij de verdwenen passage');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(panelOf(page)).toHaveCount(0);
  await toggleOf(page).click();
  await expect(panelOf(page).getByRole('region', { name: /^Niet meer gevonden/ })).toHaveCount(0);
  await expect(panelOf(page).getByRole('listitem').filter({ hasText: VERORDENINGEN })).toContainText('Vragen bij de verdwenen passage');
});

test('the profile in the settings is validated, saved and kept after a reload', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Profiel', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Profiel' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Je hebt nog geen profiel.');
  const naam = dialog.getByRole('textbox', { name: 'Naam' });
  await expect(naam).toHaveValue('');

  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByText('Vul je naam in.')).toBeVisible();
  await expect(naam).toHaveAttribute('aria-invalid', 'true');
  await expect(naam).toBeFocused();
  expect(await readStored(page, 'settings', 'profile')).toBeNull();

  await naam.fill('Anna de Vries');
  await dialog.getByRole('textbox', { name: 'Fractie' }).fill('CDA');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Profiel opgeslagen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Profiel', exact: true })).toBeFocused();
  await expect
    .poll(() => readStored(page, 'settings', 'profile'))
    .toEqual({ key: 'profile', value: { naam: 'Anna de Vries', fractie: 'CDA' } });

  // In the reader, after a reload, the profile shows and can be changed again.
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  await page.reload();
  await page.getByRole('button', { name: 'Profiel', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'Naam' })).toHaveValue('Anna de Vries');
  await expect(dialog.getByRole('textbox', { name: 'Fractie' })).toHaveValue('CDA');
  await dialog.getByRole('textbox', { name: 'Fractie' }).fill('ChristenUnie');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => readStored(page, 'settings', 'profile'))
    .toEqual({ key: 'profile', value: { naam: 'Anna de Vries', fractie: 'ChristenUnie' } });

  // Escape closes without saving.
  await page.getByRole('button', { name: 'Profiel', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Iemand anders');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await readStored(page, 'settings', 'profile')).toEqual({ key: 'profile', value: { naam: 'Anna de Vries', fractie: 'ChristenUnie' } });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the panel open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openWithAnnotations(page, [vitaal, zorg, verordeningen, lost, elsewhere]);
    const panel = await openPanel(page);
    await panel.getByRole('radio', { name: 'Alle documenten' }).check();
    await expect(panel.getByRole('status').first()).toHaveText('4 van 4 aantekeningen');
    await panel.getByRole('listitem').filter({ hasText: ZORG }).getByRole('button', { name: 'Bewerken' }).click();
    await expect(panel.getByRole('region', { name: /^Niet meer gevonden/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('no axe violations with the profile dialog showing an error', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  await page.getByRole('button', { name: 'Profiel', exact: true }).click();
  await page.getByRole('dialog', { name: 'Profiel' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Vul je naam in.')).toBeVisible();
  await expectNoAxeViolations(page);
});
