// axe-core on every screen, in the light and the dark colour scheme: no WCAG 2.1 A/AA violations.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DOCUMENTS, expectScreen } from './helpers';

const SCREENS = [
  { name: 'bibliotheek', path: './', h1: 'Leestafel Leusden' },
  { name: 'kadernota', path: `./#/doc/${DOCUMENTS.kadernota.id}`, h1: DOCUMENTS.kadernota.title },
  { name: 'begroting (tabellen)', path: `./#/doc/${DOCUMENTS.begroting.id}`, h1: DOCUMENTS.begroting.title },
  { name: 'beleidskader', path: `./#/doc/${DOCUMENTS.beleidskader.id}`, h1: DOCUMENTS.beleidskader.title },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const screen of SCREENS) {
    test(`${screen.name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(screen.path);
      await expectScreen(page, screen.h1);
      await expectNoAxeViolations(page);
    });
  }
}

test('the html element says the page is Dutch', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
});
