// axe-core in both themes as the user picks them (Thema: Licht, Donker), on the screens with the
// most colours at once: the library, the search results, the reader with the annotations panel
// and an annotation's popover open, and a vergadering with agendapunten and questions. The work
// shown is the README screenshots' example (scripts/screenshot-data.ts), stored in IndexedDB.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { DocumentModel } from '../../renderer/documents/model';
import { documentHref, meetingHref } from '../../renderer/navigation/route';
import { BEGROTING, exampleData, MEETING_ID } from '../../scripts/screenshot-data';
import { expectNoAxeViolations } from '../support/axe';
import { putStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const DOCUMENTS_DIR = path.join(__dirname, '../../renderer/public/documents');
const models = Object.values(DOCUMENTS).map(
  ({ id }) => JSON.parse(readFileSync(path.join(DOCUMENTS_DIR, `${id}.json`), 'utf8')) as DocumentModel,
);
const data = exampleData(models);
const meeting = data.meetings[0]!;

const THEMES = [
  { label: 'Licht', value: 'light', scheme: 'light' },
  { label: 'Donker', value: 'dark', scheme: 'dark' },
] as const;

/** Stores the example work (without its theme: the test picks that) and opens the library again. */
async function seed(page: Page): Promise<void> {
  await page.goto('./');
  await expectScreen(page, 'Leestafel Leusden');
  await putStored(page, 'settings', data.settings.filter((record) => record.key !== 'theme'));
  await putStored(page, 'annotations', data.annotations);
  await putStored(page, 'meetings', data.meetings);
  await putStored(page, 'agendaItems', data.agendaItems);
  await putStored(page, 'questions', data.questions);
  await page.reload();
  await expectScreen(page, 'Leestafel Leusden');
}

for (const theme of THEMES) {
  test(`library, search, reader with panel and popover, and a vergadering have no axe violations (${theme.label})`, async ({ page }) => {
    // The system says the opposite, so only the chosen theme can explain what is painted.
    await page.emulateMedia({ colorScheme: theme.scheme === 'light' ? 'dark' : 'light' });
    await seed(page);

    await page.getByLabel('Thema').selectOption(theme.value);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.value);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme.scheme === 'light' ? 'rgb(253, 253, 251)' : 'rgb(21, 23, 27)');
    await expectNoAxeViolations(page);

    await test.step('search results', async () => {
      await page.getByRole('searchbox', { name: 'Zoeken' }).fill('begroting');
      const results = page.getByRole('region', { name: 'Zoekresultaten' });
      await expect(results.getByRole('link').first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
    });

    await test.step('reader with the annotations panel and a popover', async () => {
      await page.goto(`./${documentHref(BEGROTING, 'domein-bestuur')}`);
      await expectScreen(page, DOCUMENTS.begroting.title);
      await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
      const panel = page.getByRole('heading', { level: 2, name: 'Aantekeningen' });
      await expect(panel).toBeVisible();
      await expect(page.getByText(`${data.annotations.length} van ${data.annotations.length} aantekeningen`)).toBeVisible();
      await page.locator(`.annotation-marker[data-annotation-id="${data.annotations[0]!.id}"]`).click();
      await expect(page.getByRole('dialog', { name: 'Aantekening' })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    await test.step('a vergadering with agendapunten and questions', async () => {
      await page.goto(`./${meetingHref(MEETING_ID)}`);
      await expectScreen(page, meeting.name);
      await expect(page.getByText(data.questions[0]!.question).first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme.value);
      await expectNoAxeViolations(page);
    });
  });
}
