// Over Leestafel in the browser edition: the app version, that this is the browser edition and
// in which browser, each bundled document with its version and years, and where the data lives.
// (The desktop app's Help → Over Leestafel Leusden is covered by tests/unit/electron/about-menu.test.ts.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DOCUMENTS, expectScreen } from './helpers';

const appVersion = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;

test('shows the versions, the documents and where the data lives, and passes axe', async ({ page, baseURL }) => {
  await page.goto('./');
  await expectScreen(page, 'Leestafel Leusden');
  // What the build bundled: the document versions the dialog must show.
  const index = (await (await page.request.get('documents/index.json')).json()) as { id: string; title: string; version: string; versionDate: string; years: string }[];
  expect(index.map((entry) => entry.title).sort()).toEqual(Object.values(DOCUMENTS).map((document) => document.title).sort());

  const opener = page.getByRole('button', { name: 'Over Leestafel' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Over Leestafel Leusden' });
  await expect(dialog).toBeVisible();

  const fact = (term: string) => dialog.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(fact('Versie')).toHaveText(appVersion);
  const browserVersion = await page.evaluate(() => {
    const brands = (navigator as Navigator & { userAgentData?: { brands: { brand: string; version: string }[] } }).userAgentData?.brands ?? [];
    return brands.find((b) => b.brand === 'Chromium')?.version ?? /Chrome\/(\d+)/.exec(navigator.userAgent)?.[1] ?? '';
  });
  expect(browserVersion).toMatch(/^\d+/);
  await expect(fact('Uitvoering')).toHaveText(new RegExp(`^Browserversie, in (Chromium|Google Chrome|Chrome) ${browserVersion}`));
  await expect(fact('Je gegevens')).toContainText(`In deze browser, bij het adres ${new URL(baseURL ?? '').origin}.`);

  const items = dialog.getByRole('list').getByRole('listitem');
  await expect(items).toHaveCount(index.length);
  for (const entry of index) {
    // The version as a reader knows it (the day it was taken in), the hash beside it for support.
    expect(entry.versionDate).toBe('2026-11-22');
    await expect(items.filter({ hasText: entry.title })).toHaveText(`${entry.title} — versie van 22 november 2026 (${entry.version}), ${entry.years}`);
  }

  await expectNoAxeViolations(page);

  // Escape closes it and the focus goes back to the button; Sluiten does the same.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});
