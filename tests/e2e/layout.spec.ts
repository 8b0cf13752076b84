// Layout beyond the desktop window: a narrow screen folds the TOC away; print shows only the text.
import { expect, test } from '@playwright/test';
import { DOCUMENTS, expectScreen } from './helpers';

test('folds the table of contents away on a narrow screen', async ({ page }) => {
  await page.setViewportSize({ width: 480, height: 800 });
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  const toggle = page.getByRole('button', { name: 'Inhoudsopgave' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Visie op het domein' })).toBeHidden();
  await toggle.click();
  await page.getByRole('link', { name: 'Wat willen we bereiken?' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Wat willen we bereiken?' })).toBeInViewport();
});

test('prints the document text only, black on white, tables with borders', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.goto(`./#/doc/${DOCUMENTS.begroting.id}`);
  await expectScreen(page, DOCUMENTS.begroting.title);
  await expect(page.getByRole('navigation', { name: 'Inhoudsopgave' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  const style = (selector: string, property: string) =>
    page.locator(selector).first().evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);
  expect(await style('body', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await style('article p', 'color')).toBe('rgb(0, 0, 0)');
  expect(await style('article td', 'border-top-style')).toBe('solid');
  expect(await style('article td', 'border-top-color')).toBe('rgb(0, 0, 0)');
});
