/**
 * `npm run screenshots` (builds first): the README's screenshots, taken from the
 * browser edition so they show the app as it is. Serves the built renderer the way the desktop
 * app does (scripts/serve-like-app.ts), opens it in Debian's Chromium at 1366×768, stores the
 * example work of scripts/screenshot-data.ts in its IndexedDB, and writes
 * docs/screenshots/{bibliotheek,lezer,vergadering}.png. The clock is fixed, animations and the
 * caret are off (Playwright's own switches, so the app's CSP stays on) and the theme is light,
 * so a run on the same code gives the same images.
 *
 * RENDERER_OUT_DIR (as for vite build, relative to renderer/) takes the renderer from another
 * folder; SCREENSHOTS_DIR writes the images elsewhere; SCREENSHOTS_THEME=dark shows the dark
 * theme (for a look at it; the README shows the light one).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { DocumentModel } from '../renderer/documents/model';
import { documentHref, meetingHref } from '../renderer/navigation/route';
import { BEGROTING, exampleData, MEETING_ID, SCREENSHOT_TIME, type ExampleData } from './screenshot-data';
import { serveLikeApp } from './serve-like-app';

const ROOT = resolve(import.meta.dirname, '..');
const RENDERER_DIR = resolve(ROOT, 'renderer', process.env.RENDERER_OUT_DIR ?? '../dist/renderer');
const OUT_DIR = resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'docs/screenshots');
const VIEWPORT = { width: 1366, height: 768 };
const DATABASE_NAME = 'leestafel';
const THEME = process.env.SCREENSHOTS_THEME === 'dark' ? 'dark' : 'light';

function loadModels(): DocumentModel[] {
  const indexFile = join(RENDERER_DIR, 'documents', 'index.json');
  if (!existsSync(join(RENDERER_DIR, 'index.html')) || !existsSync(indexFile)) {
    throw new Error(`Geen gebouwde lezer in ${RENDERER_DIR}: draai eerst npm run build.`);
  }
  const entries = JSON.parse(readFileSync(indexFile, 'utf8')) as { id: string }[];
  return entries.map((entry) => JSON.parse(readFileSync(join(RENDERER_DIR, 'documents', `${entry.id}.json`), 'utf8')) as DocumentModel);
}

/** Writes the records into the app's database (made by the app on its first start), one transaction. */
async function store(page: Page, data: ExampleData): Promise<void> {
  await page.evaluate(
    ([name, records]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open(name);
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const stores = Object.keys(records);
          const transaction = database.transaction(stores, 'readwrite');
          for (const storeName of stores) for (const record of records[storeName]!) transaction.objectStore(storeName).put(record);
          transaction.oncomplete = () => {
            database.close();
            done();
          };
          transaction.onerror = () => {
            database.close();
            fail(transaction.error);
          };
        };
      }),
    [DATABASE_NAME, data as unknown as Record<string, unknown[]>] as const,
  );
}

/** Waits until the screen's h1 is there, nothing is busy and the fonts are loaded. */
async function settle(page: Page, h1: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: h1 }).waitFor();
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // No focus ring or hover state of the last click in the picture.
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  console.log(`geschreven: ${path}`);
}

async function main(): Promise<void> {
  const models = loadModels();
  const example = exampleData(models);
  const data: ExampleData = { ...example, settings: example.settings.map((record) => (record.key === 'theme' ? { key: 'theme', value: THEME } : record)) };
  const begroting = models.find((model) => model.id === BEGROTING)!;
  mkdirSync(OUT_DIR, { recursive: true });

  const server = await serveLikeApp(RENDERER_DIR, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars', '--font-render-hinting=none'],
  });
  try {
    const context = await browser.newContext({
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      colorScheme: 'light',
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.clock.setFixedTime(SCREENSHOT_TIME);

    await page.goto(base);
    await settle(page, 'Leestafel Leusden');
    await store(page, data);

    await page.reload();
    await settle(page, 'Leestafel Leusden');
    await shoot(page, 'bibliotheek');

    await page.goto(`${base}${documentHref(BEGROTING, 'domein-bestuur')}`);
    await settle(page, begroting.title);
    await page.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Aantekeningen' }).waitFor();
    // The annotations are painted after the text's first frame and their markers placed after
    // measuring it: wait for every one of this document's markers, then for two frames.
    const onBegroting = data.annotations.filter((annotation) => annotation.documentId === BEGROTING).length;
    await page.waitForFunction((count) => document.querySelectorAll('.annotation-marker').length >= count, onBegroting);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await settle(page, begroting.title);
    await shoot(page, 'lezer');

    await page.goto(`${base}${meetingHref(MEETING_ID)}`);
    await settle(page, data.meetings[0]!.name);
    await shoot(page, 'vergadering');
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
