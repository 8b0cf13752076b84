// The reader as one piece of software: annotation highlights, search marks and questions
// working together the way a raadslid uses them late in the evening — search inside an
// annotated passage without losing the paint, one toolbar for a selection, and a question
// made from an annotation (in the text and in the panel), by keyboard. Axe-clean.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { answerProfile, highlightedTexts, selectWithMouse } from './annotation-helpers';
import { DOCUMENTS, expectScreen } from './helpers';

const BELEIDSKADER = DOCUMENTS.beleidskader;
const PHRASE = 'verbondenheid en gezamenlijkheid';

async function openBeleidskader(page: Page): Promise<void> {
  await page.goto(`./#/doc/${BELEIDSKADER.id}`);
  await expectScreen(page, BELEIDSKADER.title);
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

/** Makes a vergadering on the vergaderingen screen, as a raadslid does. */
async function createMeeting(page: Page, name: string, date: string): Promise<void> {
  await page.goto('./#/vergaderingen');
  const form = page.getByRole('form', { name: 'Nieuwe vergadering' });
  await form.getByLabel('Naam').fill(name);
  await form.getByLabel('Datum').fill(date);
  await form.getByRole('button', { name: 'Vergadering maken' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** The reader's notice about a question just made (a live region). */
function questionNotice(page: Page) {
  return page.getByRole('status').filter({ hasText: 'toegevoegd aan' });
}

/** Presses Tab until `target` has the focus (at most `max` times); fails if it never gets it. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('one toolbar for a selection, with "Vraag stellen": a paragraph becomes a question by keyboard, in the chosen vergadering', async ({
  page,
}) => {
  await createMeeting(page, 'Raad Sociaal Domein', '2099-03-24');
  await createMeeting(page, 'Commissie Samenleving', '2099-03-10');
  await openBeleidskader(page);

  // A mouse selection opens exactly one popup, which offers both the annotation and the question.
  await selectWithMouse(page, 'p-3', PHRASE);
  const toolbar = page.getByRole('dialog', { name: 'Nieuwe aantekening' });
  await expect(toolbar).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
  await expect(toolbar.getByRole('button', { name: 'Vraag stellen' })).toBeVisible();
  // The header has no second "Vraag stellen" that would read the selection on its own.
  await expect(page.getByRole('banner').getByRole('button', { name: 'Vraag stellen' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(toolbar).toBeHidden();

  // Keyboard only, after a reload: the skip link into the text, Tab to the paragraph's action,
  // then through the toolbar to "Vraag stellen".
  await page.reload();
  await expectScreen(page, BELEIDSKADER.title);
  const action = page.locator('[data-block-id="p-3"]').getByRole('button', { name: 'Aantekening bij deze alinea' });
  const paragraph = await page.locator('[data-block-id="p-3"]').textContent();
  expect(paragraph).toMatch(/^Thuis in Leusden, dat is de titel van dit beleidskader\./);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Naar de tekst' })).toBeFocused();
  await page.keyboard.press('Enter');
  await tabTo(page, action);
  await page.keyboard.press('Enter');
  await expect(toolbar.getByRole('button', { name: 'Markeren: geel' })).toBeFocused();
  const ask = toolbar.getByRole('button', { name: 'Vraag stellen' });
  await tabTo(page, ask);
  await expect(ask).not.toHaveCSS('outline-style', 'none');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  await expect(dialog).toBeVisible();
  // The dialog shows the passage it is about and asks the question first.
  await expect(dialog.locator('blockquote')).toHaveText(/^Thuis in Leusden, dat is de titel van dit beleidskader\./);
  await expect(dialog).toContainText(`Vindplaats: ${BELEIDSKADER.title}`);
  const text = dialog.getByLabel('Vraag', { exact: true });
  await expect(text).toBeFocused();
  await page.keyboard.type('Wat betekent gezamenlijkheid hier concreet?');
  await page.keyboard.press('Tab');
  const meeting = dialog.getByLabel('Vergadering');
  await expect(meeting).toBeFocused();
  // The next vergadering is proposed; the raadslid picks the later one with the arrow key.
  await expect(meeting.locator('option:checked')).toHaveText(/^Commissie Samenleving/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowUp');
  await expect(meeting.locator('option:checked')).toHaveText(/^Raad Sociaal Domein/);
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Agendapunt')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Vraag maken' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The raadslid stays in the text: the dialog and the toolbar close, the focus is back on the
  // paragraph's button, and a polite notice names the question and offers the way to it.
  const notice = questionNotice(page);
  await expect(notice).toHaveText(/^Vraag 1 toegevoegd aan Raad Sociaal Domein/);
  await expectScreen(page, BELEIDSKADER.title);
  await expect(dialog).toBeHidden();
  await expect(toolbar).toBeHidden();
  await expect(action).toBeFocused();
  await expectNoAxeViolations(page);
  await notice.getByRole('link', { name: 'Naar de vergadering' }).press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad Sociaal Domein');
  const question = page.getByRole('listitem', { name: /^Vraag 1/ });
  await expect(question.locator('blockquote')).toHaveText(paragraph!);
  await expect(question.locator('.question-text')).toHaveText('Wat betekent gezamenlijkheid hier concreet?');
  await expect(question.getByRole('link', { name: new RegExp(`^${BELEIDSKADER.title}`) })).toHaveAttribute(
    'href',
    `#/doc/${BELEIDSKADER.id}/p-3`,
  );
});

test('a question from an opened annotation and from its entry in the Aantekeningen panel, by keyboard', async ({ page }) => {
  await createMeeting(page, 'Raad Sociaal Domein', '2099-03-24');
  await openBeleidskader(page);
  await annotatePhrase(page);

  // The annotation opened from its margin marker: "Vraag maken" opens the dialog; Escape closes
  // only the dialog and gives the focus back.
  await page.getByRole('button', { name: 'Markering geel' }).focus();
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Aantekening' });
  await expect(editor).toBeVisible();
  const fromEditor = editor.getByRole('button', { name: 'Vraag maken' });
  await tabTo(page, fromEditor);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Vraag maken' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Vergadering').locator('option:checked')).toHaveText(/^Raad Sociaal Domein/);
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeVisible();
  await expect(fromEditor).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('blockquote')).toHaveText(PHRASE);
  await expect(dialog.getByLabel('Vraag', { exact: true })).toBeFocused();
  await page.keyboard.type('Hoe meet de gemeente verbondenheid?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).press('Enter');
  // Still in the text: the editor closes and gives the focus back to the margin marker.
  const notice = questionNotice(page);
  await expect(notice).toHaveText(/^Vraag 1 toegevoegd aan Raad Sociaal Domein/);
  await expect(dialog).toBeHidden();
  await expect(editor).toBeHidden();
  await expect(page.getByRole('button', { name: 'Markering geel' })).toBeFocused();
  await expectScreen(page, BELEIDSKADER.title);

  // The same annotation's entry in the panel: "Annuleren" keeps the panel open with the focus
  // on the button; the second time a question is made, and the panel stays as it was.
  await page.getByRole('button', { name: 'Aantekeningen', exact: true }).press('Enter');
  const panel = page.getByRole('complementary', { name: 'Aantekeningen' });
  const entry = panel.getByRole('listitem').filter({ hasText: PHRASE });
  const fromEntry = entry.getByRole('button', { name: 'Vraag maken' });
  await fromEntry.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Annuleren' }).press('Enter');
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(fromEntry).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('En gezamenlijkheid?');
  await dialog.getByRole('button', { name: 'Vraag maken' }).press('Enter');
  await expect(notice).toHaveText(/^Vraag 2 toegevoegd aan Raad Sociaal Domein/);
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();
  await expect(fromEntry).toBeFocused();
  await expectNoAxeViolations(page);

  // The notice's link leads to the vergadering, which holds both questions.
  await notice.getByRole('link', { name: 'Naar de vergadering' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Raad Sociaal Domein');
  await expect(page.getByRole('listitem', { name: /^Vraag 1/ }).locator('blockquote')).toHaveText(PHRASE);
  await expect(page.getByRole('listitem', { name: /^Vraag 2/ }).locator('blockquote')).toHaveText(PHRASE);
  // Back in the text, the old notice is gone.
  await page.goBack();
  await expectScreen(page, BELEIDSKADER.title);
  await expect(page.getByRole('link', { name: 'Naar de vergadering' })).toHaveCount(0);
});

test('one profile form: asked before the first annotation with the same rules as in the settings, shown on the vergadering', async ({
  page,
}) => {
  await openBeleidskader(page);
  await selectWithMouse(page, 'p-3', PHRASE);
  await page.getByRole('dialog', { name: 'Nieuwe aantekening' }).getByRole('button', { name: 'Opslaan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Wie maakt de aantekeningen?' });
  const naam = dialog.getByRole('textbox', { name: 'Naam' });
  await expect(naam).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Vul je naam in.')).toBeVisible();
  await expect(naam).toHaveAttribute('aria-invalid', 'true');
  await naam.fill('Anna de Vries');
  await dialog.getByRole('textbox', { name: 'Fractie' }).fill('x'.repeat(81));
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('De naam van je fractie mag hoogstens 80 tekens lang zijn.')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Fractie' })).toBeFocused();
  await expectNoAxeViolations(page);
  await dialog.getByRole('textbox', { name: 'Fractie' }).fill('Leusden Lokaal');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => highlightedTexts(page, 'annotation-geel')).toEqual([PHRASE]);

  // The settings' "Profiel" shows the same profile in the same form.
  await page.getByRole('button', { name: 'Profiel', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Profiel' });
  await expect(settings.getByRole('textbox', { name: 'Naam' })).toHaveValue('Anna de Vries');
  await expect(settings.getByRole('textbox', { name: 'Fractie' })).toHaveValue('Leusden Lokaal');
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // The vergadering screen names the raadslid and edits the profile inline, with the focus following.
  await createMeeting(page, 'Raad Sociaal Domein', '2099-03-24');
  await expect(page.getByText('Vragen van Anna de Vries (Leusden Lokaal)')).toBeVisible();
  await page.getByRole('button', { name: 'Profiel wijzigen' }).click();
  const inline = page.getByRole('form', { name: 'Je profiel' });
  await expect(inline.getByRole('textbox', { name: 'Naam' })).toBeFocused();
  await inline.getByRole('textbox', { name: 'Naam' }).fill('');
  await inline.getByRole('button', { name: 'Profiel opslaan' }).click();
  await expect(inline.getByText('Vul je naam in.')).toBeVisible();
  await expectNoAxeViolations(page);
  await inline.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByRole('button', { name: 'Profiel wijzigen' })).toBeFocused();
});

test('the "?" overlay lists the search keys next to the annotation keys, axe-clean', async ({ page }) => {
  await openBeleidskader(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(help).toBeVisible();
  for (const keys of ['A', 'Esc', 'Ctrl+Z', 'Ctrl+K', 'Ctrl+F', 'Enter / Shift+Enter', 'F3 / Shift+F3', '?']) {
    await expect(help.locator('dt kbd').filter({ hasText: new RegExp(`^${keys.replace(/[?+/]/g, '\\$&')}$`) })).toHaveCount(1);
  }
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
