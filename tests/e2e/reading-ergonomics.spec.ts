// Reading ergonomics on a 1366×768 laptop: the header with "Aantekeningen" stays in reach while
// reading, the key P opens and closes the panel, the begroting's wide table "Wat mag het
// kosten?" shows all its columns beside the table of contents (and scrolls with its first
// column in view where the window is narrower), a very long note is folded with "meer", and an
// annotation opened low in the window opens inside it, not under the header or off-screen.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import type { Annotation } from '../../renderer/model/annotation';
import { expectNoAxeViolations } from '../support/axe';
import { putStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

test.use({ viewport: { width: 1366, height: 768 } });

const beleidskader = JSON.parse(
  readFileSync(path.join(__dirname, '../../renderer/public/documents', `${DOCUMENTS.beleidskader.id}.json`), 'utf8'),
) as DocumentModel;

const VITAAL = 'kunnen inwoners een vitaal leven opbouwen';
const LONG_NOTE = `Begin van een lange notitie. ${'Dit is een zin uit een geplakt verslag van de commissie. '.repeat(880)}Einde van de notitie.`;

const longNote: Annotation = (() => {
  const anchorText = buildAnchorText(beleidskader);
  const start = anchorText.text.indexOf(VITAAL);
  const at = Date.UTC(2026, 2, 10, 12, 0);
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    documentId: beleidskader.id,
    documentVersion: beleidskader.version,
    target: describeRange(anchorText.text, start, start + VITAAL.length, blockAt(anchorText, start)?.id),
    color: 'geel',
    note: LONG_NOTE,
    tags: [],
    visibility: 'prive',
    author: { naam: 'Anna de Vries', fractie: 'CDA' },
    createdAt: at,
    updatedAt: at,
  };
})();

const costTable = (page: Page) => page.getByRole('group', { name: /^Tabel: Exploitatie, Werkelijk 2015/ });

test('the header stays in reach while reading, and P opens and closes the panel', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);

  const toggle = page.getByRole('button', { name: 'Aantekeningen', exact: true });
  await expect(toggle).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Bibliotheek' })).toBeInViewport();

  // The key, from the text (not in a form field).
  await page.locator('main').focus();
  await page.keyboard.press('p');
  const panel = page.getByRole('complementary', { name: 'Aantekeningen' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Aantekeningen' })).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'P');
  await page.keyboard.press('p');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  // Typing a p in the search box types it.
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await search.press('p');
  await expect(search).toHaveValue('p');
  await expect(panel).toBeHidden();
  await search.fill('');

  // The shortcut overview lists the key.
  await page.locator('main').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog').getByRole('term').filter({ hasText: /^P$/ })).toBeVisible();
});

test('the begroting’s wide table shows all its columns at 1366×768 with the panel closed', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.begroting.id}`);
  await expectScreen(page, DOCUMENTS.begroting.title);
  const table = costTable(page);
  await table.scrollIntoViewIfNeeded();
  await expect(table.getByRole('columnheader')).toHaveText(['Exploitatie', 'Werkelijk 2015', 'Werkelijk 2016', 'Begroting 2017', 'Begroting 2018', 'MJR 2019', 'MJR 2020']);

  // Nothing to scroll: every column is inside the wrapper and inside the window.
  const sizes = await table.evaluate((wrapper) => ({ scroll: wrapper.scrollWidth, client: wrapper.clientWidth, right: wrapper.getBoundingClientRect().right }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  expect(sizes.right).toBeLessThanOrEqual(1366);
  for (const header of await table.getByRole('columnheader').all()) await expect(header).toBeInViewport({ ratio: 1 });
  // Wider than the 48rem text column: it uses the room beside it.
  expect(sizes.client).toBeGreaterThan(768);
  // The page itself does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await expectNoAxeViolations(page);
});

test('in a narrower window the table scrolls with its first column in view', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 768 });
  await page.goto(`./#/doc/${DOCUMENTS.begroting.id}`);
  await expectScreen(page, DOCUMENTS.begroting.title);
  const table = costTable(page);
  await table.scrollIntoViewIfNeeded();
  const wide = await table.evaluate((wrapper) => wrapper.scrollWidth > wrapper.clientWidth);
  expect(wide).toBe(true);

  // By keyboard, as the wrapper is focusable: scroll to the far right.
  await table.focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((wrapper) => wrapper.scrollLeft)).toBeGreaterThan(0);
  const rowHeader = table.getByRole('rowheader').first();
  const left = await table.evaluate((wrapper) => wrapper.getBoundingClientRect().left);
  expect(Math.round((await rowHeader.boundingBox())!.x)).toBe(Math.round(left));
  await expect(table.getByRole('columnheader', { name: 'MJR 2020' })).toBeInViewport({ ratio: 0.95 });
});

