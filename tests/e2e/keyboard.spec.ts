// The whole reading flow with the keyboard only: skip link, opening a document, the TOC.
import { expect, test } from '@playwright/test';
import { storedBlockId } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

test('opens a document and uses the table of contents with the keyboard only', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de tekst' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();

  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const kadernota = page.getByRole('link', { name: `${DOCUMENTS.kadernota.title} (2022)` });
  await expect(kadernota).toBeFocused();
  // A visible focus indicator: the outline is drawn.
  expect(await kadernota.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');

  await page.keyboard.press('Enter');
  await expectScreen(page, DOCUMENTS.kadernota.title);
  // On a new screen the focus starts over at the skip link.
  await expect(skipLink).toBeFocused();

  const toggle = page.getByRole('button', { name: 'Inhoudsopgave' });
  for (let step = 0; step < 12 && !(await toggle.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Visie op het domein' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const entry = page.getByRole('link', { name: /^3\.01 Samen met inwoners/ });
  await expect(entry).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#\/doc\/kadernota-2022-domein-3\/3-01-/);
  const heading = page.getByRole('heading', { level: 3, name: /^3\.01 Samen met inwoners/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // After a restart the deep link still holds; back to the library by keyboard as well.
  await page.reload();
  await expect(heading).toBeInViewport();
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  await expect(skipLink).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bibliotheek' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
});

test('after a reload at the remembered reading position the first Tab reaches the skip link, which leads into the text on screen', async ({
  page,
}) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await page.locator('[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect.poll(() => storedBlockId(page, DOCUMENTS.beleidskader.id)).toBe('3-5-leefstijl-sport-bewegen-vitaal-leven');

  await page.reload();
  const heading = page.getByRole('heading', { name: '3.5 Leefstijl, sport, bewegen | Vitaal leven' });
  await expect(heading).toBeInViewport();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(2000);

  // The first Tab lands on the skip link, as on a fresh page, without leaving the reading position.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Naar de tekst' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

  // "Naar de tekst" leads to the text on screen, and the next Tab goes on from there rather than
  // from the top of the document.
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.closest('[data-block-id]')?.getAttribute('data-block-id'))).toBe(
    '3-5-leefstijl-sport-bewegen-vitaal-leven',
  );
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('aria-label', 'Aantekening bij deze alinea');
  await expect(focused).toBeInViewport();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(200);
});
