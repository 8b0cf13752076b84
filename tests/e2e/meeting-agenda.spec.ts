// The list the griffie receives: a vergadering whose agendapunten are made out of agenda order
// and put right with the keyboard, questions under them and without one, numbered 1…n through
// the groups in agenda order — on the screen, in the print view and in the Markdown, CSV and Word
// (list and table) exports, read back; a question of only whitespace stays out of the exports
// unless "Ook vragen zonder tekst" is ticked. And the vergadering as a workspace: the agenda beside
// the questions on a wide window, above them on a narrow one, never a horizontal scroll.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { readCsv } from '../support/csv-reader';
import { docxTables, docxText } from '../support/docx-text';
import { deleteStored, putStored, readAllStored } from '../support/stored-records';

interface StoredAgendaItem {
  id: string;
  meetingId: string;
  number: string;
  title: string;
  order: number;
}

/** Makes a vergadering through its form and adds agendapunten in the order given. */
async function meetingWithAgenda(page: Page, name: string, items: readonly [number: string, title: string][]) {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Datum').fill('2026-04-09');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const agendaForm = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  const agenda = page.getByRole('region', { name: 'Agenda' });
  for (const [number, title] of items) {
    await agendaForm.getByLabel('Nummer').fill(number);
    await agendaForm.getByLabel('Titel').fill(title);
    await agendaForm.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await expect(agenda.getByRole('listitem', { name: `${number} ${title}` })).toBeVisible();
  }
}

/** Stores questions for the vergadering straight into IndexedDB, as question-store makes them. */
async function seedQuestions(page: Page, questions: readonly [text: string, agendaNumber?: string][]) {
  const items = await readAllStored<StoredAgendaItem>(page, 'agendaItems');
  const now = Date.now();
  await putStored(
    page,
    'questions',
    questions.map(([question, agendaNumber], order) => ({
      id: `00000000-0000-4000-8000-${String(order).padStart(12, '0')}`,
      meetingId: items[0]!.meetingId,
      ...(agendaNumber ? { agendaItemId: items.find((item) => item.number === agendaNumber)!.id } : {}),
      order,
      kind: 'technische-vraag',
      question,
      toelichting: '',
      priority: 'normaal',
      status: 'concept',
      createdAt: now + order,
      updatedAt: now + order,
    })),
  );
  await page.reload();
}

async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile((await download.path())!);
}

const agendaLabels = (page: Page) => page.getByRole('region', { name: 'Agenda' }).locator('.agenda-item-label');
const groupHeadings = (page: Page) => page.getByRole('region', { name: 'Vragen' }).locator('.question-group > h3');
const questionItems = (page: Page) => page.getByRole('listitem', { name: /^Vraag \d+/ });

/**
 * "1:Welke partijen?" per question on the screen, in screen order. A question whose editor is
 * still closing has no text line yet: it reads as "?" and expect.poll asks again.
 */
async function screenQuestions(page: Page): Promise<string[]> {
  return questionItems(page).evaluateAll((items) =>
    items.map((item) => `${item.querySelector('h4')?.firstChild?.textContent?.replace('Vraag ', '') ?? '?'}:${item.querySelector('.question-text')?.textContent ?? '?'}`),
  );
}

