// Questions for a vergadering, the way a raadslid works: create a vergadering with an
// agendapunt, make questions from a selected passage and from an annotation, reorder them
// with the keyboard, export Word, Markdown and CSV and read the downloaded files back.
// Every vergadering screen is checked with axe-core.
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import { readCsv } from '../support/csv-reader';
import { docxText } from '../support/docx-text';
import { expectNoAxeViolations } from '../support/axe';
import { putStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const QUOTE = 'regelmatiger oefenen en het maken van afspraken met derde partijen';
const ANNOTATED = 'meer selfservice door de inwoner';
const SECTION_303 = '3.03 Een veilige informatievoorziening en privacybescherming';
const REFERENCE = `${DOCUMENTS.kadernota.title}, § Wat willen we bereiken? › ${SECTION_303}, alinea 2`;
const QUESTION = 'Welke "derde partijen" zijn bedoeld; en wat kost dat?\nGraag per partij.';
const TOELICHTING = 'Het gaat om € 1,2 miljoen voor Coëfficiënt-beheer.';

/** Selects `text` inside the block with `blockId`, across text nodes, as a mouse would. */
async function selectInBlock(page: Page, blockId: string, text: string) {
  await page.locator(`[data-block-id="${blockId}"]`).evaluate((block, wanted) => {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const full = nodes.map((n) => n.data).join('');
    const start = full.indexOf(wanted);
    if (start < 0) throw new Error(`not found: ${wanted}`);
    const place = (offset: number): [Text, number] => {
      let at = 0;
      for (const node of nodes) {
        if (offset <= at + node.data.length) return [node, offset - at];
        at += node.data.length;
      }
      throw new Error('offset outside block');
    };
    const range = document.createRange();
    range.setStart(...place(start));
    range.setEnd(...place(start + wanted.length));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, text);
}

/** Stores an annotation straight into IndexedDB, shaped as annotation-store's addAnnotation makes it. */
async function seedAnnotation(page: Page) {
  const annotation = await page.evaluate(
    async ({ documentId, exact }) => {
      const model = (await (await fetch(`documents/${documentId}.json`)).json()) as { version: string; blocks: { id: string; text?: string }[] };
      // The anchor text up to p-57 is not needed: the quote and its context re-anchor it.
      const paragraph = model.blocks.find((b) => b.id === 'p-57')!.text!;
      const at = paragraph.indexOf(exact);
      const annotation = {
        id: '6f1b1c52-5d2e-4b43-9d1e-7f3f0d1b2c3a',
        documentId,
        documentVersion: model.version,
        target: {
          quote: { type: 'TextQuoteSelector', exact, prefix: paragraph.slice(Math.max(0, at - 32), at), suffix: paragraph.slice(at + exact.length, at + exact.length + 32) },
          position: { type: 'TextPositionSelector', start: 0, end: 0 },
          blockId: 'p-57',
        },
        color: 'geel',
        flag: 'technische-vraag',
        note: 'Hoeveel inwoners gebruiken selfservice?',
        tags: [],
        visibility: 'prive',
        author: { naam: 'Zoë van Beëk', fractie: 'Fractie Leusden' },
        createdAt: Date.now(),
        updatedAt: Date.now(),
      };
      return annotation;
    },
    { documentId: DOCUMENTS.kadernota.id, exact: ANNOTATED },
  );
  await putStored(page, 'annotations', [annotation]);
}

async function downloaded(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await (download as Download).path();
  return { name: (download as Download).suggestedFilename(), bytes: await readFile(file) };
}

test('a vergadering with questions from passages, reordered by keyboard and exported', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'Vergaderingen en vragen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergaderingen');
  await expect(page.getByText('Er zijn nog geen vergaderingen.')).toBeVisible();
  await expectNoAxeViolations(page);

  // A vergadering with an agendapunt that links the kadernota.
  const newMeeting = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await newMeeting.getByLabel('Naam').fill('Raad – Kadernota ‘22');
  await newMeeting.getByLabel('Datum').fill('2026-03-12');
  await newMeeting.getByLabel('Soort').selectOption({ label: 'Raadsvergadering' });
  await newMeeting.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad – Kadernota ‘22');
  await expect(page.getByText('Raadsvergadering · donderdag 12 maart 2026')).toBeVisible();

  const profile = page.getByRole('form', { name: 'Je profiel' });
  await profile.getByLabel('Naam').fill('Zoë van Beëk');
  await profile.getByLabel('Fractie').fill('Fractie Leusden');
  await profile.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(page.getByText('Vragen van Zoë van Beëk (Fractie Leusden)')).toBeVisible();

  const agendaForm = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  await agendaForm.getByLabel('Nummer').fill('5a');
  await agendaForm.getByLabel('Titel').fill('Kadernota 2022');
  await agendaForm.getByLabel(DOCUMENTS.kadernota.title).check();
  await agendaForm.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByText('5a Kadernota 2022')).toBeVisible();
  await expect(agenda.getByRole('link', { name: DOCUMENTS.kadernota.title })).toBeVisible();
  await expectNoAxeViolations(page);

  // Question 1: from a passage selected in the reading view.
  await agenda.getByRole('link', { name: DOCUMENTS.kadernota.title }).click();
  await expectScreen(page, DOCUMENTS.kadernota.title);
  await selectInBlock(page, 'p-67', QUOTE);
  // "A" opens the selection's toolbar (as a mouse selection does), which holds "Vraag stellen".
  await page.keyboard.press('a');
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Vraag stellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  await expect(dialog.getByLabel('Vergadering')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Vergadering').locator('option:checked')).toHaveText('Raad – Kadernota ‘22 (donderdag 12 maart 2026)');
  await expectNoAxeViolations(page);
  await dialog.getByLabel('Vraag', { exact: true }).fill('Welke derde partijen?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  // The reader stays open; a notice names the question and links to the vergadering.
  const notice = page.getByRole('status').filter({ hasText: 'toegevoegd aan' });
  await expect(notice).toHaveText(/^Vraag 1 toegevoegd aan Raad – Kadernota ‘22/);
  await expectScreen(page, DOCUMENTS.kadernota.title);
  await notice.getByRole('link', { name: 'Naar de vergadering' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad – Kadernota ‘22');
  const first = page.getByRole('listitem', { name: /^Vraag 1/ });
  await expect(first.locator('blockquote')).toHaveText(QUOTE);
  await expect(first.getByRole('link', { name: REFERENCE })).toHaveAttribute('href', `#/doc/${DOCUMENTS.kadernota.id}/p-67`);
  // Under the heading of its agendapunt, which its own line does not repeat.
  const kadernotaGroup = page.locator('.question-group').filter({ has: page.getByRole('heading', { name: 'Agendapunt 5a Kadernota 2022', exact: true }) });
  await expect(kadernotaGroup.getByRole('listitem', { name: /^Vraag 1/ })).toBeVisible();
  await expect(first.locator('.question-meta')).not.toContainText('Agendapunt');

  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  await first.getByLabel('Vraag', { exact: true }).fill(QUESTION);
  await first.getByLabel('Toelichting').fill(TOELICHTING);
  await first.getByLabel('Prioriteit').selectOption({ label: 'Hoog' });
  await first.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first.locator('.question-text')).toHaveText(QUESTION);

  // Question 2: from an annotation (a highlighted passage), through the vergadering screen.
  await seedAnnotation(page);
  await page.reload();
  const fromAnnotation = page.getByRole('form', { name: 'Vraag maken van een aantekening' });
  await expect(fromAnnotation.getByLabel('Aantekening')).toContainText(ANNOTATED);
  await fromAnnotation.getByRole('button', { name: 'Vraag maken van aantekening' }).click();
  const second = page.getByRole('listitem', { name: /^Vraag 2/ });
  await expect(second.locator('blockquote')).toHaveText(ANNOTATED);
  await expect(second.locator('.question-text')).toHaveText('Hoeveel inwoners gebruiken selfservice?');
  await expect(kadernotaGroup.getByRole('listitem', { name: /^Vraag 2/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Reorder with the keyboard: Alt+↑ on the focused question, then the "Omlaag" button.
  await second.focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'is nu vraag' })).toHaveText('„Hoeveel inwoners gebruiken selfservice?” is nu vraag 1 van 2.');
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('blockquote')).toHaveText(ANNOTATED);
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ })).toBeFocused();
  await page.getByRole('button', { name: 'Vraag 2 omhoog' }).press('Enter');
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('blockquote')).toHaveText(QUOTE);
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByRole('listitem', { name: /^Vraag 2/ }).locator('blockquote')).toHaveText(QUOTE);
  await page.getByRole('button', { name: 'Vraag 2 omhoog' }).click();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('blockquote')).toHaveText(QUOTE);
  // The order survives a reload.
  await page.reload();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('blockquote')).toHaveText(QUOTE);
  await expect(page.getByRole('listitem', { name: /^Vraag 2/ }).locator('blockquote')).toHaveText(ANNOTATED);

  // Word.
  const docx = await downloaded(page, 'Word (.docx)');
  expect(docx.name).toBe('vragen-raad-kadernota-22-2026-03-12.docx');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText('Opgeslagen: vragen-raad-kadernota-22-2026-03-12.docx');
  const word = docxText(new Uint8Array(docx.bytes));
  expect(word).toContain('Fractie: Fractie Leusden\nRaadslid: Zoë van Beëk\nVergadering: Raad – Kadernota ‘22 (Raadsvergadering)\nDatum: donderdag 12 maart 2026\n');
  expect(word).toContain(`Agendapunt 5a Kadernota 2022\nVraag 1 – Technische vraag\nBron: ${REFERENCE}\n`);
  expect(word).toContain(`“${QUOTE}”\n`);
  expect(word).toContain(`Vraag\n${QUESTION}\n`);
  expect(word).toContain(`Toelichting\n${TOELICHTING}\n`);
  expect(word).toContain('Vraag 2 – Technische vraag\n');

  // Markdown.
  const markdown = await downloaded(page, 'Markdown (.md)');
  expect(markdown.name).toBe('vragen-raad-kadernota-22-2026-03-12.md');
  const md = markdown.bytes.toString('utf8');
  expect(md).toContain('# Vragen – Raad – Kadernota ‘22\n');
  expect(md).toContain(`## Agendapunt 5a Kadernota 2022\n\n### Vraag 1 – Technische vraag\n\n**Bron:** ${REFERENCE}`);
  expect(md).toContain(`> ${QUOTE}\n\n**Vraag:**  \n${QUESTION.replace('\n', '  \n')}`);
  expect(md).toContain(`### Vraag 2 – Technische vraag`);

  // CSV, read back as a spreadsheet does.
  const csv = await downloaded(page, 'CSV (.csv)');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = readCsv(csv.bytes.toString('utf8').slice(1), ';');
  const header = rows[0]!;
  const records = rows.slice(1).map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  expect(records.map((r) => [r.Nummer, r.Citaat, r.Agendapunt])).toEqual([
    ['1', QUOTE, '5a Kadernota 2022'],
    ['2', ANNOTATED, '5a Kadernota 2022'],
  ]);
  expect(records[0]).toMatchObject({ Vraag: QUESTION, Toelichting: TOELICHTING, Onderdeel: `Wat willen we bereiken? › ${SECTION_303}`, Alinea: '2', Prioriteit: 'Hoog', Raadslid: 'Zoë van Beëk' });

  // A selection: only question 2, with its own number.
  await page.getByRole('checkbox', { name: 'Selecteren vraag 2' }).check();
  await page.getByRole('radio', { name: 'Geselecteerde vragen (1)' }).check();
  const selection = await downloaded(page, 'Markdown (.md)');
  const selected = selection.bytes.toString('utf8');
  expect(selected).toContain('### Vraag 2 – Technische vraag');
  expect(selected).not.toContain('## Vraag 1');
  await expectNoAxeViolations(page);

  // Printed (and so saved as PDF from the print dialog): only the print view of the chosen questions.
  await page.emulateMedia({ media: 'print' });
  const printView = page.locator('.print-view');
  await expect(printView).toBeVisible();
  await expect(page.getByRole('button', { name: 'Afdrukken of PDF' })).toBeHidden();
  await expect(printView).toContainText('Datumdonderdag 12 maart 2026');
  await expect(printView.locator('h3')).toHaveText(['Vraag 2 – Technische vraag']);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('radio', { name: 'Alle vragen (2)' }).check();
  await page.emulateMedia({ media: 'print' });
  await expect(printView.locator('h3')).toHaveText(['Vraag 1 – Technische vraag', 'Vraag 2 – Technische vraag']);
  await expect(printView.locator('blockquote').first()).toHaveText(`“${QUOTE}”`);
});

