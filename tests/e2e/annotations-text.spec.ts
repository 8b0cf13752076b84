// Annotations in the text, as a raadslid makes them: select words with the mouse or take a
// paragraph with the keyboard, choose colour, flag, note and tags, and find them again after
// a reload — painted on the same words and stored in IndexedDB. Delete with undo; axe-clean.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { storedAnnotations } from '../support/stored-records';
import { answerProfile, highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const DOC = `./#/doc/${DOCUMENTS.beleidskader.id}`;
const PHRASE = 'verbondenheid en gezamenlijkheid';
const FIRST_PARAGRAPH =
  'Thuis in Leusden, dat is de titel van dit beleidskader. Waarbij thuis staat voor verbondenheid en gezamenlijkheid.';

async function openDocument(page: Page) {
  await page.goto(DOC);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
}

test('a mouse selection becomes a highlight on the same words after a reload; flag, note and tags round-trip', async ({
  page,
}) => {
  await openDocument(page);
  await selectWithMouse(page, 'p-3', PHRASE);
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toContainText(`“${PHRASE}”`);
  await toolbar.getByRole('button', { name: 'Markeren: groen' }).click();
  await expect(toolbar.getByRole('button', { name: 'Markeren: groen' })).toHaveAttribute('aria-pressed', 'true');
  await toolbar.getByLabel('Markering').selectOption({ label: 'Technische vraag' });
  await toolbar.getByLabel('Notitie').fill('Wat kost dit?\nVragen aan de wethouder.');
  await toolbar.getByLabel('Labels').fill('armoede, #wmo, ');
  await toolbar.getByRole('radio', { name: 'Fractie' }).check();
  await toolbar.getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect(toolbar).toBeHidden();

  await expect.poll(() => storedAnnotations(page)).toHaveLength(1);
  const [stored] = await storedAnnotations(page);
  expect(stored).toMatchObject({
    documentId: DOCUMENTS.beleidskader.id,
    color: 'groen',
    flag: 'technische-vraag',
    note: 'Wat kost dit?\nVragen aan de wethouder.',
    tags: ['armoede', 'wmo'],
    visibility: 'fractie',
    author: { naam: 'Anna de Vries', fractie: 'Leusden Lokaal' },
    target: { quote: { exact: PHRASE, prefix: FIRST_PARAGRAPH.slice(-PHRASE.length - 1 - 32, -PHRASE.length - 1) }, blockId: 'p-3' },
  });
  await expect.poll(() => highlightedTexts(page, 'annotation-groen')).toEqual([PHRASE]);
  // The app left React's text alone: the paragraph is still one text node after its button.
  expect(await page.locator('[data-block-id="p-3"]').evaluate((p) => [...p.childNodes].map((n) => n.nodeName))).toEqual([
    'BUTTON',
    '#text',
  ]);

  await page.reload();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await expect.poll(() => highlightedTexts(page, 'annotation-groen')).toEqual([PHRASE]);
  const marker = page.getByRole('button', { name: 'Technische vraag' });
  await expect(marker).toBeVisible();
  await marker.click();
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('Staat op de oorspronkelijke plek');
  await expect(editor).toContainText('Anna de Vries, Leusden Lokaal');
  await expect(editor.getByLabel('Markering')).toHaveValue('technische-vraag');
  await expect(editor.getByLabel('Notitie')).toHaveValue('Wat kost dit?\nVragen aan de wethouder.');
  await expect(editor.getByLabel('Labels')).toHaveValue('armoede, wmo');
  await expect(editor.getByRole('radio', { name: 'Fractie' })).toBeChecked();
  await expect(editor.getByRole('button', { name: 'Markeren: groen' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => highlightedTexts(page, 'annotation-active')).toEqual([PHRASE]);

  // Change it in the editor: another colour and flag, no more tags.
  await editor.getByRole('button', { name: 'Markeren: roze' }).click();
  await editor.getByLabel('Markering').selectOption({ label: 'Toezegging controleren' });
  await editor.getByLabel('Labels').fill('');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
  await expect.poll(async () => (await storedAnnotations(page))[0]).toMatchObject({ color: 'roze', flag: 'toezegging-controleren', tags: [] });
  await expect.poll(() => highlightedTexts(page, 'annotation-roze')).toEqual([PHRASE]);
  expect(await highlightedTexts(page, 'annotation-groen')).toEqual([]);
});

test('clicking a highlight opens its annotation', async ({ page }) => {
  await openDocument(page);
  await selectWithMouse(page, 'p-3', PHRASE);
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);
  // Click in the middle of the highlighted words.
  const point = await page.evaluate((words) => {
    const range = document.createRange();
    const text = [...document.querySelector('[data-block-id="p-3"]')!.childNodes].find((n) => n.nodeType === 3) as Text;
    const at = text.data.indexOf(words) + 4;
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, PHRASE);
  await page.mouse.click(point.x, point.y);
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText(`“${PHRASE}”`);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
});

test('a paragraph can be annotated with the keyboard only', async ({ page }) => {
  await openDocument(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de tekst' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const action = page.locator('[data-block-id="p-3"]').getByRole('button', { name: 'Aantekening bij deze alinea' });
  await expect(action).toBeFocused();
  await expect(action).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');

  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Markeren: geel' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Markeren: groen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // blauw
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(toolbar.getByLabel('Markering')).toBeFocused();
  await toolbar.getByLabel('Markering').press('ArrowDown');
  await toolbar.getByLabel('Markering').press('ArrowDown');
  await toolbar.getByLabel('Markering').press('ArrowDown');
  await expect(toolbar.getByLabel('Markering')).toHaveValue('motie-idee');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Motie over verbondenheid');
  await page.keyboard.press('Enter');
  await page.keyboard.type('in de wijken');
  await page.keyboard.press('Tab');
  await page.keyboard.type('motie, wijken');
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('radio', { name: 'Privé' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');

  const profile = page.getByRole('dialog', { name: 'Wie maakt de aantekeningen?' });
  await expect(profile.getByLabel('Naam')).toBeFocused();
  await page.keyboard.type('Bram Jansen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('VVD');
  await page.keyboard.press('Enter');
  await expect(profile).toBeHidden();
  await expect(toolbar).toBeHidden();
  // The focus goes back to where the user was.
  await expect(action).toBeFocused();

  await expect.poll(() => storedAnnotations(page)).toHaveLength(1);
  const [stored] = await storedAnnotations(page);
  const paragraph = await page.locator('[data-block-id="p-3"]').textContent();
  expect(stored).toMatchObject({
    color: 'blauw',
    flag: 'motie-idee',
    note: 'Motie over verbondenheid\nin de wijken',
    tags: ['motie', 'wijken'],
    visibility: 'prive',
    author: { naam: 'Bram Jansen', fractie: 'VVD' },
    target: { quote: { exact: paragraph, prefix: 'Voorwoord\n\n' }, position: { start: 'Voorwoord\n\n'.length }, blockId: 'p-3' },
  });
  await expect.poll(() => highlightedTexts(page, 'annotation-blauw')).toEqual([paragraph]);
  // Its margin marker is how the keyboard opens it again.
  await page.getByRole('button', { name: 'Motie-idee' }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor.getByRole('button', { name: 'Markeren: blauw' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(page.getByRole('button', { name: 'Motie-idee' })).toBeFocused();
});

test('the "A" key annotates the selection and "?" lists the shortcuts', async ({ page }) => {
  await openDocument(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Aantekening bij de selectie');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await selectWithMouse(page, 'p-12', 'beste voorwaarden');
  await page.keyboard.press('a');
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await expect(toolbar.getByRole('button', { name: 'Markeren: geel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
});

test('a deleted annotation comes back with "Ongedaan maken" and with Ctrl+Z', async ({ page }) => {
  await openDocument(page);
  await page.locator('[data-block-id="p-12"]').getByRole('button', { name: 'Aantekening bij deze alinea' }).click();
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await toolbar.getByLabel('Markering').selectOption({ label: 'Belangrijk' });
  await toolbar.getByLabel('Notitie').fill('Kernzin');
  await toolbar.getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(() => storedAnnotations(page)).toHaveLength(1);
  const [original] = await storedAnnotations(page);

  for (const undo of ['button', 'keys'] as const) {
    await page.getByRole('button', { name: 'Belangrijk' }).click();
    await page.getByRole('dialog', { name: 'Aantekening' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Aantekening verwijderd' })).toBeVisible();
    await expect.poll(() => storedAnnotations(page)).toEqual([]);
    await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([]);
    await expect(page.getByRole('button', { name: 'Belangrijk' })).toHaveCount(0);
    if (undo === 'button') await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    else await page.keyboard.press('Control+z');
    await expect.poll(() => storedAnnotations(page)).toEqual([original]);
    await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Belangrijk' })).toBeVisible();
  }
});

test('the supplied heading says the griffie added it, outside the annotated text', async ({ page }) => {
  await page.goto(`${DOC}/3-5-leefstijl-sport-bewegen-vitaal-leven`);
  const heading = page.getByRole('heading', { level: 3, name: /^3\.5 Leefstijl/ });
  await expect(heading).toContainText('(kop toegevoegd door de griffie)');
  await expect(heading.locator('[data-no-anchor]')).toHaveText(' (kop toegevoegd door de griffie)');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no axe violations with the toolbar and with the editor open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openDocument(page);
    await selectWithMouse(page, 'p-3', PHRASE);
    await expect(page.getByRole('dialog', { name: 'Nieuwe aantekening' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByLabel('Markering').selectOption({ label: 'Onduidelijk' });
    await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
    await answerProfile(page);
    await page.getByRole('button', { name: 'Onduidelijk' }).click();
    await expect(page.getByRole('dialog', { name: 'Aantekening' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('every block of every document maps onto the anchor text', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  for (const { id, title } of Object.values(DOCUMENTS)) {
    await page.goto(`./#/doc/${id}`);
    await expectScreen(page, title);
    // The layer indexes the article as soon as it paints; a table's cells and list items included.
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('annotation-geel'))).toBe(true);
  }
  expect(warnings.filter((w) => w.includes('Blokken zonder betrouwbare tekstposities'))).toEqual([]);
});
