// No empty question can be stored, by any way a raadslid makes one: "Nieuwe vraag" on the
// vergadering stores nothing until "Opslaan" (Annuleren leaves nothing; Escape with typed text
// asks first, and "Verder schrijven" keeps the text), "Vraag
// stellen" on a selection asks the text below the quote and vindplaats, "Vraag maken" from an
// annotation without note asks it too, and an existing question cannot be emptied. A text of
// only spaces is refused with a message beside the field and the focus back in it; each time
// IndexedDB is read to see that nothing was stored. Axe-clean with the message shown.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../renderer/model/question';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored } from '../support/stored-records';
import { answerProfile, highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const BELEIDSKADER = DOCUMENTS.beleidskader;
const PHRASE = 'verbondenheid en gezamenlijkheid';
const REFUSED = 'Vul de vraag in. Een vraag zonder tekst wordt niet bewaard.';

const storedQuestions = (page: Page) => readAllStored<Question>(page, 'questions');

async function createMeeting(page: Page, name: string): Promise<void> {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Datum').fill('2099-03-24');
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The message is shown beside the field, describes it, and the focus is back in the field. */
async function expectRefused(field: Locator): Promise<void> {
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-required', 'true');
  const describedBy = await field.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  const message = field.page().locator(`[id="${describedBy}"]`);
  await expect(message).toBeVisible();
  await expect(message).toHaveText(REFUSED);
}

test('"Nieuwe vraag" stores nothing until saved: Annuleren leaves nothing, Escape asks before dropping typed text, spaces are refused', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  const newButton = page.getByRole('button', { name: 'Nieuwe vraag' });
  const dialog = page.getByRole('dialog', { name: 'Nieuwe vraag' });
  const field = dialog.getByLabel('Vraag', { exact: true });

  // Opened and cancelled with the button: no question, in the list or in the database.
  await newButton.click();
  await expect(field).toBeFocused();
  await expect.poll(() => storedQuestions(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(newButton).toBeFocused();
  await expect(page.getByText('Nog geen vragen bij deze vergadering.')).toBeVisible();

  // Opened by keyboard, something typed, then Escape: the dialog asks first and keeps the text.
  await newButton.press('Enter');
  await page.keyboard.type('Half getypte vraag');
  await page.keyboard.press('Escape');
  const ask = dialog.getByRole('group', { name: /^Vraag niet opslaan\?/ });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Verder schrijven' })).toBeFocused();
  await expectNoAxeViolations(page);
  // A second Escape is "Verder schrijven" too: back in the field, the text intact.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('Half getypte vraag');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Verder schrijven' }).click();
  await expect(field).toHaveValue('Half getypte vraag');
  // Only "Niet opslaan" drops it: nothing stored.
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Niet opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(newButton).toBeFocused();
  expect(await storedQuestions(page)).toEqual([]);

  // Nothing typed: Escape closes at once.
  await newButton.press('Enter');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(newButton).toBeFocused();

  // Only spaces: refused beside the field, nothing stored, the dialog stays.
  await newButton.press('Enter');
  await page.keyboard.type('   ');
  await dialog.getByLabel('Toelichting (optioneel)').fill('Een toelichting zonder vraag');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expectRefused(field);
  await expect(dialog.getByLabel('Toelichting (optioneel)')).toHaveValue('Een toelichting zonder vraag');
  await expectNoAxeViolations(page);
  expect(await storedQuestions(page)).toEqual([]);

  // With text it is stored, once, and the message is gone.
  await page.keyboard.type('Hoeveel mantelzorgers zijn er?');
  await expect(field).not.toHaveAttribute('aria-invalid');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // The new question has the focus, and a live region says which it became.
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toHaveText('Vraag 1 toegevoegd: „Hoeveel mantelzorgers zijn er?”.');
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('   Hoeveel mantelzorgers zijn er?');
  await expect.poll(async () => (await storedQuestions(page)).map((q) => [q.question.trim(), q.toelichting])).toEqual([
    ['Hoeveel mantelzorgers zijn er?', 'Een toelichting zonder vraag'],
  ]);
});

test('an existing question cannot be emptied: the editor refuses spaces and the stored text stays', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  await page.getByRole('button', { name: 'Nieuwe vraag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe vraag' });
  await dialog.getByLabel('Vraag', { exact: true }).fill('Wat kost het?');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  const item = page.getByRole('listitem', { name: /^Vraag 1/ });
  await expect(item.locator('.question-text')).toHaveText('Wat kost het?');

  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const field = item.getByLabel('Vraag', { exact: true });
  await field.fill(' \n  ');
  await item.getByRole('button', { name: 'Opslaan' }).click();
  await expectRefused(field);
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('Wat kost het?');
  expect((await storedQuestions(page)).map((q) => q.question)).toEqual(['Wat kost het?']);
});

test('"Vraag stellen" on a selection asks the question below the quote and vindplaats; blank is refused, Escape stores nothing', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
  await selectWithMouse(page, 'p-3', PHRASE);
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  const ask = toolbar.getByRole('button', { name: 'Vraag stellen' });
  await ask.click();

  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  await expect(dialog.locator('blockquote')).toHaveText(PHRASE);
  await expect(dialog.locator('figcaption')).toHaveText(new RegExp(`^Vindplaats: ${BELEIDSKADER.title}, .*alinea \\d+$`));
  const field = dialog.getByLabel('Vraag', { exact: true });
  await expect(field).toBeFocused();
  await expect.poll(() => storedQuestions(page)).toEqual([]);

  // Escape: the dialog goes, nothing is stored, the toolbar is still there with the focus back.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ask).toBeFocused();
  expect(await storedQuestions(page)).toEqual([]);

  await ask.press('Enter');
  await page.keyboard.type('  ');
  await page.keyboard.press('Enter'); // a new line in the field, still blank
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  await expectRefused(field);
  await expectNoAxeViolations(page);
  expect(await storedQuestions(page)).toEqual([]);

  // A typed question survives an Escape: the dialog asks, "Verder schrijven" keeps it.
  await field.fill('Wat verstaat het college onder gezamenlijkheid?');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: 'Verder schrijven' }).click();
  await expect(dialog).toBeVisible();
  await expect(field).toHaveValue('Wat verstaat het college onder gezamenlijkheid?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'toegevoegd aan' })).toHaveText(/^Vraag 1 toegevoegd aan Raad Sociaal Domein/);
  await expect.poll(async () => (await storedQuestions(page)).map((q) => [q.question, q.reference?.quote])).toEqual([
    ['Wat verstaat het college onder gezamenlijkheid?', PHRASE],
  ]);
});

