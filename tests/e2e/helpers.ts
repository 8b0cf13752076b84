// Shared steps for the browser-edition tests: the document facts the tests look for, where
// an element is, and when a screen is settled. What the app stored is read through
// tests/support/stored-records.
import { expect, type Page } from '@playwright/test';

/** The ids and texts of the bundled documents, as the converter builds them. */
export const DOCUMENTS = {
  kadernota: {
    id: 'kadernota-2022-domein-3',
    title: 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën',
  },
  begroting: { id: 'begroting-domein-bestuur', title: 'Programmabegroting – Domein Bestuur' },
  beleidskader: {
    id: 'beleidskader-sociaal-domein-2023-2026',
    title: 'Thuis in Leusden – Beleidskader Sociaal Domein 2023–2026',
  },
  samenleving: { id: 'samenleving-voorop', title: 'Samenleving Voorop – missie, kernwaarden en visie' },
  kompas: {
    id: 'dienstverleningskompas-bijlage-1',
    title: 'Dienstverleningskompas – Bijlage I: Een kompas voor dienstverlening',
  },
} as const;

/**
 * Distance in CSS pixels from the top of the reading area to the top of the element: the top of
 * the window, or the bottom of the reader's sticky header where it has one (the page's scroll
 * padding, which is where scrolling to a passage puts it).
 */
export async function topOf(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((element) => {
    const header = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    return element.getBoundingClientRect().top - header;
  });
}

/**
 * The screen shows `h1` and is settled: a document adds its text beyond the first screenful
 * right after the first paint (the article is aria-busy until then), and only then are
 * annotations, search marks and the reader's shortcuts attached.
 */
export async function expectScreen(page: Page, h1: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
