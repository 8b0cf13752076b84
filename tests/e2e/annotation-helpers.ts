// Shared steps for the tests of annotations in the text: what is painted (CSS.highlights), a
// real mouse selection, and the profile asked before the first annotation. What is stored is
// read through tests/support/stored-records.
import { expect, type Page } from '@playwright/test';

/**
 * The text of every range registered for a highlight name (CSS.highlights), in order. A
 * stale range (its offsets beyond its text node, as after mark.js split the node) reads as
 * STALE_RANGE, so a poll keeps waiting for the repaint instead of failing at once.
 */
export async function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    ([highlightName, stale]) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return [];
      return [...highlight].map((r) => {
        const range = document.createRange();
        try {
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
        } catch {
          return stale;
        }
        return range.toString();
      });
    },
    [name, STALE_RANGE] as const,
  );
}

/** What highlightedTexts reports for a range that no longer fits its text nodes. */
export const STALE_RANGE = '<verouderd bereik>';

/** Drags the mouse over `phrase` in a block, from its first to its last character. */
export async function selectWithMouse(page: Page, blockId: string, phrase: string): Promise<void> {
  // As a reader would: once the whole text is there (the article is busy while the rest is added).
  await page.locator('article.document:not([aria-busy])').waitFor();
  const box = await page.evaluate(
    ([id, words]) => {
      const block = document.querySelector(`[data-block-id="${id}"]`)!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(words);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        window.scrollBy(0, range.getBoundingClientRect().top - window.innerHeight / 2);
        const first = range.getBoundingClientRect();
        range.setStart(node, at + words.length - 1);
        range.setEnd(node, at + words.length);
        const last = range.getBoundingClientRect();
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }
      throw new Error(`"${words}" not found in ${id}`);
    },
    [blockId, phrase] as const,
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 5 });
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}


export async function answerProfile(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Wie maakt de aantekeningen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Naam').fill('Anna de Vries');
  await dialog.getByLabel('Fractie').fill('Leusden Lokaal');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
}
