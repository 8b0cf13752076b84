// Each bundled document opens with its title as h1 and its first heading; tables are real tables.
import { expect, test } from '@playwright/test';
import { DOCUMENTS, expectScreen } from './helpers';

const FIRST_HEADINGS = [
  { ...DOCUMENTS.kadernota, first: 'Visie op het domein', kind: 'Kadernota · 2022' },
  { ...DOCUMENTS.begroting, first: 'Domein Bestuur', kind: 'Begroting · 2015–2020' },
  { ...DOCUMENTS.beleidskader, first: 'Voorwoord', kind: 'Beleidskader · 2023–2026' },
  { ...DOCUMENTS.samenleving, first: 'Missie', kind: 'Achtergrond · 2019' },
  { ...DOCUMENTS.kompas, first: 'Samen bouwen we aan een verbonden Leusden', kind: 'Achtergrond · 2024' },
];

for (const document of FIRST_HEADINGS) {
  test(`${document.id} opens with its title and first heading`, async ({ page }) => {
    await page.goto(`./#/doc/${document.id}`);
    await expectScreen(page, document.title);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(document.first);
    await expect(page.getByText(document.kind)).toBeVisible();
    // Every block carries its id for positions and annotations.
    const untagged = await page.locator('article > :not(header):not([data-block-id])').count();
    expect(untagged).toBe(0);
  });
}

test('begroting shows its budget table with column and row headers', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.begroting.id}/wat-mag-het-kosten`);
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Begroting 2018' }) });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Exploitatie',
    'Werkelijk 2015',
    'Werkelijk 2016',
    'Begroting 2017',
    'Begroting 2018',
    'MJR 2019',
    'MJR 2020',
  ]);
  const lasten = table.getByRole('row', { name: /^Lasten/ });
  await expect(lasten.getByRole('rowheader')).toHaveText('Lasten');
  await expect(lasten.getByRole('cell')).toHaveText(['0', '-4.668', '-4.489', '-4.456', '-4.468', '-4.402']);
  const cell = lasten.getByRole('cell', { name: '-4.456' });
  expect(await cell.evaluate((element) => getComputedStyle(element).textAlign)).toBe('right');
  expect(await cell.evaluate((element) => getComputedStyle(element).fontVariantNumeric)).toBe('tabular-nums');
  await expect(page.locator('th[scope="col"]', { hasText: 'Begroting 2018' })).toHaveCount(1);
  await expect(page.locator('th[scope="row"]', { hasText: 'Gerealiseerd saldo van baten en lasten' })).toHaveCount(1);
});

test('beleidskader nests its sections as h2 and h3', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expect(page.getByRole('heading', { level: 2, name: '1. Visie' })).toHaveAttribute('id', '1-visie');
  await expect(page.getByRole('heading', { level: 3, name: '3.1 Rondkomen | Vaste basis' })).toHaveAttribute(
    'data-block-id',
    '3-1-rondkomen-vaste-basis',
  );
});

test('an unknown document says so and leads back to the library', async ({ page }) => {
  await page.goto('./#/doc/bestaat-niet');
  await expect(page.getByRole('alert')).toContainText('Dit document kon niet worden geladen.');
  await page.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
});