test('questions per agendapunt in agenda order: agenda reordered by keyboard, the same numbers on screen and in every export, questions without text left out unless asked', async ({ page }) => {
  // Made out of agenda order on purpose: 7, then 3, then 5.
  await meetingWithAgenda(page, 'Raad 9 april', [
    ['7', 'Begroting 2027'],
    ['3', 'Kadernota 2022'],
    ['5', 'Sociaal domein'],
  ]);
  await seedQuestions(page, [
    ['Wat kost de begroting?', '7'],
    ['Welke partijen?', '3'],
    ['Vrije vraag?'],
    ['Hoeveel mantelzorgers?', '5'],
    ['   ', '3'],
    ['Wat is de dekking?', '3'],
    ['Nog een vrije vraag?'],
  ]);
  await expect(agendaLabels(page)).toHaveText(['7 Begroting 2027', '3 Kadernota 2022', '5 Sociaal domein']);
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 7 Begroting 2027', 'Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein', 'Zonder agendapunt']);

  // The agenda put right by keyboard: Alt+↑ on the focused agendapunt, then its "Omhoog" button.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const kadernota = agenda.getByRole('listitem', { name: '3 Kadernota 2022' });
  // The focusable row says it can be moved, and how.
  await expect(kadernota).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowUp Alt+ArrowDown');
  await expect(kadernota).toHaveAccessibleDescription('Verplaats een agendapunt met Omhoog en Omlaag, of met Alt+↑ en Alt+↓ op het agendapunt. De vragen verhuizen mee.');
  await kadernota.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agendaLabels(page)).toHaveText(['3 Kadernota 2022', '7 Begroting 2027', '5 Sociaal domein']);
  await expect(agenda.getByRole('status')).toHaveText('Agendapunt 3 Kadernota 2022 staat nu op plaats 1 van 3.');
  await expect(kadernota).toBeFocused();
  // At the top already: another Alt+↑ changes nothing.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(agendaLabels(page)).toHaveText(['3 Kadernota 2022', '7 Begroting 2027', '5 Sociaal domein']);
  await expect(agenda.getByRole('button', { name: 'Agendapunt 3 Kadernota 2022 omhoog' })).toBeDisabled();
  const sociaalUp = agenda.getByRole('button', { name: 'Agendapunt 5 Sociaal domein omhoog' });
  await sociaalUp.focus();
  await page.keyboard.press('Enter');
  await expect(agendaLabels(page)).toHaveText(['3 Kadernota 2022', '5 Sociaal domein', '7 Begroting 2027']);
  await expect(agenda.getByRole('status')).toHaveText('Agendapunt 5 Sociaal domein staat nu op plaats 2 van 3.');
  await expect(sociaalUp).toBeFocused();
  // Stored: order keys 0…2 in the new agenda order, and kept after a reload.
  const stored = await readAllStored<StoredAgendaItem>(page, 'agendaItems');
  expect(stored.sort((a, b) => a.order - b.order).map((item) => `${item.order}:${item.number}`)).toEqual(['0:3', '1:5', '2:7']);
  await page.reload();
  await expect(agendaLabels(page)).toHaveText(['3 Kadernota 2022', '5 Sociaal domein', '7 Begroting 2027']);

  // The questions follow the agenda, numbered straight through, without agendapunt last.
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein', 'Agendapunt 7 Begroting 2027', 'Zonder agendapunt']);
  expect(await screenQuestions(page)).toEqual([
    '1:Welke partijen?',
    '2:Nog geen vraag ingevuld.',
    '3:Wat is de dekking?',
    '4:Hoeveel mantelzorgers?',
    '5:Wat kost de begroting?',
    '6:Vrije vraag?',
    '7:Nog een vrije vraag?',
  ]);
  await expectNoAxeViolations(page);

  // A question moves within its agendapunt only: Alt+↑ twice brings "Wat is de dekking?" to the top of 3.
  await page.getByRole('listitem', { name: /^Vraag 3/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('listitem', { name: /^Vraag 2/ })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'is nu vraag' })).toHaveText('„Wat is de dekking?” is nu vraag 1 van 7.');
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Vraag 1 omhoog' })).toBeDisabled();
  // The last of an agendapunt cannot move down into the next one.
  await expect(page.getByRole('button', { name: 'Vraag 3 omlaag' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Vraag 6 omhoog' })).toBeDisabled();

  // Given an agendapunt, a question joins the end of that agendapunt's questions.
  await page.getByRole('button', { name: 'Vraag 6 bewerken' }).click();
  const editing = page.getByRole('listitem', { name: /^Vraag 6/ });
  await editing.getByLabel('Agendapunt').selectOption({ label: '5 Sociaal domein' });
  await editing.getByRole('button', { name: 'Opslaan' }).click();
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein', 'Agendapunt 7 Begroting 2027', 'Zonder agendapunt']);
  await expect.poll(() => screenQuestions(page)).toEqual([
    '1:Wat is de dekking?',
    '2:Welke partijen?',
    '3:Nog geen vraag ingevuld.',
    '4:Hoeveel mantelzorgers?',
    '5:Vrije vraag?',
    '6:Wat kost de begroting?',
    '7:Nog een vrije vraag?',
  ]);
  await page.reload();
  await expect.poll(() => screenQuestions(page)).toEqual([
    '1:Wat is de dekking?',
    '2:Welke partijen?',
    '3:Nog geen vraag ingevuld.',
    '4:Hoeveel mantelzorgers?',
    '5:Vrije vraag?',
    '6:Wat kost de begroting?',
    '7:Nog een vrije vraag?',
  ]);

  // The export panel leaves the question without text out, and says so.
  const panel = page.getByRole('region', { name: 'Exporteren' });
  await expect(panel.getByText('De vragen staan per agendapunt in de volgorde van de agenda, met hetzelfde nummer als op het scherm.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Vragen' }).getByText(/of kies je bij Bewerken een ander agendapunt\.$/)).toBeVisible();
  const includeEmpty = panel.getByRole('checkbox', { name: 'Ook vragen zonder tekst (1)' });
  await expect(includeEmpty).not.toBeChecked();
  await expect(panel.getByText('Eén vraag zonder tekst gaat niet mee.')).toBeVisible();
  await expectNoAxeViolations(page);

  const markdown = (await downloaded(page, 'Markdown (.md)')).toString('utf8');
  const mdHeadings = markdown.split('\n').filter((line) => /^#{2,3} /.test(line));
  expect(mdHeadings).toEqual([
    '## Agendapunt 3 Kadernota 2022',
    '### Vraag 1 – Technische vraag',
    '### Vraag 2 – Technische vraag',
    '## Agendapunt 5 Sociaal domein',
    '### Vraag 4 – Technische vraag',
    '### Vraag 5 – Technische vraag',
    '## Agendapunt 7 Begroting 2027',
    '### Vraag 6 – Technische vraag',
    '## Zonder agendapunt',
    '### Vraag 7 – Technische vraag',
  ]);
  expect(markdown).toContain('### Vraag 1 – Technische vraag\n\n**Prioriteit:** Normaal  \n**Status:** Concept\n\n**Vraag:**  \nWat is de dekking?\n');

  const csv = await downloaded(page, 'CSV (.csv)');
  const rows = readCsv(csv.toString('utf8').slice(1), ';');
  const column = (name: string) => rows[0]!.indexOf(name);
  expect(rows.slice(1).map((row) => [row[column('Nummer')], row[column('Agendapunt')], row[column('Vraag')]])).toEqual([
    ['1', '3 Kadernota 2022', 'Wat is de dekking?'],
    ['2', '3 Kadernota 2022', 'Welke partijen?'],
    ['4', '5 Sociaal domein', 'Hoeveel mantelzorgers?'],
    ['5', '5 Sociaal domein', 'Vrije vraag?'],
    ['6', '7 Begroting 2027', 'Wat kost de begroting?'],
    ['7', '', 'Nog een vrije vraag?'],
  ]);

  // Word as a list: the default layout.
  const list = docxText(new Uint8Array(await downloaded(page, 'Word (.docx)')));
  const listLines = list.split('\n').filter((line) => /^(Agendapunt |Zonder agendapunt|Vraag \d)/.test(line));
  expect(listLines).toEqual([
    'Agendapunt 3 Kadernota 2022',
    'Vraag 1 – Technische vraag',
    'Vraag 2 – Technische vraag',
    'Agendapunt 5 Sociaal domein',
    'Vraag 4 – Technische vraag',
    'Vraag 5 – Technische vraag',
    'Agendapunt 7 Begroting 2027',
    'Vraag 6 – Technische vraag',
    'Zonder agendapunt',
    'Vraag 7 – Technische vraag',
  ]);

  // Word as tables, chosen in the panel, with the question without text asked for this time.
  // What the table leaves out is said with the choice.
  await panel.getByRole('radio', { name: 'Tabel per agendapunt (liggende pagina): Nr, Vindplaats, Citaat, Vraag, Toelichting; zonder soort, gericht aan, status en antwoord' }).check();
  await includeEmpty.check();
  await expect(panel.getByText('Alle gekozen vragen gaan mee.')).toBeVisible();
  const tables = docxTables(new Uint8Array(await downloaded(page, 'Word (.docx)')));
  const header = ['Nr', 'Vindplaats', 'Citaat', 'Vraag', 'Toelichting'];
  expect(tables.map((table) => table.rows)).toEqual([
    [header, ['1', '', '', 'Wat is de dekking?', ''], ['2', '', '', 'Welke partijen?', ''], ['3', '', '', '   ', '']],
    [header, ['4', '', '', 'Hoeveel mantelzorgers?', ''], ['5', '', '', 'Vrije vraag?', '']],
    [header, ['6', '', '', 'Wat kost de begroting?', '']],
    [header, ['7', '', '', 'Nog een vrije vraag?', '']],
  ]);
  expect(tables.every((table) => table.headerRows[0] === true)).toBe(true);
  const withEmpty = (await downloaded(page, 'Markdown (.md)')).toString('utf8');
  expect(withEmpty).toContain('### Vraag 2 – Technische vraag\n\n**Prioriteit:** Normaal  \n**Status:** Concept\n\n**Vraag:**  \nWelke partijen?\n\n### Vraag 3 – Technische vraag');

  // The print view: the same groups and numbers (here without the empty question again).
  await includeEmpty.uncheck();
  await page.emulateMedia({ media: 'print' });
  const printView = page.locator('.print-view');
  await expect(printView.locator('h2')).toHaveText(['Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein', 'Agendapunt 7 Begroting 2027', 'Zonder agendapunt']);
  await expect(printView.locator('h3')).toHaveText(['1', '2', '4', '5', '6', '7'].map((n) => `Vraag ${n} – Technische vraag`));
  // An agendapunt's heading stays with its first question, never alone at the foot of a page.
  expect(await printView.locator('h2').evaluateAll((headings) => headings.map((h) => getComputedStyle(h).breakAfter))).toEqual(['avoid', 'avoid', 'avoid', 'avoid']);
  await page.emulateMedia({ media: 'screen' });
  await expectNoAxeViolations(page);
});

/** Whether the page scrolls sideways. */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

test('the vergadering as a workspace: agenda beside the questions at 1366×768, above them at 200 % zoom, no horizontal scroll, axe clean in both themes; a question dragged to another agendapunt joins it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await meetingWithAgenda(page, 'Commissie Bestuur', [
    ['4', 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën'],
    ['2', 'Programmabegroting'],
  ]);
  await seedQuestions(page, [
    ['Eenzeerlangwoordzonderspatieseenzeerlangwoordzonderspatieseenzeerlangwoordzonderspaties?', '4'],
    ['Een gewone vraag over de begroting?', '2'],
  ]);
  const agenda = page.getByRole('region', { name: 'Agenda' });
  const questions = page.getByRole('region', { name: 'Vragen' });
  await expect(questionItems(page)).toHaveCount(2);

  const wide = { agenda: (await agenda.boundingBox())!, questions: (await questions.boundingBox())! };
  expect(wide.agenda.x + wide.agenda.width).toBeLessThanOrEqual(wide.questions.x);
  expect(Math.abs(wide.agenda.y - wide.questions.y)).toBeLessThan(40);
  expect(await scrollsSideways(page)).toBe(false);
  await expectNoAxeViolations(page);

  // The keyboard goes through the agenda before the questions, as it reads.
  const agendaFirst = await page.evaluate(() => {
    const [agendaRegion, questionRegion] = ['agenda-titel', 'vragen-titel'].map((id) => document.getElementById(id)!);
    return Boolean(agendaRegion!.compareDocumentPosition(questionRegion!) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(agendaFirst).toBe(true);

  // 200 % zoom on the same screen: 683 CSS pixels wide. The agenda sits above the questions.
  await page.setViewportSize({ width: 683, height: 384 });
  const narrow = { agenda: (await agenda.boundingBox())!, questions: (await questions.boundingBox())! };
  expect(narrow.agenda.y + narrow.agenda.height).toBeLessThanOrEqual(narrow.questions.y);
  expect(await scrollsSideways(page)).toBe(false);

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await expectNoAxeViolations(page);

  // Dragged onto a question of another agendapunt, a question joins that agendapunt at that place.
  const kadernota = 'Agendapunt 4 Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën';
  await expect(groupHeadings(page)).toHaveText([kadernota, 'Agendapunt 2 Programmabegroting']);
  await page.getByRole('listitem', { name: /^Vraag 2/ }).dragTo(page.getByRole('listitem', { name: /^Vraag 1/ }));
  await expect(groupHeadings(page)).toHaveText([kadernota]);
  await expect(page.getByRole('status').filter({ hasText: 'is nu vraag' })).toHaveText(
    `„Een gewone vraag over de begroting?” is nu vraag 1 van 2, bij agendapunt ${kadernota.replace('Agendapunt ', '')}.`,
  );
  expect(await screenQuestions(page)).toEqual(['1:Een gewone vraag over de begroting?', '2:Eenzeerlangwoordzonderspatieseenzeerlangwoordzonderspatieseenzeerlangwoordzonderspaties?']);
  const [agendaItem] = (await readAllStored<StoredAgendaItem>(page, 'agendaItems')).filter((item) => item.number === '4');
  const stored = await readAllStored<{ question: string; agendaItemId?: string }>(page, 'questions');
  expect(stored.map((q) => q.agendaItemId)).toEqual([agendaItem!.id, agendaItem!.id]);
});

test('a question being edited keeps its unsaved text when its agendapunt is deleted beside it: the editor stays where it was and says the question changed', async ({ page }) => {
  await meetingWithAgenda(page, 'Raad 16 april', [
    ['3', 'Kadernota 2022'],
    ['5', 'Sociaal domein'],
  ]);
  await seedQuestions(page, [['Welke partijen?', '3'], ['Hoeveel mantelzorgers?', '5']]);
  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const editor = page.locator('form.question-editor');
  const typed = 'Welke partijen doen mee, en wat kost het de gemeente?';
  await editor.getByLabel('Vraag', { exact: true }).fill(typed);

  const agenda = page.getByRole('region', { name: 'Agenda' });
  await agenda.getByRole('button', { name: 'Agendapunt 3 Kadernota 2022 verwijderen' }).click();
  await page.getByRole('dialog', { name: 'Agendapunt 3 Kadernota 2022 verwijderen?' }).getByRole('button', { name: 'Agendapunt verwijderen' }).click();
  await expect(agendaLabels(page)).toHaveText(['5 Sociaal domein']);

  // The question lost its agendapunt, but its editor stays open in the group it was in, with the typed text.
  await expect(editor.getByRole('alert')).toHaveText('Deze vraag is intussen in een ander venster gewijzigd. Kies welke versie blijft.');
  await expect(editor.getByLabel('Vraag', { exact: true })).toHaveValue(typed);
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein']);

  // Its agendapunt gone, the editor offers none; the typed text is stored, and the question joins Zonder agendapunt.
  await expect(editor.getByLabel('Agendapunt')).toHaveValue('');
  await editor.getByRole('button', { name: 'Mijn versie houden' }).click();
  await expect(editor).toHaveCount(0);
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 5 Sociaal domein', 'Zonder agendapunt']);
  expect(await screenQuestions(page)).toEqual(['1:Hoeveel mantelzorgers?', `2:${typed}`]);
  const stored = await readAllStored<{ question: string }>(page, 'questions');
  expect(stored.map((q) => q.question).sort()).toEqual(['Hoeveel mantelzorgers?', typed]);
});

test('moves by keyboard are said and keep the focus: a question given another agendapunt in its editor; a move that fails says why', async ({ page }) => {
  await meetingWithAgenda(page, 'Raad 23 april', [
    ['3', 'Kadernota 2022'],
    ['5', 'Sociaal domein'],
  ]);
  await seedQuestions(page, [['Welke partijen?', '3'], ['Wat is de dekking?', '3'], ['Hoeveel mantelzorgers?', '5']]);

  // Bewerken → another agendapunt → Opslaan: the question is focused at its new place, its new number said.
  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const editor = page.locator('form.question-editor');
  await editor.getByLabel('Agendapunt').selectOption({ label: '5 Sociaal domein' });
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(groupHeadings(page)).toHaveText(['Agendapunt 3 Kadernota 2022', 'Agendapunt 5 Sociaal domein']);
  await expect(page.getByRole('listitem', { name: /^Vraag 3/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'is nu vraag' })).toHaveText('„Welke partijen?” is nu vraag 3 van 3, bij agendapunt 5 Sociaal domein.');
  expect(await screenQuestions(page)).toEqual(['1:Wat is de dekking?', '2:Hoeveel mantelzorgers?', '3:Welke partijen?']);

  // Deleted elsewhere without this list knowing yet: Alt+↑ on it moves nothing, and an alert says why.
  const [partijen] = (await readAllStored<{ id: string; question: string }>(page, 'questions')).filter((q) => q.question === 'Welke partijen?');
  await deleteStored(page, 'questions', partijen!.id);
  const questions = page.getByRole('region', { name: 'Vragen' });
  await page.getByRole('listitem', { name: /^Vraag 3/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(questions.getByRole('alert')).toHaveText('Niet verplaatst. Deze vraag bestaat niet meer.');
  await expect(page.getByRole('listitem', { name: /^Vraag 3/ })).toBeFocused();
});