test('a 50,000-character note is folded in the panel and unfolds with meer', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await putStored(page, 'annotations', [longNote]);
  await page.reload();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  const entry = page.getByRole('complementary', { name: 'Aantekeningen' }).getByRole('listitem').filter({ hasText: VITAAL });

  await expect(entry).toContainText('Begin van een lange notitie.');
  await expect(entry).not.toContainText('Einde van de notitie.');
  expect((await entry.boundingBox())!.height).toBeLessThan(900);
  const more = entry.getByRole('button', { name: 'meer van de notitie' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);

  await more.click();
  await expect(entry).toContainText('Einde van de notitie.');
  const less = entry.getByRole('button', { name: 'minder van de notitie' });
  await expect(less).toHaveAttribute('aria-expanded', 'true');
  await expect(less).toBeFocused();
  await less.press('Enter');
  await expect(entry).not.toContainText('Einde van de notitie.');
});

test('an annotation opened in a low window opens inside it, below the header', async ({ page }) => {
  // Too low for the editor below the passage and above it: it has to sit over the passage.
  await page.setViewportSize({ width: 1366, height: 560 });
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await putStored(page, 'annotations', [{ ...longNote, note: 'Wat kost dit per jaar?', flag: 'technische-vraag' }]);
  await page.reload();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  const marker = page.getByRole('button', { name: 'Technische vraag' });
  await marker.scrollIntoViewIfNeeded();
  // Put the passage's marker in the middle of the window.
  await marker.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight / 2));
  await expect(marker).toBeInViewport({ ratio: 1 });
  await marker.click();

  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor).toBeVisible();
  const header = await page.locator('.reader-header').boundingBox();
  await expect.poll(async () => {
    const box = (await editor.boundingBox())!;
    return box.y >= header!.y + header!.height - 1 && box.y + box.height <= 560 + 1;
  }).toBe(true);
  await expect(editor.getByRole('button', { name: 'Markeren: geel' })).toBeFocused();
  await expect(editor.getByRole('button', { name: 'Opslaan' })).toBeVisible();
});

test('Ctrl+K goes to the search box on the vergadering screens, the Prullenbak and the reservekopie screen', async ({ page }) => {
  for (const [hash, heading] of [
    ['./#/vergaderingen', 'Vergaderingen'],
    ['./#/prullenbak', 'Prullenbak'],
    ['./#/reservekopie', 'Reservekopie'],
  ] as const) {
    await page.goto(hash);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
    await page.locator('main').focus();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toBeFocused();
  }

  // On one vergadering: search from there.
  const at = Date.UTC(2026, 2, 2, 12, 0);
  const meetingId = '00000000-0000-4000-8000-0000000000b9';
  await putStored(page, 'meetings', [{ id: meetingId, name: 'Commissie Samenleving', date: '2026-03-19', kind: 'commissie', createdAt: at, updatedAt: at }]);
  await page.goto(`./#/vergadering/${meetingId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commissie Samenleving');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('searchbox', { name: 'Zoeken' });
  await expect(search).toBeFocused();
  await search.fill('mantelzorg');
  await expect(page.getByRole('region', { name: 'Zoekresultaten' }).getByRole('link').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