test('free questions in the dark theme: no axe violations, dragging, undoable delete, vergadering changed and deleted', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/vergaderingen');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergaderingen');
  await expectNoAxeViolations(page);
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill('Commissie Bestuur');
  await form.getByLabel('Datum').fill('2026-02-26');
  await form.getByLabel('Soort').selectOption('commissie');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commissie Bestuur');
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  const newQuestion = page.getByRole('dialog', { name: 'Nieuwe vraag' });
  await expect(newQuestion.getByLabel('Soort vraag')).toBeVisible();
  await expectNoAxeViolations(page);
  await newQuestion.getByLabel('Vraag', { exact: true }).fill('Eerste vraag');
  await newQuestion.getByRole('button', { name: 'Opslaan' }).click();
  const first = page.getByRole('listitem', { name: /^Vraag 1/ });
  await expect(first.locator('.question-text')).toHaveText('Eerste vraag');
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  await newQuestion.getByLabel('Vraag', { exact: true }).fill('Tweede vraag');
  await newQuestion.getByRole('button', { name: 'Opslaan' }).click();
  const second = page.getByRole('listitem', { name: /^Vraag 2/ });
  await expect(second.locator('.question-text')).toHaveText('Tweede vraag');

  // Reorder by dragging: the second question dropped on the first takes its place.
  await second.dragTo(first);
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('Tweede vraag');
  await expect(page.getByRole('listitem', { name: /^Vraag 2/ }).locator('.question-text')).toHaveText('Eerste vraag');
  await expect(page.getByRole('status').filter({ hasText: 'is nu vraag' })).toHaveText('„Tweede vraag” is nu vraag 1 van 2.');

  // Deleting a question can be undone; it comes back at its place.
  await page.getByRole('button', { name: 'Vraag 1 verwijderen' }).click();
  await expect(page.getByRole('listitem', { name: /^Vraag/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Verwijderen ongedaan maken' }).click();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('Tweede vraag');

  // The vergadering itself: renamed, then deleted after a confirmation.
  await page.getByRole('button', { name: 'Vergadering wijzigen' }).click();
  const edit = page.getByRole('form', { name: 'Vergadering wijzigen' });
  await edit.getByLabel('Naam').fill('Commissie Bestuur en Middelen');
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commissie Bestuur en Middelen');
  await page.getByRole('button', { name: 'Vergadering verwijderen' }).click();
  await expect(page.getByRole('group', { name: 'Vergadering verwijderen' })).toContainText('Alle 2 vragen gaan ook weg.');
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergaderingen');
  await expect(page.getByText('Er zijn nog geen vergaderingen.')).toBeVisible();
});

test('Ctrl+Z on the vergadering brings the last deleted question back, but undoes typing in a text field; "?" lists the shortcuts', async ({ page }) => {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill('Raad – Begroting 2026');
  await form.getByLabel('Datum').fill('2026-11-06');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad – Begroting 2026');
  for (const [number, text] of [[1, 'Eerste vraag'], [2, 'Tweede vraag']] as const) {
    await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe vraag' });
    await dialog.getByLabel('Vraag', { exact: true }).fill(text);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const item = page.getByRole('listitem', { name: new RegExp(`^Vraag ${number}`) });
    await expect(item.locator('.question-text')).toHaveText(text);
  }
  const questions = page.getByRole('listitem', { name: /^Vraag/ });
  const texts = questions.locator('.question-text');

  // Deleted by keyboard, back with Ctrl+Z at its place, with the focus on it.
  await page.getByRole('button', { name: 'Vraag 1 verwijderen' }).press('Enter');
  await expect(texts).toHaveText(['Tweede vraag']);
  const undoButton = page.getByRole('button', { name: 'Verwijderen ongedaan maken' });
  await expect(undoButton).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Control+z');
  await expect(texts).toHaveText(['Eerste vraag', 'Tweede vraag']);
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'teruggezet' })).toHaveText('Vraag teruggezet: „Eerste vraag”.');
  await expect(undoButton).toHaveCount(0);

  // "?" lists this screen's shortcuts; Escape closes the list and the focus is back on the question.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('term')).toHaveText(['Alt+↑ / Alt+↓', 'Ctrl+Z', 'Ctrl+K', 'Esc', '?']);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ })).toBeFocused();
  // Nothing left to undo: a second Ctrl+Z changes nothing.
  await page.keyboard.press('Control+z');
  await expect(texts).toHaveText(['Eerste vraag', 'Tweede vraag']);

  // In a text field Ctrl+Z is the field's own undo; the deleted question stays deleted.
  await page.getByRole('button', { name: 'Vraag 2 verwijderen' }).press('Enter');
  await expect(texts).toHaveText(['Eerste vraag']);
  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).press('Enter');
  const field = page.getByRole('listitem', { name: /^Vraag 1/ }).getByLabel('Vraag', { exact: true });
  await field.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' en de dekking?');
  await expect(field).toHaveValue('Eerste vraag en de dekking?');
  await page.keyboard.press('Control+z');
  // The browser undoes (part of) the typing, which it would not if the app took the key.
  await expect(field).not.toHaveValue('Eerste vraag en de dekking?');
  await expect(field).toHaveValue(/^Eerste vraag/);
  await expect(questions).toHaveCount(1);
  await expect(undoButton).toBeVisible();
  await page.getByRole('button', { name: 'Annuleren' }).press('Enter');

  // Outside the field it undoes the deletion again.
  await page.getByRole('button', { name: 'Nieuwe vraag' }).focus();
  await page.keyboard.press('Control+z');
  await expect(texts).toHaveText(['Eerste vraag', 'Tweede vraag']);
  await page.reload();
  await expect(texts).toHaveText(['Eerste vraag', 'Tweede vraag']);
});

test('a form sent twice in a row (double Enter, double click) stores one vergadering and one agendapunt', async ({ page }) => {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill('Raad 12 maart');
  await form.getByLabel('Datum').fill('2026-03-12');
  // Both submissions reach the form before the first has been stored.
  await form.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad 12 maart');

  const agendaForm = page.getByRole('form', { name: 'Agendapunt toevoegen' });
  await agendaForm.getByLabel('Nummer').fill('7');
  await agendaForm.getByLabel('Titel').fill('Begroting 2027');
  await agendaForm.evaluate((element: HTMLFormElement) => {
    element.requestSubmit();
    element.requestSubmit();
  });
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByText('7 Begroting 2027')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Agenda' }).getByText('7 Begroting 2027')).toHaveCount(1);
  await page.goto('./#/vergaderingen');
  await expect(page.getByRole('link', { name: /Raad 12 maart/ })).toHaveCount(1);
});
