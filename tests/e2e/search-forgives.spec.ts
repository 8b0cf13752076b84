// Search that forgives: a misspelt word ("mantelzrog") is corrected with "Bedoelde je
// mantelzorg?" and its results shown; a query that names a document's title or kind puts that
// document first ("begroting" → the Programmabegroting); each result says its heading path,
// so the many "Uitgangspunten" of the beleidskader can be told apart. By keyboard, axe-clean.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DOCUMENTS } from './helpers';

const searchbox = (page: Page) => page.getByRole('searchbox', { name: 'Zoeken' });
const resultsPanel = (page: Page) => page.getByRole('region', { name: 'Zoekresultaten' });

async function searchFromLibrary(page: Page, text: string): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  await page.keyboard.press('Control+k');
  await expect(searchbox(page)).toBeFocused();
  await page.keyboard.type(text);
}

test('mantelzrog: Bedoelde je mantelzorg?, with the results for mantelzorg', async ({ page }) => {
  await searchFromLibrary(page, 'mantelzrog');
  const panel = resultsPanel(page);
  const suggestion = panel.getByRole('button', { name: 'mantelzorg' });
  await expect(suggestion).toBeVisible();
  await expect(panel.locator('.search-summary')).toHaveText(/^Bedoelde je mantelzorg\? \d+ (resultaat|resultaten) in \d+ document(en)? voor mantelzorg\.$/);
  await expect(page.getByRole('status').filter({ hasText: /^Bedoelde je mantelzorg\?/ })).toHaveCount(1);
  await expect(panel.getByRole('heading', { level: 2 }).first()).toHaveText(`${DOCUMENTS.beleidskader.title} · Beleidskader`);
  await expect(panel.getByRole('link').first().locator('mark').first()).toHaveText(/^[Mm]antelzorg/);
  await expectNoAxeViolations(page);

  // Taking the suggestion searches for it as typed: no question any more, the same results.
  await suggestion.click();
  await expect(searchbox(page)).toHaveValue('mantelzorg');
  await expect(panel.getByRole('button', { name: 'mantelzorg' })).toHaveCount(0);
  await expect(panel.locator('.search-summary')).toHaveText(/^\d+ (resultaat|resultaten) in \d+ document(en)?$/);
});

test('begroting ranks the Programmabegroting first', async ({ page }) => {
  await searchFromLibrary(page, 'begroting');
  const groups = resultsPanel(page).getByRole('heading', { level: 2 });
  await expect(groups.first()).toHaveText(`${DOCUMENTS.begroting.title} · Begroting`);
  await expect(groups.nth(1)).toBeVisible();
});

test('results name their heading path', async ({ page }) => {
  await searchFromLibrary(page, '"vaste basis"');
  const links = resultsPanel(page).getByRole('link');
  await expect(links.first()).toBeVisible();
  await expect(resultsPanel(page).locator('.search-section')).toContainText(['3. Speerpunten › 3.1 Rondkomen | Vaste basis']);
  await expectNoAxeViolations(page);
});
