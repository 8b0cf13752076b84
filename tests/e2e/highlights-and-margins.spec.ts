// Highlights open as a raadslid expects, and their margin markers never lie over the text.
// A plain click on a highlight opens its annotation, a drag that starts on one still selects;
// the keyboard reaches each annotation through one tab stop (its margin marker), which marks
// its passage in the text while focused, and Enter with the caret on a highlight opens it.
// At 200 % zoom (1366×768 shown as 683×384 CSS pixels) and beside the open panel the markers
// shrink into a gutter: no marker's box touches a text block's box, and they still open.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import type { Annotation, ColorCode, FlagCode } from '../../renderer/model/annotation';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, storedAnnotations } from '../support/stored-records';
import { highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const BELEIDSKADER = DOCUMENTS.beleidskader;
const model = JSON.parse(readFileSync(path.join(__dirname, '../../renderer/public/documents', `${BELEIDSKADER.id}.json`), 'utf8')) as DocumentModel;
const anchorText = buildAnchorText(model);
const PHRASE = 'verbondenheid en gezamenlijkheid';

const begroting = JSON.parse(readFileSync(path.join(__dirname, '../../renderer/public/documents', `${DOCUMENTS.begroting.id}.json`), 'utf8')) as DocumentModel;

function annotationOn(n: number, phrase: string, color: ColorCode, flag?: FlagCode, inBlock?: { document: DocumentModel; blockId: string }): Annotation {
  const document = inBlock?.document ?? model;
  const text = inBlock ? buildAnchorText(document) : anchorText;
  const from = inBlock ? text.blocks.find((span) => span.id === inBlock.blockId)!.start : 0;
  const start = text.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`not in ${document.id}: ${phrase}`);
  const at = Date.UTC(2026, 2, 10, 12, n);
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    documentId: document.id,
    documentVersion: document.version,
    target: describeRange(text.text, start, start + phrase.length, blockAt(text, start)?.id),
    color,
    ...(flag ? { flag } : {}),
    note: `Notitie ${n}`,
    tags: [],
    visibility: 'prive',
    author: { naam: 'Anna de Vries', fractie: 'CDA' },
    createdAt: at,
    updatedAt: at,
  };
}

/** Opens the beleidskader (or `document`) with these annotations stored (and so the annotate hint done). */
async function openWith(page: Page, annotations: Annotation[], document: { id: string; title: string } = BELEIDSKADER): Promise<void> {
  await page.goto('./');
  await putStored(page, 'annotations', annotations);
  await page.goto(`./#/doc/${document.id}`);
  await expectScreen(page, document.title);
  await expect(page.locator('.annotation-marker')).toHaveCount(annotations.length);
}

/** The centre of `words` in the block, scrolled into the middle of the window. */
async function pointIn(page: Page, blockId: string, words: string, at = 4): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([id, phrase, into]) => {
      const text = [...document.querySelector(`[data-block-id="${id}"]`)!.childNodes].find((n) => n.nodeType === 3 && (n as Text).data.includes(phrase)) as Text;
      const range = document.createRange();
      const offset = text.data.indexOf(phrase) + into;
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [blockId, words, at] as const,
  );
}

/** Pairs of [marker name, block id] whose boxes overlap. */
async function markersOverText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [...document.querySelectorAll<HTMLElement>('article [data-block-id], article h1, article .document-info')];
    const overlaps: string[] = [];
    for (const marker of document.querySelectorAll<HTMLElement>('.annotation-marker')) {
      const m = marker.getBoundingClientRect();
      for (const block of texts) {
        const b = block.getBoundingClientRect();
        if (m.left < b.right && b.left < m.right && m.top < b.bottom && b.top < m.bottom) overlaps.push(`${marker.textContent} × ${block.dataset.blockId ?? block.tagName}`);
      }
    }
    return overlaps;
  });
}

test('a click on a highlight opens it; a drag that starts on it still selects', async ({ page }) => {
  await openWith(page, [annotationOn(1, PHRASE, 'geel')]);
  const editor = page.getByRole('dialog', { name: 'Aantekening', exact: true });
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  const clickOnHighlight = async () => {
    const point = await pointIn(page, 'p-3', PHRASE);
    await page.mouse.click(point.x, point.y);
    await expect(editor).toBeVisible();
    await expect(editor).toContainText(`“${PHRASE}”`);
    await expect(toolbar).toHaveCount(0);
    await expect.poll(() => highlightedTexts(page, 'annotation-active')).toEqual([PHRASE]);
    await page.keyboard.press('Escape');
    await expect(editor).toBeHidden();
  };

  await clickOnHighlight();
  // From inside the highlight to past its end: a selection, so the toolbar for a new annotation.
  await selectWithMouse(page, 'p-3', 'ondenheid en gezamenlijkheid. Tussen');
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toContainText('“ondenheid en gezamenlijkheid. Tussen”');
  await expect(editor).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();
  // A plain click inside that old selection, on the highlight, opens the annotation again.
  await clickOnHighlight();
  expect(await storedAnnotations(page)).toHaveLength(1);
});

