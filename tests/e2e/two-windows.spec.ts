// Two windows, one item: two pages of one browser context share the app's IndexedDB, like two
// windows or tabs of Leestafel. An editor open in window A notices a change or delete made in
// window B, offers the choice (keep mine, take the other, see both, keep the text), and a save
// never overwrites the other window's newer version silently. Checked on screen and in storage.
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import type { Annotation } from '../../renderer/model/annotation';
import type { Meeting, Question } from '../../renderer/model/question';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored, readStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

// Two windows each load the reader (and axe runs over a whole document): more than one window's time.
test.describe.configure({ timeout: 90_000 });

const beleidskader = JSON.parse(
  readFileSync(path.join(__dirname, '../../renderer/public/documents', `${DOCUMENTS.beleidskader.id}.json`), 'utf8'),
) as DocumentModel;

// Noon UTC, so the date is the same in every time zone.
const day = (date: number) => Date.UTC(2026, 2, date, 12, 0);
const VITAAL = 'kunnen inwoners een vitaal leven opbouwen';

const annotation: Annotation = (() => {
  const anchorText = buildAnchorText(beleidskader);
  const start = anchorText.text.indexOf(VITAAL);
  return {
    id: '00000000-0000-4000-8000-0000000000a1',
    documentId: beleidskader.id,
    documentVersion: beleidskader.version,
    target: describeRange(anchorText.text, start, start + VITAAL.length, blockAt(anchorText, start)?.id),
    color: 'geel',
    flag: 'technische-vraag',
    note: 'Wat kost dit per jaar?',
    tags: ['preventie'],
    visibility: 'prive',
    author: { naam: 'Anna de Vries', fractie: 'CDA' },
    createdAt: day(1),
    updatedAt: day(10),
  };
})();

const meeting: Meeting = { id: '00000000-0000-4000-8000-0000000000b1', name: 'Commissie Samenleving', date: '2026-03-19', kind: 'commissie', createdAt: day(2), updatedAt: day(2) };
const question: Question = {
  id: '00000000-0000-4000-8000-0000000000c1',
  meetingId: meeting.id,
  order: 0,
  kind: 'technische-vraag',
  question: 'Hoeveel inwoners bereikt het preventieprogramma?',
  toelichting: '',
  priority: 'normaal',
  status: 'concept',
  createdAt: day(3),
  updatedAt: day(3),
};

const storedNote = async (page: Page) => ((await readStored(page, 'annotations', annotation.id)) as Annotation | null)?.note;
const storedQuestion = async (page: Page) => (await readStored(page, 'questions', question.id)) as Question | null;

/** Window A and window B of one browser (one origin, one IndexedDB), both on the beleidskader with the annotation stored. */
async function twoWindowsOnTheDocument(context: BrowserContext, page: Page): Promise<[Page, Page]> {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await putStored(page, 'annotations', [annotation]);
  await page.reload();
  const other = await context.newPage();
  await other.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  for (const window of [page, other]) await expectScreen(window, DOCUMENTS.beleidskader.title);
  return [page, other];
}

/** Opens the annotation's editor from its margin marker. */
async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Technische vraag' }).click();
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor).toBeVisible();
  return editor;
}

/** Changes the note in window B's editor and saves it there. */
async function saveNoteIn(page: Page, note: string): Promise<void> {
  const editor = await openEditor(page);
  await editor.getByLabel('Notitie').fill(note);
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
}

const CHANGED = 'Deze aantekening is intussen in een ander venster gewijzigd. Kies welke versie blijft.';