test('"Vraag maken" from an annotation without a note asks the text; with a note it starts from the note', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
  await selectWithMouse(page, 'p-3', PHRASE);
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);

  await page.getByRole('button', { name: 'Markering geel' }).click();
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await editor.getByRole('button', { name: 'Vraag maken' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  await expect(dialog.locator('blockquote')).toHaveText(PHRASE);
  const field = dialog.getByLabel('Vraag', { exact: true });
  await expect(field).toHaveValue('');
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  await expectRefused(field);
  expect(await storedQuestions(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(dialog).toBeHidden();
  expect(await storedQuestions(page)).toEqual([]);

  // On the vergadering: the form for a question from an annotation asks the text as well.
  await page.goto('./#/vergaderingen');
  await page.getByRole('link', { name: /Raad Sociaal Domein/ }).click();
  const form = page.getByRole('form', { name: 'Vraag maken van een aantekening' });
  const formField = form.getByLabel('Vraag', { exact: true });
  await expect(formField).toHaveValue('');
  await form.getByRole('button', { name: 'Vraag maken van aantekening' }).click();
  await expectRefused(formField);
  expect(await storedQuestions(page)).toEqual([]);
  await formField.fill('Hoe meet de gemeente verbondenheid?');
  await form.getByRole('button', { name: 'Vraag maken van aantekening' }).click();
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('.question-text')).toHaveText('Hoe meet de gemeente verbondenheid?');
  expect((await storedQuestions(page)).map((q) => [q.question, q.reference?.quote])).toEqual([['Hoe meet de gemeente verbondenheid?', PHRASE]]);
});

test('a note typed in the toolbar or editor becomes the question\'s start text and is not thrown away', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
  await selectWithMouse(page, 'p-3', PHRASE);
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await toolbar.getByLabel('Notitie').fill('Waarom daalt dit budget?');
  await toolbar.getByRole('button', { name: 'Vraag stellen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  const field = dialog.getByLabel('Vraag', { exact: true });
  await expect(field).toHaveValue('Waarom daalt dit budget?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  await expect(dialog).toBeHidden();
  // The note is not stored yet: the toolbar stays with it, and can still store the annotation.
  await expect(toolbar.getByLabel('Notitie')).toHaveValue('Waarom daalt dit budget?');
  await expect(toolbar.getByRole('button', { name: 'Vraag stellen' })).toBeFocused();
  await toolbar.getByRole('button', { name: 'Opslaan' }).click();
  await answerProfile(page);
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);
  await expect.poll(() => readAllStored<{ note: string }>(page, 'annotations').then((list) => list.map((a) => a.note))).toEqual([
    'Waarom daalt dit budget?',
  ]);

  // In the editor: the changed note, not the stored one, starts the question; the editor keeps the change.
  await page.getByRole('button', { name: 'Markering geel' }).click();
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await editor.getByLabel('Notitie').fill('Waarom daalt dit budget in 2026?');
  await editor.getByRole('button', { name: 'Vraag maken' }).click();
  await expect(field).toHaveValue('Waarom daalt dit budget in 2026?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByLabel('Notitie')).toHaveValue('Waarom daalt dit budget in 2026?');
  await expect.poll(async () => (await storedQuestions(page)).map((q) => q.question).sort()).toEqual([
    'Waarom daalt dit budget in 2026?',
    'Waarom daalt dit budget?',
  ]);
});

test('an old question without text (from before the rule) can still get its status, answer and priority', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  const meetingId = (await readAllStored<{ id: string }>(page, 'meetings'))[0]!.id;
  const old: Question = {
    id: '00000000-0000-4000-8000-0000000000e1',
    meetingId,
    order: 0,
    kind: 'technische-vraag',
    question: '',
    toelichting: 'Over de mantelzorg',
    priority: 'normaal',
    status: 'concept',
    createdAt: 1_780_000_000_000,
    updatedAt: 1_780_000_000_000,
  };
  await putStored(page, 'questions', [old]);
  await page.reload();
  await page.getByRole('button', { name: 'Vraag 1 bewerken' }).click();
  const item = page.getByRole('listitem', { name: /^Vraag 1/ });
  await item.getByLabel('Status').selectOption({ label: 'Beantwoord' });
  await item.getByLabel('Prioriteit').selectOption({ label: 'Hoog' });
  await item.getByLabel('Antwoord').fill('Beantwoord in de commissie.');
  await item.getByRole('button', { name: 'Opslaan' }).click();
  await expect(item.getByRole('button', { name: 'Opslaan' })).toBeHidden();
  await expect.poll(async () => (await storedQuestions(page)).map((q) => [q.question, q.status, q.priority, q.answer, q.toelichting])).toEqual([
    ['', 'beantwoord', 'hoog', 'Beantwoord in de commissie.', 'Over de mantelzorg'],
  ]);
});

test('a fractie member\'s draft without text says it cannot be adopted, instead of a button that always fails', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein');
  const meetingId = (await readAllStored<{ id: string }>(page, 'meetings'))[0]!.id;
  const draft = (id: string, question: string, createdAt: number) => ({
    id,
    origin: { importId: 'import-1', authorKey: 'bram' },
    author: { naam: 'Bram Jansen', fractie: 'CDA' },
    meetingId,
    kind: 'technische-vraag',
    question,
    toelichting: '',
    createdAt,
    updatedAt: createdAt,
  });
  await putStored(page, 'sharedQuestions', [draft('leeg', ' \n ', 1), draft('vol', 'Wat kost de pilot?', 2)]);
  await page.reload();
  const section = page.getByRole('region', { name: 'Van fractiegenoten' });
  const [blank, filled] = [section.getByRole('listitem').nth(0), section.getByRole('listitem').nth(1)];
  await expect(blank).toContainText('Geen tekst – kan niet worden overgenomen.');
  await expect(blank.getByRole('button')).toHaveCount(0);
  await expect(filled.getByRole('button', { name: 'Overnemen in mijn lijst' })).toBeVisible();
  await expectNoAxeViolations(page);
});
