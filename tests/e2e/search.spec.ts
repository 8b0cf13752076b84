// Search as a raadslid uses it before a debate: from the library and inside a document,
// Dutch-aware (financien → financiën), phrases, hits marked in the text with mark.js and
// stepped through, the marks gone again on clearing, notes found, by keyboard only, axe-clean.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { putStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const BELEIDSKADER = DOCUMENTS.beleidskader;

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Zoeken' });
const resultsPanel = (page: Page) => page.getByRole('region', { name: 'Zoekresultaten' });
const counter = (page: Page) => page.getByRole('group', { name: 'Treffers in dit document' }).locator('output');
const marks = (page: Page) => page.locator('article mark.search-hit');

/** Opens the library and waits until it is there (so the shortcut keys are listened to). */
async function openLibrary(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
}

/** The text of the article's blocks, as the reader shows it (to prove marks leave no trace). */
function articleText(page: Page): Promise<string> {
  return page.locator('article').evaluate((article) => article.textContent ?? '');
}

test('typing financien finds the passages with financiën, announced and grouped per document', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Control+k');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type('financien');

  const panel = resultsPanel(page);
  await expect(panel.getByText('2 resultaten in 1 document')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 resultaten in 1 document' })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText([`${BELEIDSKADER.title} · Beleidskader`]);
  const links = panel.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toContainText('5. Financiën');
  await expect(links.nth(0).locator('mark')).toHaveText('Financiën');
  await expect(links.nth(1).locator('mark')).toHaveText('financiën');
  await expect(links.nth(1)).toContainText('zelf hun financiën op orde');
  // A measurement for the benchmark notes, not a timed test: when the prebuilt index was ready.
  const ready = await page.evaluate(() => performance.getEntriesByName('search-index-ready')[0]?.startTime);
  expect(ready).toBeDefined();
  test.info().annotations.push({ type: 'search-index-ready', description: `${ready!.toFixed(0)} ms na navigatiestart` });
  console.log(`zoekindex klaar ${ready!.toFixed(0)} ms na navigatiestart`);
  await expectNoAxeViolations(page);
});

test('a phrase in quotes matches as a phrase, loose words anywhere', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('eigen regie ');
  await expect(resultsPanel(page).getByText('4 resultaten in 1 document')).toBeVisible();

  await searchbox(page).fill('');
  await page.keyboard.type('"eigen regie"');
  await expect(resultsPanel(page).getByText('1 resultaat in 1 document')).toBeVisible();
  await expect(resultsPanel(page).getByRole('link').locator('mark')).toHaveText(['eigen regie']);
});

test('a common word lists the best fifty blocks and counts every match, per document and in all', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('een ');

  const panel = resultsPanel(page);
  // 245 blocks hold "een" or "één"; the list gets the best fifty, grouped: 9 + 5 + 33 + 3 in four
  // documents, the fifth has none among them.
  await expect(panel.getByText('245 resultaten in 5 documenten')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '245 resultaten in 5 documenten' })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(4);
  // At most 25 shown per document: 9 + 5 + 25 + 3.
  await expect(panel.getByRole('link')).toHaveCount(42);
  const beleidskader = panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${BELEIDSKADER.title} · Beleidskader` }) });
  await expect(beleidskader.getByText('En nog 146 resultaten in dit document.')).toBeVisible();
  await expect(panel.getByText('Nog 4 resultaten in 1 ander document; kies een document of zoek preciezer.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('opening a result goes there and marks every hit; next, previous and clearing work by keyboard', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('schuldhulpverlening');
  await expect(resultsPanel(page).getByText('4 resultaten in 1 document')).toBeVisible();

  // Into the results with the arrow key; the second hit is a paragraph far down the document.
  await page.keyboard.press('ArrowDown');
  const results = resultsPanel(page).getByRole('link');
  await expect(results.nth(0)).toBeFocused();
  await expect(results.nth(0)).toContainText('Schuldhulpverlening');
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`#/doc/${BELEIDSKADER.id}/p-1906$`));
  await expectScreen(page, BELEIDSKADER.title);
  // Four blocks name it, some more than once: eight hits in all.
  const HITS = 8;
  await expect(marks(page)).toHaveCount(HITS);
  await expect(marks(page)).toHaveText(Array(HITS).fill('schuldhulpverlening'), { ignoreCase: true });
  const current = page.locator('article mark.search-hit-current');
  await expect(current).toHaveCount(1);
  await expect(current).toBeInViewport();
  expect(await current.evaluate((mark) => mark.closest('[data-block-id]')?.getAttribute('data-block-id'))).toBe('p-1906');
  await expect(counter(page)).toHaveText(new RegExp(`^\\d van ${HITS}$`));
  const first = Number((await counter(page).textContent())!.split(' ')[0]);
  await expect(searchbox(page)).toBeFocused();
  await expect(resultsPanel(page)).toHaveCount(0);

  // Enter / Shift+Enter in the box, F3 / Shift+F3 anywhere: the counter and the current mark follow.
  const currentBlock = () => current.evaluate((mark) => mark.closest('[data-block-id]')?.getAttribute('data-block-id'));
  const before = await currentBlock();
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(`${(first % HITS) + 1} van ${HITS}`);
  await expect(current).toBeInViewport();
  const after = await currentBlock();
  await page.keyboard.press('Shift+Enter');
  await expect(counter(page)).toHaveText(`${first} van ${HITS}`);
  expect(await currentBlock()).toBe(before);
  await page.keyboard.press('F3');
  await expect(counter(page)).toHaveText(`${(first % HITS) + 1} van ${HITS}`);
  expect(await currentBlock()).toBe(after);
  await expect(current).toBeInViewport();
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(counter(page)).toHaveText(`${((first + HITS - 2) % HITS) + 1} van ${HITS}`);
  await expect(current).toBeInViewport();
  await expectNoAxeViolations(page);

  // Clearing the box removes every mark and leaves the text exactly as React rendered it.
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(marks(page)).toHaveCount(0);
  await expect(page.locator('article mark')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Treffers in dit document' })).toHaveCount(0);
  // No split-off pieces remain: the article's DOM is the one React renders afresh.
  const cleared = await page.locator('article').evaluate((article) => article.innerHTML);
  await page.reload();
  await expect(page.locator('[data-block-id="p-1906"]')).toBeVisible();
  expect(await page.locator('article').evaluate((article) => article.innerHTML)).toBe(cleared);
  await expect(page.locator('[data-block-id="p-1906"]')).toContainText('Dit doen we op basis van de Wet gemeentelijke schuldhulpverlening (Wgs)');
});

