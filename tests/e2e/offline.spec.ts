// The reader never talks to the network: every request of a session stays on its own origin.
import { expect, test } from '@playwright/test';
import { DOCUMENTS, expectScreen } from './helpers';

test('makes no request outside its own origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  await page.goto('./');
  await page.getByRole('link', { name: `${DOCUMENTS.begroting.title} (2015–2020)` }).click();
  await expectScreen(page, DOCUMENTS.begroting.title);
  await page.getByRole('navigation', { name: 'Inhoudsopgave' }).getByRole('link', { name: 'Wat mag het kosten?' }).click();
  await page.getByRole('button', { name: 'Groter' }).click();
  await page.reload();
  await page.getByRole('link', { name: 'Bibliotheek' }).click();
  await page.getByRole('link', { name: `${DOCUMENTS.kompas.title} (2024)` }).click();
  await expectScreen(page, DOCUMENTS.kompas.title);

  expect(requests.length).toBeGreaterThan(3);
  expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
  // The search worker's script, own-origin too, once per page load; it fetches the search index below.
  expect(requests.filter((url) => /\/assets\/search-worker-[\w-]+\.js$/.test(url))).toHaveLength(2);
  // Only the JSON the screens needed: the index, the prebuilt search index (fetched by the search
  // worker) and the two opened documents
  // (each twice: once before and once after the reload).
  expect(requests.filter((url) => url.includes('/documents/')).map((url) => new URL(url).pathname).sort()).toEqual(
    [
      '/documents/begroting-domein-bestuur.json',
      '/documents/begroting-domein-bestuur.json',
      '/documents/dienstverleningskompas-bijlage-1.json',
      '/documents/index.json',
      '/documents/index.json',
      '/documents/search-index.json',
      '/documents/search-index.json',
    ],
  );
});
