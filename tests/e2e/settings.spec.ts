// Display settings: the text size steps and persists; the theme follows the system or a choice.
import { expect, test } from '@playwright/test';
import { readStored } from '../support/stored-records';
import { DOCUMENTS } from './helpers';

const rootFontSize = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

test('changes the text size and keeps it after a reload', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.kadernota.id}`);
  const sizes = page.getByRole('group', { name: 'Tekstgrootte' });
  await expect(sizes.getByRole('status')).toHaveText('100%');
  expect(await rootFontSize(page)).toBe('16px');

  await sizes.getByRole('button', { name: 'Groter' }).click();
  await sizes.getByRole('button', { name: 'Groter' }).click();
  await expect(sizes.getByRole('status')).toHaveText('125%');
  expect(await rootFontSize(page)).toBe('20px');
  await expect.poll(() => readStored(page, 'settings', 'fontScale')).toEqual({ key: 'fontScale', value: 1.25 });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(sizes.getByRole('status')).toHaveText('125%');
  expect(await rootFontSize(page)).toBe('20px');

  await sizes.getByRole('button', { name: 'Kleiner' }).click();
  await expect(sizes.getByRole('status')).toHaveText('113%');
  await sizes.getByRole('button', { name: 'Standaard' }).click();
  await expect(sizes.getByRole('status')).toHaveText('100%');
  await sizes.getByRole('button', { name: 'Kleiner' }).click();
  await expect(sizes.getByRole('status')).toHaveText('88%');
  // The smallest step: the button says so but keeps the keyboard focus.
  await expect(sizes.getByRole('button', { name: 'Kleiner' })).toHaveAttribute('aria-disabled', 'true');
  await expect(sizes.getByRole('button', { name: 'Kleiner' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(sizes.getByRole('status')).toHaveText('88%');

  // The library uses the same setting.
  await page.getByRole('link', { name: 'Bibliotheek' }).click();
  expect(await rootFontSize(page)).toBe('14px');
});

test('follows the system colour scheme and a chosen theme', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await background()).toBe('rgb(21, 23, 27)');

  await page.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Licht' });
  await expect.poll(background).toBe('rgb(253, 253, 251)');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Thema' })).toHaveValue('light');
  expect(await background()).toBe('rgb(253, 253, 251)');
});
