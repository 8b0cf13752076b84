// The browser edition's reminder (real Chromium, real IndexedDB): a change to the work is noted
// in the database; when the last reservekopie is over a week old and work changed since, a
// reminder leads to the reservekopie screen, and after making one it is gone, also after a reload.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readStored } from '../support/stored-records';
import { expectScreen } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
const reminder = (page: import('@playwright/test').Page) => page.getByRole('complementary', { name: 'Herinnering reservekopie' });

test('a change to the work is noted, and no reminder comes while the last reservekopie is recent', async ({ page }) => {
  await page.goto('./#/vergaderingen');
  await expectScreen(page, 'Vergaderingen');
  await putStored(page, 'meta', [{ key: 'lastBackupAt', value: Date.now() - DAY }]);
  const before = Date.now();
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill('Raadsvergadering begroting');
  await form.getByLabel('Datum').fill('2026-11-12');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raadsvergadering begroting');
  await expect.poll(async () => ((await readStored(page, 'meta', 'lastChangeAt')) as { value: number } | null)?.value ?? 0).toBeGreaterThanOrEqual(before);
  await page.reload();
  await expectScreen(page, 'Raadsvergadering begroting');
  await expect(reminder(page)).toHaveCount(0);
});

test('an old reservekopie with work since brings the reminder, which leads to making a new one', async ({ page }) => {
  await page.goto('./');
  await expectScreen(page, 'Leestafel Leusden');
  await putStored(page, 'meta', [
    { key: 'lastBackupAt', value: Date.now() - 8 * DAY },
    { key: 'lastChangeAt', value: Date.now() - DAY },
  ]);
  await page.reload();
  await expect(reminder(page)).toContainText('Je laatste reservekopie is meer dan 7 dagen oud en je hebt sindsdien gewerkt.');
  await expectNoAxeViolations(page);

  await reminder(page).getByRole('link', { name: 'Nu een reservekopie maken' }).click();
  await expectScreen(page, 'Reservekopie');
  await expect(reminder(page)).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await downloading;
  await expect.poll(async () => ((await readStored(page, 'meta', 'lastBackupAt')) as { value: number } | null)?.value ?? 0).toBeGreaterThan(Date.now() - DAY);

  await page.goto('./');
  await expectScreen(page, 'Leestafel Leusden');
  await expect(reminder(page)).toHaveCount(0);
  await page.reload();
  await expectScreen(page, 'Leestafel Leusden');
  await expect(reminder(page)).toHaveCount(0);
});

test('"Later" puts the reminder away until the app is opened again', async ({ page }) => {
  await page.goto('./');
  await expectScreen(page, 'Leestafel Leusden');
  await putStored(page, 'meta', [
    { key: 'lastBackupAt', value: Date.now() - 10 * DAY },
    { key: 'lastChangeAt', value: Date.now() - 2 * DAY },
  ]);
  await page.reload();
  await reminder(page).getByRole('button', { name: 'Later' }).click();
  await expect(reminder(page)).toHaveCount(0);
  await page.reload();
  await expect(reminder(page)).toBeVisible();
});
