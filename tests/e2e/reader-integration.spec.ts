// The reader as one piece of software: annotation highlights, search marks and questions
// working together the way a raadslid uses them late in the evening — search inside an
// annotated passage without losing the paint, one toolbar for a selection, and a question
// made from an annotation (in the text and in the panel), by keyboard. Axe-clean.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answerProfile, highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS } from './helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BELEIDSKADER = DOCUMENTS.beleidskader;
const PHRASE = 'verbondenheid en gezamenlijkheid';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
}

async function openBeleidskader(page: Page): Promise<void> {
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(BELEIDSKADER.title);
}

/** Highlights PHRASE in the first paragraph in yellow, answering the profile question. */
async function annotatePhrase(page: Page): Promise<void> {
  await selectWithMouse(page, 'p-3', PHRASE);
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);
}

test('search marks inside a highlighted passage leave the highlight on the same words, while shown and after clearing', async ({
  page,
}) => {
  await openBeleidskader(page);
  await annotatePhrase(page);

  // Ctrl+F searches this document; a word inside the highlighted passage is marked by mark.js,
  // which splits the very text nodes the highlight's ranges point into.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('gezamenlijkheid');
  await page.keyboard.press('Enter');
  const markInPassage = page.locator('[data-block-id="p-3"] mark.search-hit');
  await expect(markInPassage).toHaveText(['gezamenlijkheid']);
  // The text node holding the highlight's start no longer holds its end: the layer must repaint.
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);

  // A click on the marked word (a text node mark.js made) opens the annotation under it, and
  // its paint as the open annotation lies on the same words.
  await markInPassage.click();
  await expect(page.getByRole('dialog', { name: 'Aantekening' })).toBeVisible();
  await expect.poll(() => highlightedTexts(page, 'annotation-active')).toEqual([PHRASE]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Aantekening' })).toBeHidden();

  // Clearing the search joins the text nodes again; the highlight follows.
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await expect(page.locator('article mark')).toHaveCount(0);
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);
  // And a new selection over the rejoined text still maps onto the right words.
  await selectWithMouse(page, 'p-3', 'Thuis in Leusden');
  await expect(page.getByRole('dialog', { name: 'Nieuwe aantekening' })).toContainText('“Thuis in Leusden”');
});
