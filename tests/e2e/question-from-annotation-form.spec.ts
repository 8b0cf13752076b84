// "Vraag maken van een aantekening" on the vergadering: the text a raadslid types stays with
// the annotation they were looking at. Another window changing a different annotation (which
// makes that one the most recent) neither switches the choice nor replaces the typed text,
// and picking another annotation on purpose keeps the text too. Checked on screen and in storage.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockAt, buildAnchorText } from '../../renderer/anchoring/anchor-text';
import { describeRange } from '../../renderer/anchoring/selectors';
import type { DocumentModel } from '../../renderer/documents/model';
import type { Annotation } from '../../renderer/model/annotation';
import type { Meeting, Question } from '../../renderer/model/question';
import { putStored, readAllStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

test.describe.configure({ timeout: 90_000 });

const beleidskader = JSON.parse(
  readFileSync(path.join(__dirname, '../../renderer/public/documents', `${DOCUMENTS.beleidskader.id}.json`), 'utf8'),
) as DocumentModel;
const anchorText = buildAnchorText(beleidskader);
const day = (date: number) => Date.UTC(2026, 2, date, 12, 0);

function annotationOf(id: string, quote: string, note: string, updatedAt: number, flag?: Annotation['flag']): Annotation {
  const start = anchorText.text.indexOf(quote);
  return {
    id,
    documentId: beleidskader.id,
    documentVersion: beleidskader.version,
    target: describeRange(anchorText.text, start, start + quote.length, blockAt(anchorText, start)?.id),
    color: 'geel',
    ...(flag ? { flag } : {}),
    note,
    tags: [],
    visibility: 'prive',
    author: { naam: 'Anna de Vries', fractie: 'CDA' },
    createdAt: day(1),
    updatedAt,
  };
}

const VITAAL = 'kunnen inwoners een vitaal leven opbouwen';
const SAMEN = 'verbondenheid en gezamenlijkheid';
const older = annotationOf('00000000-0000-4000-8000-0000000000a1', VITAAL, 'Wat kost dit per jaar?', day(10), 'technische-vraag');
const newer = annotationOf('00000000-0000-4000-8000-0000000000a2', SAMEN, 'Hoe meet je dit?', day(12));
const meeting: Meeting = { id: '00000000-0000-4000-8000-0000000000b1', name: 'Commissie Samenleving', date: '2026-03-19', kind: 'commissie', createdAt: day(2), updatedAt: day(2) };
const TYPED = 'Welke wijken doen mee aan het programma?';

test('the typed question stays with the chosen annotation when another window changes a different one', async ({ context, page }) => {
  await page.goto('./#/vergaderingen');
  await putStored(page, 'annotations', [older, newer]);
  await putStored(page, 'meetings', [meeting]);
  await page.goto(`./#/vergadering/${meeting.id}`);
  const form = page.getByRole('form', { name: 'Vraag maken van een aantekening' });
  const select = form.getByLabel('Aantekening');
  const field = form.getByLabel('Vraag', { exact: true });
  await expect(select).toHaveValue(newer.id);
  await expect(field).toHaveValue('Hoe meet je dit?');
  await field.fill(TYPED);

  // Window B changes the older annotation: it is now the most recently changed one.
  const other = await context.newPage();
  await other.goto(`./#/doc/${DOCUMENTS.beleidskader.id}`);
  await expectScreen(other, DOCUMENTS.beleidskader.title);
  await other.getByRole('button', { name: 'Technische vraag' }).click();
  const editor = other.getByRole('dialog', { name: 'Aantekening' });
  await editor.getByLabel('Notitie').fill('Wat kost dit in 2027?');
  await editor.getByRole('button', { name: 'Opslaan' }).click();
  await expect(editor).toBeHidden();
  await expect(form.locator('option').first()).toHaveText(/vitaal leven/);

  await expect(select).toHaveValue(newer.id);
  await expect(field).toHaveValue(TYPED);

  // Picking another annotation on purpose keeps the text as well.
  await select.selectOption(older.id);
  await expect(field).toHaveValue(TYPED);
  await select.selectOption(newer.id);
  await form.getByRole('button', { name: 'Vraag maken van aantekening' }).click();
  await expect(form.getByRole('status')).toHaveText('De vraag is toegevoegd.');
  expect((await readAllStored<Question>(page, 'questions')).map((q) => [q.question, q.reference?.quote])).toEqual([[TYPED, SAMEN]]);
});