test('the keyboard opens a highlight: its marker marks the passage while focused, Enter on it or on the caret in the text opens it', async ({ page }) => {
  await openWith(page, [annotationOn(1, PHRASE, 'geel'), annotationOn(2, 'Thuis in Leusden', 'groen', 'belangrijk')]);
  const editor = page.getByRole('dialog', { name: 'Aantekening', exact: true });

  // One tab stop per annotation, in reading order: from the first marker Tab goes to the second.
  const first = page.getByRole('button', { name: 'Belangrijk' });
  const second = page.getByRole('button', { name: 'Markering geel' });
  await first.focus();
  await expect.poll(() => highlightedTexts(page, 'annotation-focus')).toEqual(['Thuis in Leusden']);
  await page.keyboard.press('Tab');
  await expect(second).toBeFocused();
  await expect.poll(() => highlightedTexts(page, 'annotation-focus')).toEqual([PHRASE]);
  await expect(second).not.toHaveCSS('outline-style', 'none');
  // The pointer over the other marker shows its passage; leaving it shows the focused one's again.
  await first.hover();
  await expect.poll(() => highlightedTexts(page, 'annotation-focus')).toEqual(['Thuis in Leusden']);
  await page.mouse.move(1, 1);
  await expect.poll(() => highlightedTexts(page, 'annotation-focus')).toEqual([PHRASE]);
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor).toContainText(`“${PHRASE}”`);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await expect(second).toBeFocused();
  await page.keyboard.press('Tab');
  await expect.poll(() => highlightedTexts(page, 'annotation-focus')).toEqual([]);

  // The caret in the text, as caret browsing puts it: Enter on a highlight opens it, and
  // Enter elsewhere in the text does nothing.
  const placeCaret = (words: string, into: number) =>
    page.locator('[data-block-id="p-3"]').evaluate(
      (block, [phrase, offset]) => {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(phrase as string);
          if (at >= 0) return window.getSelection()!.collapse(node, at + (offset as number));
        }
        throw new Error(`not found: ${phrase}`);
      },
      [words, into] as const,
    );
  await page.locator('main').focus();
  await placeCaret('dat is de titel', 3);
  await page.keyboard.press('Enter');
  await expect(editor).toHaveCount(0);
  await placeCaret(PHRASE, 5);
  await page.keyboard.press('Enter');
  await expect(editor).toBeVisible();
  await expect(editor).toContainText(`“${PHRASE}”`);
  await expectNoAxeViolations(page);
});

test.describe('at 200 % zoom (1366×768 shown as 683×384)', () => {
  test.use({ viewport: { width: 683, height: 384 } });

  test('no margin marker covers text; the small markers keep their names and open their annotation', async ({ page }) => {
    const annotations = [
      annotationOn(1, PHRASE, 'geel'),
      annotationOn(2, 'Thuis in Leusden', 'groen', 'toezegging-controleren'),
      annotationOn(3, 'dat is de titel', 'roze', 'technische-vraag'),
      annotationOn(4, 'Uitgangspunten', 'blauw', 'belangrijk'),
    ];
    await openWith(page, annotations);
    expect(await markersOverText(page)).toEqual([]);
    // Inside the window, not pushed off its right edge.
    for (const marker of await page.locator('.annotation-marker').all()) {
      const box = (await marker.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(683);
    }
    const marker = page.getByRole('button', { name: 'Toezegging controleren' });
    await expect(marker).toHaveAttribute('title', 'Toezegging controleren');
    // Not colour alone (WCAG 1.4.1): a flag's letters stand visibly in the square.
    await expect(marker.locator('.annotation-marker-letters')).toBeVisible();
    await expect(marker.locator('.annotation-marker-letters')).toHaveText('TZ');
    await expect(page.getByRole('button', { name: 'Technische vraag' }).locator('.annotation-marker-letters')).toHaveText('TV');
    await marker.click();
    await expect(page.getByRole('dialog', { name: 'Aantekening' })).toContainText('“Thuis in Leusden”');
    await page.keyboard.press('Escape');
    await expectNoAxeViolations(page);
  });
});

test('at 1366×768 the markers stand beside the text with their names, and shrink beside the open panel', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openWith(page, [annotationOn(1, PHRASE, 'geel'), annotationOn(2, 'Thuis in Leusden', 'groen', 'toezegging-controleren')]);
  await expect(page.locator('.annotation-margin-compact')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Toezegging controleren' })).toHaveText('Toezegging controleren');
  expect(await markersOverText(page)).toEqual([]);
  await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Aantekeningen' })).toBeVisible();
  await expect(page.locator('.annotation-margin-compact')).toHaveCount(1);
  expect(await markersOverText(page)).toEqual([]);
});

for (const [width, height] of [[1366, 768], [1280, 720]] as const) {
  test(`at ${width}×${height} no marker lies over the begroting's wide table, which reaches into the margin`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const inTable = { document: begroting, blockId: 't-174' };
    await openWith(
      page,
      [
        annotationOn(1, 'Gerealiseerd saldo van baten en lasten', 'oranje', 'technische-vraag', inTable),
        annotationOn(2, 'Stortingen', 'geel', undefined, inTable),
      ],
      DOCUMENTS.begroting,
    );
    await page.getByRole('group', { name: /^Tabel: Exploitatie, Werkelijk 2015/ }).scrollIntoViewIfNeeded();
    expect(await markersOverText(page)).toEqual([]);
    for (const marker of await page.locator('.annotation-marker').all()) {
      const box = (await marker.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await page.getByRole('button', { name: 'Technische vraag' }).click();
    await expect(page.getByRole('dialog', { name: 'Aantekening', exact: true })).toContainText('Gerealiseerd saldo van baten en lasten');
  });
}
