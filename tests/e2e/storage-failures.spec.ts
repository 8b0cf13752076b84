// When the browser's storage fails, the app says so in plain Dutch and changes nothing: a full
// disk (a real QuotaExceededError from IndexedDB, injected), no IndexedDB at all, a database
// written by a newer release, another window upgrading the database, and a screen that cannot
// be shown. Each message screen is axe-clean; the stored data is compared record for record.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored } from '../support/stored-records';
import { selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const STORES = ['readingPositions', 'settings', 'annotations', 'meetings', 'agendaItems', 'questions', 'trash', 'meta'];
const DOC = `./#/doc/${DOCUMENTS.beleidskader.id}`;
const PROFILE = { key: 'profile', value: { naam: 'Anna de Vries', fractie: 'Leusden Lokaal' } };
const MEETING = { id: 'm-1', name: 'Raadsvergadering december', date: '2026-12-10', kind: 'raad', createdAt: 1, updatedAt: 1 };
const ANNOTATION = {
  id: 'a-1', documentId: DOCUMENTS.beleidskader.id, documentVersion: 'van-een-oudere-tekst', color: 'geel', note: 'Bewaard', tags: ['zorg'],
  visibility: 'prive', author: PROFILE.value, createdAt: 1, updatedAt: 2,
  target: { quote: { exact: 'verbondenheid en gezamenlijkheid', prefix: '', suffix: '' }, position: { start: 0, end: 32 }, blockId: 'p-3' },
};

/** Every store of the app's database as JSON text: equal text is equal bytes of every record. */
async function storedText(page: Page): Promise<string> {
  const stores = await Promise.all(STORES.map(async (store) => [store, await readAllStored(page, store)] as const));
  return JSON.stringify(stores);
}

/** The database as a newer release left it: native version, stores with key paths and indexes, every record. */
function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('leestafel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          const names = [...database.objectStoreNames];
          const transaction = database.transaction(names, 'readonly');
          const stores: unknown[] = [];
          for (const name of names) {
            const store = transaction.objectStore(name);
            const read = store.getAll();
            read.onsuccess = () => stores.push({ name, keyPath: store.keyPath, indexes: [...store.indexNames], records: read.result });
          }
          transaction.oncomplete = () => {
            database.close();
            resolve(JSON.stringify({ version: database.version, stores }));
          };
        };
      }),
  );
}

/** The app has checked its database and recorded which release wrote it. */
async function expectDatabaseWatched(page: Page) {
  await expect.poll(async () => (await readAllStored<{ key: string }>(page, 'meta')).map((record) => record.key)).toContain('writtenBy');
}

const storageAlert = (page: Page) => page.locator('.storage-alert[role="alert"]');

