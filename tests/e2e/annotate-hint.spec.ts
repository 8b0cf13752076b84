// The one-time hint on how to annotate: a first-time reader sees it beside the text (never over
// it), dismisses it by keyboard, and it stays away after a reload (the stored setting); making
// the first annotation ends it as well; a reader who already has annotations never sees it.
// The skip link still leads straight into the text. Axe-clean with the hint shown.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readStored, storedAnnotations } from '../support/stored-records';
import { answerProfile, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const BELEIDSKADER = DOCUMENTS.beleidskader;
const hint = (page: Page) => page.getByRole('note', { name: 'Tip: aantekeningen maken' });

async function openBeleidskader(page: Page): Promise<void> {
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
}

/** Whether any text block's box overlaps the hint's box. */
async function hintCoversText(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const box = document.querySelector('.annotate-hint')!.getBoundingClientRect();
    return [...document.querySelectorAll('article [data-block-id], article h1')].some((block) => {
      const other = block.getBoundingClientRect();
      return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
    });
  });
}

test('a first-time reader sees the hint beside the text and dismisses it by keyboard, for good', async ({ page }) => {
  await openBeleidskader(page);
  await expect(hint(page)).toBeVisible();
  await expect(hint(page)).toContainText('Selecteer tekst om die te markeren, er een notitie bij te schrijven of er een vraag over te stellen.');
  expect(await hintCoversText(page)).toBe(false);
  await expectNoAxeViolations(page);

  // "Naar de tekst" still lands in the text: the next Tab is the first paragraph's button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de tekst' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-block-id="p-3"]').getByRole('button', { name: 'Aantekening bij deze alinea' })).toBeFocused();

  // From the top of the page, Tab reaches the hint's button after the header, before the
  // table of contents, with a visible focus ring.
  await page.reload();
  await expectScreen(page, BELEIDSKADER.title);
  const dismiss = hint(page).getByRole('button', { name: 'Begrepen' });
  await expect(dismiss).toBeVisible();
  for (let i = 0; i < 30 && !(await dismiss.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(dismiss).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Inhoudsopgave' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dismiss).toBeFocused();
  await expect(dismiss).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');
  await expect(hint(page)).toBeHidden();
  await expect(page.locator('main')).toBeFocused();
  await expect.poll(() => readStored(page, 'settings', 'annotateHintDone')).toEqual({ key: 'annotateHintDone', value: true });

  await page.reload();
  await expectScreen(page, BELEIDSKADER.title);
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  await expectScreen(page, DOCUMENTS.kadernota.title);
  await expect(page.locator('article [data-block-id]').first()).toBeVisible();
  await expect(hint(page)).toHaveCount(0);
});

test('the first annotation ends the hint; it does not come back', async ({ page }) => {
  await openBeleidskader(page);
  await expect(hint(page)).toBeVisible();
  await selectWithMouse(page, 'p-3', 'verbondenheid en gezamenlijkheid');
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(async () => (await storedAnnotations(page)).length).toBe(1);
  await expect(hint(page)).toBeHidden();
  await expect.poll(() => readStored(page, 'settings', 'annotateHintDone')).toEqual({ key: 'annotateHintDone', value: true });
  await page.reload();
  await expectScreen(page, BELEIDSKADER.title);
  await expect(page.getByRole('button', { name: 'Markering geel' })).toBeVisible();
  await expect(hint(page)).toHaveCount(0);
});

test('a reader who already has annotations (from before the hint existed) never sees it', async ({ page }) => {
  await page.goto('./');
  const at = Date.UTC(2026, 2, 10, 12, 0);
  await putStored(page, 'annotations', [
    {
      id: '00000000-0000-4000-8000-0000000000a1',
      documentId: DOCUMENTS.kadernota.id,
      documentVersion: 'oud',
      target: { quote: { type: 'TextQuoteSelector', exact: 'Visie op het domein', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 19 } },
      color: 'geel',
      note: '',
      tags: [],
      visibility: 'prive',
      author: { naam: 'Anna de Vries', fractie: 'CDA' },
      createdAt: at,
      updatedAt: at,
    },
  ]);
  await openBeleidskader(page);
  await expect.poll(() => readStored(page, 'settings', 'annotateHintDone')).toEqual({ key: 'annotateHintDone', value: true });
  await expect(hint(page)).toHaveCount(0);
});
