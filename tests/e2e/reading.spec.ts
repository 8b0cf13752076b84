// Reading a document as a councillor does: from the library, through the table of
// contents, by a deep link, and back at the same place after a reload.
import { expect, test } from '@playwright/test';
import { storedBlockId } from '../support/stored-records';
import { DOCUMENTS, topOf, expectScreen } from './helpers';

test('opens a document from the library', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Bibliotheek – Leestafel Leusden');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
  for (const group of ['Kadernota', 'Begroting', 'Beleidskader', 'Achtergrond']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
  }
  const achtergrond = page.getByRole('region', { name: 'Achtergrond' });
  await expect(achtergrond.getByRole('link')).toHaveText([
    `${DOCUMENTS.samenleving.title} (2019)`,
    `${DOCUMENTS.kompas.title} (2024)`,
  ]);

  await page.getByRole('link', { name: `${DOCUMENTS.beleidskader.title} (2023–2026)` }).click();
  await expect(page).toHaveURL(/#\/doc\/beleidskader-sociaal-domein-2023-2026$/);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await expect(page).toHaveTitle(`${DOCUMENTS.beleidskader.title} – Leestafel Leusden`);
  // The version as a reader understands it, not the hash (that is in Over Leestafel).
  await expect(page.locator('.document-info')).toHaveText(
    "Beleidskader · 2023–2026 · Bron: PDF van het Beleidskader Sociaal Domein 2023–2026 'Thuis in Leusden'. · Versie van 22 november 2026",
  );

  await page.getByRole('link', { name: 'Bibliotheek' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Leestafel Leusden');
});

test('navigates by the table of contents', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  const toc = page.getByRole('navigation', { name: 'Inhoudsopgave' });
  const toggle = toc.getByRole('button', { name: 'Inhoudsopgave' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');

  // Nested lists follow the tree: 3.3 sits inside the list under "3. Speerpunten".
  const speerpunten = toc.getByRole('listitem').filter({ has: page.getByRole('link', { name: '3. Speerpunten', exact: true }) });
  const entry = speerpunten.getByRole('link', { name: '3.3 Netwerken | Verbindend netwerk' });
  await entry.click();

  await expect(page).toHaveURL(/#\/doc\/beleidskader-sociaal-domein-2023-2026\/3-3-netwerken-verbindend-netwerk$/);
  const heading = page.getByRole('heading', { level: 3, name: '3.3 Netwerken | Verbindend netwerk' });
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  expect(Math.abs(await topOf(page, '[id="3-3-netwerken-verbindend-netwerk"]'))).toBeLessThan(40);
  await expect(entry).toHaveAttribute('aria-current', 'location');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(entry).toBeHidden();
});

test('follows a deep link to a section, also after a reload', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}/5-financien`);
  const heading = page.getByRole('heading', { level: 2, name: '5. Financiën' });
  await expect(heading).toBeInViewport();
  expect(Math.abs(await topOf(page, '[id="5-financien"]'))).toBeLessThan(40);

  await page.reload();
  await expect(heading).toBeInViewport();
  expect(Math.abs(await topOf(page, '[id="5-financien"]'))).toBeLessThan(40);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
});

test('remembers the reading position across a reload', async ({ page }) => {
  const url = `./#/doc/${DOCUMENTS.beleidskader.id}`;
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Read on to a section far down, as a scrolling reader would.
  await page.locator('[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]').evaluate((element) =>
    element.scrollIntoView({ block: 'start' }),
  );
  await expect.poll(() => storedBlockId(page, DOCUMENTS.beleidskader.id)).toBe('3-5-leefstijl-sport-bewegen-vitaal-leven');
  const scrolled = await page.evaluate(() => window.scrollY);

  await page.goto('./');
  await page.goto(url);
  const heading = page.getByRole('heading', { name: '3.5 Leefstijl, sport, bewegen | Vitaal leven' });
  await expect(heading).toBeInViewport();
  expect(Math.abs(await topOf(page, '[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]'))).toBeLessThan(40);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(40);

  await page.reload();
  await expect(heading).toBeInViewport();
  expect(await storedBlockId(page, DOCUMENTS.beleidskader.id)).toBe('3-5-leefstijl-sport-bewegen-vitaal-leven');

  // The current section in the table of contents follows the text.
  const toc = page.getByRole('navigation', { name: 'Inhoudsopgave' });
  await expect(toc.getByRole('link', { name: '3.5 Leefstijl, sport, bewegen | Vitaal leven' })).toHaveAttribute(
    'aria-current',
    'location',
  );
});

test('remembers the position in a document short enough to be complete in its first render', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 420 });
  await page.goto(`./#/doc/${DOCUMENTS.samenleving.id}`);
  await expectScreen(page, DOCUMENTS.samenleving.title);
  const blocks = page.locator('article [data-block-id]');
  expect(await blocks.count()).toBeLessThan(40);
  const first = await blocks.first().getAttribute('data-block-id');
  const last = (await blocks.last().getAttribute('data-block-id'))!;
  // The tracker saves the top block from the start, and follows the scrolling.
  await expect.poll(() => storedBlockId(page, DOCUMENTS.samenleving.id)).toBe(first);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => storedBlockId(page, DOCUMENTS.samenleving.id)).not.toBe(first);
  const stored = (await storedBlockId(page, DOCUMENTS.samenleving.id))!;

  await page.reload();
  await expectScreen(page, DOCUMENTS.samenleving.title);
  await expect(page.locator(`[data-block-id="${last}"]`)).toBeInViewport();
  expect(await storedBlockId(page, DOCUMENTS.samenleving.id)).toBe(stored);
});

test('reopens at the remembered position in a larger text size', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  const sizes = page.getByRole('group', { name: 'Tekstgrootte' });
  for (let step = 0; step < 3; step++) await sizes.getByRole('button', { name: 'Groter' }).click();
  await expect(sizes.getByRole('status')).toHaveText('150%');
  await page.locator('[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]').evaluate((element) =>
    element.scrollIntoView({ block: 'start' }),
  );
  await expect.poll(() => storedBlockId(page, DOCUMENTS.beleidskader.id)).toBe('3-5-leefstijl-sport-bewegen-vitaal-leven');

  // The text opens at the larger size: the place is measured in it, not in the default size.
  await page.reload();
  await expect(page.getByRole('heading', { name: '3.5 Leefstijl, sport, bewegen | Vitaal leven' })).toBeInViewport();
  expect(Math.abs(await topOf(page, '[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]'))).toBeLessThan(40);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  expect(Math.abs(await topOf(page, '[id="3-5-leefstijl-sport-bewegen-vitaal-leven"]'))).toBeLessThan(40);
});

test('a deep link wins over the remembered position', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await page.locator('[id="4-reguliere-opgaven"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await expect.poll(() => storedBlockId(page, DOCUMENTS.beleidskader.id)).toBe('4-reguliere-opgaven');

  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}/2-uitgangspunten`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: '2. Uitgangspunten' })).toBeInViewport();
  await expect(page.getByRole('heading', { level: 2, name: '4. Reguliere opgaven' })).not.toBeInViewport();
});