test('a full disk: saving says so in Dutch with the way to a reservekopie, and nothing stored changes', async ({ page }) => {
  await page.addInitScript(() => {
    // From the moment the test says so, IndexedDB refuses every write as a full disk does.
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as Window & { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await page.goto('./');
  await expectDatabaseWatched(page);
  await putStored(page, 'settings', [PROFILE]);
  await putStored(page, 'meetings', [MEETING]);
  await putStored(page, 'annotations', [ANNOTATION]);
  // Written behind the app's back: load it afresh so that it reads them.
  await page.goto(DOC);
  await page.reload();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await page.evaluate(() => ((window as Window & { storageFull?: boolean }).storageFull = true));
  const before = await storedText(page);

  await selectWithMouse(page, 'p-3', 'de titel van dit beleidskader');
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await toolbar.getByRole('button', { name: 'Markeren: groen' }).click();
  await toolbar.getByLabel('Notitie').fill('Gaat niet passen');
  await toolbar.getByRole('button', { name: 'Opslaan' }).click();

  const full = 'De opslag is vol: je laatste wijziging is niet bewaard.';
  await expect(toolbar.getByRole('alert')).toContainText(`Niet opgeslagen: ${full}`);
  await expect(storageAlert(page)).toContainText(
    `${full} Maak een reservekopie van je aantekeningen en vragen, maak ruimte vrij op de schijf en probeer het daarna opnieuw.`,
  );
  await expect(storageAlert(page).getByRole('link', { name: 'Reservekopie maken' })).toHaveAttribute('href', '#/reservekopie');
  await expectNoAxeViolations(page);
  expect(await storedText(page)).toBe(before);

  // A new vergadering fails the same way.
  await page.goto('./#/vergaderingen');
  await page.getByLabel('Naam').fill('Commissie Bestuur');
  await page.getByLabel('Datum').fill('2026-12-17');
  await page.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.locator('main').getByRole('alert')).toContainText(full);
  expect(await storedText(page)).toBe(before);
});

test('without IndexedDB the documents can be read and the app says that nothing can be stored', async ({ page, context }) => {
  await page.goto('./');
  await expectDatabaseWatched(page);
  await putStored(page, 'annotations', [ANNOTATION]);
  const before = await storedText(page);

  const locked = await context.newPage();
  await locked.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
  await locked.goto(DOC);
  await expectScreen(locked, DOCUMENTS.beleidskader.title);
  await expect(locked.locator('[data-block-id="p-3"]')).toContainText('verbondenheid en gezamenlijkheid');
  await expect(storageAlert(locked)).toHaveText(
    'Deze browser laat Leestafel niets bewaren: de opslag (IndexedDB) ontbreekt of is geblokkeerd, bijvoorbeeld in een privévenster of door een beveiligingsinstelling. ' +
      'De documenten kun je gewoon lezen, maar aantekeningen en vragen kunnen hier niet worden opgeslagen. ' +
      'Open Leestafel in een gewoon browservenster, sta opslag voor deze site toe of gebruik de desktopapp.',
  );
  await expectNoAxeViolations(locked);
  await locked.goto('./');
  await expect(locked.getByRole('link', { name: DOCUMENTS.kadernota.title })).toBeVisible();
  await expect(storageAlert(locked)).toContainText('Deze browser laat Leestafel niets bewaren');
  await locked.close();

  expect(await storedText(page)).toBe(before);
});

test('a database of a newer release is not opened, names the version it needs and stays exactly as it was', async ({ page }) => {
  // A page of the same origin that is not the app, so that the app cannot make its own database first.
  await page.goto('./documents/index.json');
  await page.evaluate(
    ([annotation, profile]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('leestafel', 90);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => {
          const database = open.result;
          const stores: Record<string, string[]> = {
            readingPositions: [], settings: [], annotations: ['documentId', 'updatedAt', 'color'], meetings: ['date'],
            agendaItems: ['meetingId'], questions: ['meetingId', 'annotationId', 'status'], trash: ['deletedAt', 'kind'], meta: [], comments: [],
          };
          const keyPaths: Record<string, string> = { readingPositions: 'documentId', settings: 'key', meta: 'key' };
          for (const [name, indexes] of Object.entries(stores)) {
            const store = database.createObjectStore(name, { keyPath: keyPaths[name] ?? 'id' });
            for (const index of indexes) store.createIndex(index, index);
          }
          const transaction = open.transaction!;
          transaction.objectStore('meta').put({ key: 'writtenBy', value: { appVersion: '9.0.0', schemaVersion: 9, at: Date.UTC(2028, 0, 1) } });
          transaction.objectStore('annotations').put(annotation);
          transaction.objectStore('annotations').put({ ...annotation, id: 'a-2', note: 'Tweede', comments: [{ by: 'fractie' }] });
          transaction.objectStore('settings').put(profile);
          transaction.objectStore('comments').put({ id: 'c-1', text: 'Van versie 9' });
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
    [ANNOTATION, PROFILE] as const,
  );
  const before = await dumpDatabase(page);
  expect(JSON.parse(before)).toMatchObject({ version: 90 });

  await page.goto('./');
  const newer =
    'Deze gegevens zijn gemaakt met Leestafel 9.0.0; installeer die versie of nieuwer. ' +
    'Deze versie van Leestafel is ouder en opent ze niet, zodat er niets aan verandert. De documenten kun je gewoon lezen.';
  await expect(storageAlert(page)).toHaveText(newer);
  await expect(page.getByRole('link', { name: DOCUMENTS.kadernota.title })).toBeVisible();
  await expectNoAxeViolations(page);
  // The vergaderingen live in the database: that screen says why it cannot show them.
  await page.goto('./#/vergaderingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergaderingen');
  await expect(page.getByRole('status').filter({ hasText: 'vergaderingen' })).toHaveText(
    'De vergaderingen kunnen niet worden getoond: de opslag werkt niet, zie de melding bovenaan.',
  );
  await expect(storageAlert(page)).toHaveText(newer);
  await expectNoAxeViolations(page);
  // A document opens and reads as ever.
  await page.goto(DOC);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await expect(storageAlert(page)).toHaveText(newer);

  await page.goto('./documents/index.json');
  expect(await dumpDatabase(page)).toBe(before);
});

test('another window upgrading the database: this one stops and offers a reload', async ({ page }) => {
  await page.goto('./');
  await expectDatabaseWatched(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // What a newer release in another window does; it waits until this window let go.
        const open = indexedDB.open('leestafel', 90);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
      }),
  );
  await expect(storageAlert(page)).toContainText(
    'Leestafel is in een ander venster bijgewerkt, of de gegevens zijn daar verwijderd of teruggezet. Laad Leestafel opnieuw om verder te werken; tot dan wordt hier niets opgeslagen.',
  );
  await expect(storageAlert(page).getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a screen that cannot be shown says so in Dutch, with a reload and the way to a reservekopie', async ({ page }) => {
  await page.goto('./');
  await expectDatabaseWatched(page);
  // A damaged record: a vergadering whose name is not text.
  await putStored(page, 'meetings', [{ ...MEETING, name: { beschadigd: true } }]);
  await page.goto('./#/vergaderingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Er is iets misgegaan');
  await expect(page.getByRole('alert').filter({ hasText: 'onverwachte fout' })).toHaveText(
    'Dit scherm kon door een onverwachte fout niet worden getoond. Wat je eerder hebt opgeslagen, blijft bewaard. ' +
      'Laad Leestafel opnieuw; gaat het weer mis, maak dan een reservekopie en meld het probleem bij de griffie.',
  );
  await expect(page.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Reservekopie maken' })).toHaveAttribute('href', '#/reservekopie');
  const details = page.locator('details');
  await expect(details.locator('pre')).toBeHidden();
  await details.locator('summary').click();
  await expect(details.locator('pre')).toContainText(/React error #31|Objects are not valid as a React child/);
  await expectNoAxeViolations(page);

  // Another screen starts afresh.
  await page.getByRole('link', { name: 'Reservekopie maken' }).click();
  await expect(page).toHaveURL(/#\/reservekopie$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Er is iets misgegaan' })).toHaveCount(0);
});