test('an annotation changed in another window: the editor says so, shows both, and keeps mine when asked', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheDocument(context, page);
  const editor = await openEditor(a);
  await editor.getByLabel('Notitie').fill('Versie van venster A');

  await saveNoteIn(b, 'Versie van venster B');
  await expect.poll(() => storedNote(a)).toBe('Versie van venster B');

  const notice = editor.getByRole('group', { name: CHANGED });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('alert')).toHaveText(CHANGED);
  await expect(notice).toBeFocused();
  // Nothing of A's typing is lost while the notice is shown.
  await expect(editor.getByLabel('Notitie')).toHaveValue('Versie van venster A');

  const both = notice.getByRole('button', { name: 'Beide bekijken' });
  await expect(both).toHaveAttribute('aria-expanded', 'false');
  await both.press('Enter');
  await expect(both).toHaveAttribute('aria-expanded', 'true');
  const comparison = notice.locator('dl');
  await expect(comparison.locator('dt')).toHaveText(['Notitie']);
  await expect(comparison.locator('dd')).toHaveText(['Jouw versie: Versie van venster A', 'De andere versie: Versie van venster B']);
  await expectNoAxeViolations(a);

  await notice.getByRole('button', { name: 'Mijn versie houden' }).click();
  await expect(editor).toBeHidden();
  await expect.poll(() => storedNote(a)).toBe('Versie van venster A');
  // Window B sees A's version too (its own live query).
  await expect((await openEditor(b)).getByLabel('Notitie')).toHaveValue('Versie van venster A');
});

test('an annotation changed in another window: taking the other version loads it into the form', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheDocument(context, page);
  const editor = await openEditor(a);
  await editor.getByLabel('Notitie').fill('Versie van venster A');
  await saveNoteIn(b, 'Versie van venster B');

  const notice = editor.getByRole('group', { name: CHANGED });
  await notice.getByRole('button', { name: 'De andere versie nemen' }).click();
  await expect(notice).toBeHidden();
  await expect(editor.getByLabel('Notitie')).toHaveValue('Versie van venster B');
  await expect(editor.getByRole('button', { name: 'Markeren: geel' })).toBeFocused();
  expect(await storedNote(a)).toBe('Versie van venster B');

  // From the other version on, A's save is an ordinary save.
  await editor.getByLabel('Labels').fill('preventie, jeugd');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
  await expect.poll(async () => (await readStored(a, 'annotations', annotation.id)) as Annotation).toMatchObject({ note: 'Versie van venster B', tags: ['preventie', 'jeugd'] });
});

test('a save that has not heard of the other window’s save yet is refused, not written over it', async ({ page }) => {
  await page.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  await putStored(page, 'annotations', [annotation]);
  await page.reload();
  const editor = await openEditor(page);
  await editor.getByLabel('Notitie').fill('Versie van venster A');
  // The other version is written straight into IndexedDB, past the app, so no live query tells
  // the editor: only the check inside the save's own transaction can catch it (as in a race).
  const newer = { ...annotation, note: 'Versie van venster B', updatedAt: day(11) };
  await putStored(page, 'annotations', [newer]);
  await expect(editor.getByRole('group', { name: CHANGED })).toBeHidden();

  await editor.getByRole('button', { name: 'Opslaan' }).click();
  const notice = editor.getByRole('group', { name: CHANGED });
  await expect(notice).toBeFocused();
  await expect(editor.getByLabel('Notitie')).toHaveValue('Versie van venster A');
  expect(await readStored(page, 'annotations', annotation.id)).toEqual(newer);
  await notice.getByRole('button', { name: 'Beide bekijken' }).click();
  await expect(notice.locator('dd')).toHaveText(['Jouw versie: Versie van venster A', 'De andere versie: Versie van venster B']);
});