/**
 * The number of marks once they and the counter agree, and still agree a moment later: the
 * marks follow the typing after a short pause, and "een " passes through "een" (a prefix,
 * with more hits) on the way.
 */
async function settledMarkCount(page: Page): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const shown = await marks(page).count();
        const now = (await counter(page).textContent()) === `${shown} treffers` ? shown : -1;
        const settled = now !== -1 && now === last;
        last = now;
        return settled;
      },
      { intervals: [300] },
    )
    .toBe(true);
  return last;
}

test('marks come and go without disturbing React: the text is intact and the app keeps working', async ({ page }) => {
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
  const original = await articleText(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  // Ctrl+F searches this document and marks while typing.
  await page.keyboard.press('Control+f');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type('een ');
  await expect(counter(page)).toHaveText(/^\d+ treffers$/);
  const count = await settledMarkCount(page);
  expect(count).toBeGreaterThan(200);
  // "een" finds "één" as well.
  await expect(marks(page).filter({ hasText: /^één$/ }).first()).toBeAttached();
  expect(await articleText(page)).toBe(original);

  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText(new RegExp(`^\\d+ van ${count}$`));
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(searchbox(page)).toHaveValue('');
  await expect(marks(page)).toHaveCount(0);
  expect(await articleText(page)).toBe(original);

  // React still owns its DOM: leaving, coming back and changing the text size work.
  await page.getByRole('button', { name: 'Groter' }).click();
  await page.getByRole('link', { name: 'Bibliotheek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  await page.goBack();
  await expectScreen(page, BELEIDSKADER.title);
  expect(await articleText(page)).toBe(original);
  expect(errors).toEqual([]);
});

test("a note's text is found once the annotation exists", async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  const version = await page.evaluate(async (id) => {
    const index = (await (await fetch('documents/index.json')).json()) as { id: string; version: string }[];
    return index.find((entry) => entry.id === id)!.version;
  }, BELEIDSKADER.id);
  // The app has opened (and created) the database; add a record as addAnnotation stores it.
  const now = Date.now();
  await putStored(page, 'annotations', [
    {
      id: '6f1c1a52-3f0e-4d39-9a61-0c2d6f7f4b10',
      documentId: BELEIDSKADER.id,
      documentVersion: version,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'vaste basis', prefix: 'Als deze ', suffix: ' ontbreekt, heeft dat een grote' },
        position: { type: 'TextPositionSelector', start: 0, end: 11 },
        blockId: 'p-144',
      },
      color: 'geel',
      note: 'Vragen naar de wachtlijst bij de kredietbank',
      tags: ['armoede'],
      visibility: 'prive',
      author: { naam: 'Test Raadslid', fractie: 'Testfractie' },
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('kredietbank');
  const panel = resultsPanel(page);
  await expect(panel.getByText('1 resultaat in 1 document')).toBeVisible();
  const result = panel.getByRole('link');
  await expect(result).toContainText('Aantekening');
  await expect(result.locator('mark')).toHaveText('kredietbank');

  // Only annotations: the kind filter, reached with the keyboard.
  await searchbox(page).fill('');
  await page.keyboard.type('vaste basis');
  await expect(panel.getByText('12 resultaten in 1 document')).toBeVisible();
  await panel.getByRole('combobox', { name: 'Soort' }).selectOption('aantekeningen');
  await expect(panel.getByText('1 resultaat in 1 document')).toBeVisible();
  await expectNoAxeViolations(page);
  await panel.getByRole('combobox', { name: 'Soort' }).selectOption('');

  await searchbox(page).focus();
  await searchbox(page).fill('');
  await page.keyboard.type('kredietbank');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/doc/${BELEIDSKADER.id}/p-144$`));
});