test('an annotation deleted in another window: the editor says so and Tekst bewaren brings it back with my text', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheDocument(context, page);
  const editor = await openEditor(a);
  await editor.getByLabel('Notitie').fill('Mijn notitie, nog niet bewaard');

  await (await openEditor(b)).getByRole('button', { name: 'Verwijderen' }).click();
  await expect.poll(() => readAllStored(a, 'annotations')).toEqual([]);

  const message = 'Deze aantekening is in een ander venster verwijderd. Met Tekst bewaren zet je haar terug met jouw tekst.';
  const notice = editor.getByRole('group', { name: message });
  await expect(notice).toBeFocused();
  await expect(editor.getByLabel('Notitie')).toHaveValue('Mijn notitie, nog niet bewaard');
  await expectNoAxeViolations(a);

  // Nothing left to make a question of or to delete: those actions go with the annotation.
  await expect(editor.getByRole('button', { name: 'Vraag maken' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Tekst bewaren' }).click();
  await expect(editor).toBeHidden();
  const stored = (await readStored(a, 'annotations', annotation.id)) as Annotation;
  expect(stored).toMatchObject({ ...annotation, note: 'Mijn notitie, nog niet bewaard', updatedAt: stored.updatedAt });
  // Back in the text (window A and B), and not also still in the Prullenbak.
  expect(await readAllStored(a, 'trash')).toEqual([]);
  for (const window of [a, b]) await expect(window.getByRole('button', { name: 'Technische vraag' })).toBeVisible();
});

const DELETED_ANNOTATION = 'Deze aantekening is in een ander venster verwijderd. Met Tekst bewaren zet je haar terug met jouw tekst.';

test('an annotation being edited in the panel stays when another window deletes it, and Tekst bewaren brings it back', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheDocument(context, page);
  await a.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  const panel = a.getByRole('complementary', { name: 'Aantekeningen' });
  const entry = panel.getByRole('listitem').filter({ hasText: VITAAL });
  await entry.getByRole('button', { name: 'Bewerken' }).click();
  await entry.getByRole('textbox', { name: 'Notitie' }).fill('Mijn notitie uit het paneel');

  await (await openEditor(b)).getByRole('button', { name: 'Verwijderen' }).click();
  await expect.poll(() => readAllStored(a, 'annotations')).toEqual([]);
  await expect(a.getByRole('button', { name: 'Technische vraag', exact: true })).toHaveCount(0);

  // The entry and its unsaved text are still there, with the notice.
  const notice = entry.getByRole('group', { name: DELETED_ANNOTATION });
  await expect(notice).toBeFocused();
  await expect(entry.getByRole('textbox', { name: 'Notitie' })).toHaveValue('Mijn notitie uit het paneel');
  await expectNoAxeViolations(a);

  await notice.getByRole('button', { name: 'Tekst bewaren' }).click();
  await expect(entry.getByRole('button', { name: 'Bewerken' })).toBeFocused();
  await expect(entry).toContainText('Mijn notitie uit het paneel');
  await expect(entry.getByRole('group')).toHaveCount(0);
  const stored = (await readStored(a, 'annotations', annotation.id)) as Annotation;
  expect(stored).toMatchObject({ ...annotation, note: 'Mijn notitie uit het paneel', updatedAt: stored.updatedAt });
  expect(await readAllStored(a, 'trash')).toEqual([]);
  await expect(b.getByRole('button', { name: 'Technische vraag' })).toBeVisible();
});

test('an annotation being edited in the panel and cancelled after a delete elsewhere leaves the list', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheDocument(context, page);
  await a.getByRole('button', { name: 'Aantekeningen', exact: true }).click();
  const panel = a.getByRole('complementary', { name: 'Aantekeningen' });
  await panel.getByRole('listitem').filter({ hasText: VITAAL }).getByRole('button', { name: 'Bewerken' }).click();
  await (await openEditor(b)).getByRole('button', { name: 'Verwijderen' }).click();
  await expect(panel.getByRole('group', { name: DELETED_ANNOTATION })).toBeFocused();

  await panel.getByRole('button', { name: 'Annuleren' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await expect(panel.getByText('Nog geen aantekeningen.')).toBeVisible();
  expect(await readAllStored(a, 'annotations')).toEqual([]);
  expect(await readAllStored(a, 'trash')).toHaveLength(1);
});

async function twoWindowsOnTheMeeting(context: BrowserContext, page: Page): Promise<[Page, Page]> {
  await page.goto('./#/vergaderingen');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putStored(page, 'meetings', [meeting]);
  await putStored(page, 'questions', [question]);
  const [a, b] = [page, await context.newPage()];
  for (const window of [a, b]) {
    await window.goto(`./#/vergadering/${meeting.id}`);
    await expect(window.getByRole('heading', { level: 1 })).toHaveText(meeting.name);
  }
  return [a, b];
}

test('a question being edited stays when another window deletes it, and Tekst bewaren brings it back with my text', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheMeeting(context, page);
  await a.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const form = a.getByRole('listitem', { name: /^Vraag 1/ });
  await form.getByLabel('Vraag', { exact: true }).fill('Mijn vraag, nog niet bewaard');
  await form.getByLabel('Toelichting').fill('Mijn toelichting');

  await b.getByRole('button', { name: 'Vraag 1 verwijderen' }).click();
  await expect(b.getByText('Nog geen vragen bij deze vergadering.')).toBeVisible();
  await expect.poll(() => readAllStored(a, 'questions')).toEqual([]);

  // Still on screen in window A, with the text being edited and the notice; no number, no list controls.
  const kept = a.getByRole('listitem', { name: /^Verwijderde vraag/ });
  const message = 'Deze vraag is in een ander venster verwijderd. Met Tekst bewaren zet je haar terug met jouw tekst.';
  const notice = kept.getByRole('group', { name: message });
  await expect(notice).toBeFocused();
  await expect(kept.getByLabel('Vraag', { exact: true })).toHaveValue('Mijn vraag, nog niet bewaard');
  await expect(kept.getByLabel('Toelichting')).toHaveValue('Mijn toelichting');
  await expect(kept.getByRole('button', { name: /verwijderen$/ })).toHaveCount(0);
  await expect(a.getByText('Nog geen vragen bij deze vergadering.')).toHaveCount(0);
  await expectNoAxeViolations(a);

  await notice.getByRole('button', { name: 'Tekst bewaren' }).click();
  for (const window of [a, b]) {
    await expect(window.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text').first()).toHaveText('Mijn vraag, nog niet bewaard');
  }
  await expect(a.getByRole('group', { name: /in een ander venster/ })).toHaveCount(0);
  const stored = await storedQuestion(a);
  expect(stored).toEqual({ ...question, question: 'Mijn vraag, nog niet bewaard', toelichting: 'Mijn toelichting', updatedAt: stored!.updatedAt });
  expect(stored!.updatedAt).toBeGreaterThan(question.updatedAt);
  expect(await readAllStored(a, 'trash')).toEqual([]);
});

test('a question changed in another window: take the other version, then keep mine after a refused save', async ({ context, page }) => {
  const [a, b] = await twoWindowsOnTheMeeting(context, page);
  const itemIn = (window: Page) => window.getByRole('listitem', { name: /^Vraag 1/ });
  async function saveQuestionIn(window: Page, text: string) {
    await window.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
    await itemIn(window).getByLabel('Vraag', { exact: true }).fill(text);
    await itemIn(window).getByRole('button', { name: 'Opslaan' }).click();
    await expect(itemIn(window).locator('.question-text')).toHaveText(text);
  }

  await a.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const form = itemIn(a);
  await form.getByLabel('Vraag', { exact: true }).fill('Vraag uit venster A');
  await saveQuestionIn(b, 'Vraag uit venster B');

  const changed = 'Deze vraag is intussen in een ander venster gewijzigd. Kies welke versie blijft.';
  const notice = form.getByRole('group', { name: changed });
  await expect(notice).toBeFocused();
  await notice.getByRole('button', { name: 'Beide bekijken' }).click();
  await expect(notice.locator('dd')).toHaveText(['Jouw versie: Vraag uit venster A', 'De andere versie: Vraag uit venster B']);
  await expectNoAxeViolations(a);
  await notice.getByRole('button', { name: 'De andere versie nemen' }).click();
  await expect(form.getByLabel('Vraag', { exact: true })).toHaveValue('Vraag uit venster B');
  await expect(form.getByLabel('Soort vraag')).toBeFocused();
  expect((await storedQuestion(a))?.question).toBe('Vraag uit venster B');

  // B saves again; A saves at once: refused, then kept knowingly.
  await form.getByLabel('Toelichting').fill('Toelichting uit venster A');
  await saveQuestionIn(b, 'Tweede vraag uit venster B');
  await form.getByRole('button', { name: 'Opslaan' }).click();
  await expect(form.getByRole('group', { name: changed })).toBeVisible();
  expect(await storedQuestion(a)).toMatchObject({ question: 'Tweede vraag uit venster B', toelichting: '' });

  await form.getByRole('button', { name: 'Mijn versie houden' }).click();
  await expect(form.locator('.question-text')).toHaveText('Vraag uit venster B');
  expect(await storedQuestion(a)).toMatchObject({ question: 'Vraag uit venster B', toelichting: 'Toelichting uit venster A' });
  await expect(itemIn(b).locator('.question-text')).toHaveText('Vraag uit venster B');
});
