// The Rekencontrole in the browser edition: the overview lists exactly the findings in the
// bundled documents (each verified by hand, see tests/unit/documents/tables), a finding opens
// its table with the cell marked, and a finding becomes a draft technische vraag.
import { expect, test, type Page } from '@playwright/test';
import type { Meeting, Question } from '../../renderer/model/question';
import { expectNoAxeViolations } from '../support/axe';
import { putStored, readAllStored } from '../support/stored-records';
import { DOCUMENTS, expectScreen } from './helpers';

const meeting: Meeting = { id: 'vergadering-begroting', name: 'Raad – Begroting', date: '2026-11-05', kind: 'raad', createdAt: 1, updatedAt: 1 };

async function openOverview(page: Page) {
  await page.goto('#/rekencontrole');
  await expectScreen(page, 'Rekencontrole');
  await expect(page.getByText('7 tabellen nagerekend: 3 kloppen, 6 bevindingen.')).toBeVisible();
}

test('the overview lists the findings in the bundled documents and nothing else', async ({ page }) => {
  await page.goto('#/');
  await page.getByRole('link', { name: 'Rekencontrole' }).click();
  await openOverview(page);
  const titles = await page.locator('.rk-finding-title').allTextContents();
  expect(titles).toEqual([
    'Ongeldig getal: Saldo, kolom 1',
    'Afronding: Saldo, kolom 2',
    'Ongeldig getal: 5.1-5.6 Sport en cultuur, 2025',
    'Telt niet op: Subtotaal netto extra middelen, 2023',
    'Afronding: Subtotaal netto extra middelen, 2027',
    'Afronding: Subtotaal netto extra middelen, 2028',
  ]);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([DOCUMENTS.begroting.title, DOCUMENTS.beleidskader.title]);
  const wrong = page.locator('.rk-finding', { hasText: 'Telt niet op: Subtotaal netto extra middelen, 2023' });
  await expect(wrong.locator('dd')).toHaveText(['1.449', '1.494', 'waarschijnlijk']);
  await expect(page.getByText('Niet te controleren: Totaal begroting Domein Samenleving, 2025 (een onderdeel is geen geldig getal)')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a finding opens the document at its table, with the cell marked and described', async ({ page }) => {
  await openOverview(page);
  const finding = page.locator('.rk-finding', { hasText: 'Telt niet op: Subtotaal netto extra middelen, 2023' });
  await finding.getByRole('link', { name: 'Tabel openen' }).click();
  await expectScreen(page, DOCUMENTS.beleidskader.title);
  expect(page.url()).toContain(`#/doc/${DOCUMENTS.beleidskader.id}/t-2466`);
  const table = page.locator('[data-block-id="t-2466"]');
  await expect(table).toBeInViewport();
  const cell = table.locator('td[data-finding="fout"]');
  await expect(cell).toHaveText('1.449');
  await expect(cell).toBeInViewport();
  await expect(cell).toHaveAccessibleDescription(/^Rekencontrole: telt niet op in Subtotaal netto extra middelen, 2023\..*geeft 1\.494, gedrukt is 1\.449/);
  // A table that adds up says so, quietly.
  await expect(page.locator('[data-block-id="t-2306"]').getByText('Rekencontrole: klopt')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a finding becomes a draft technische vraag on the chosen vergadering, with its values and reference', async ({ page }) => {
  await page.goto('#/rekencontrole');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await putStored(page, 'meetings', [meeting, { ...meeting, id: 'vergadering-commissie', name: 'Commissie Samenleving', date: '2026-10-20', kind: 'commissie' }]);
  await page.reload();
  await openOverview(page);
  const finding = page.locator('.rk-finding', { hasText: 'Telt niet op: Subtotaal netto extra middelen, 2023' });
  await finding.getByRole('button', { name: 'Technische vraag maken' }).click();
  await finding.getByLabel('Vergadering').selectOption({ label: 'Raad – Begroting (2026-11-05)' });
  await expectNoAxeViolations(page);
  await finding.getByRole('button', { name: 'Vraag maken' }).click();
  await expect(finding.getByRole('status')).toHaveText('Technische vraag gemaakt bij Raad – Begroting.');
  const questions = await readAllStored<Question>(page, 'questions');
  expect(questions).toHaveLength(1);
  const question = questions[0]!;
  expect(question).toMatchObject({ meetingId: meeting.id, kind: 'technische-vraag' });
  expect(question.question).toBe(
    `In de tabel "(Bedragen x e 1.000) Extra middelen Jeugd & Wmo, 2022, 2023, 2024, 2025, 2026, 2027, 2028" van ${DOCUMENTS.beleidskader.title}, ` +
      'rij "Subtotaal netto extra middelen", kolom "2023" staat 1.449, maar Extra middelen jeugdzorg 100% (bron 2021), ' +
      'Korting dossiers met overeenstemming (+/- -25%), Korting dossiers zonder overeenstemming, Eigen bijdragen geeft 1.494. Welk bedrag is juist?',
  );
  expect(question.toelichting).toContain('Zekerheid: waarschijnlijk');
  expect(question.reference).toMatchObject({ documentId: DOCUMENTS.beleidskader.id, quote: 'Subtotaal netto extra middelen\n1.779\n1.449' });
  await finding.getByRole('link', { name: 'Raad – Begroting' }).click();
  await expectScreen(page, 'Raad – Begroting');
  await expect(page.locator('.question-text').first()).toContainText('staat 1.449, maar');
});

test('a table’s chart is drawn on request, reachable by keyboard, with its text alternative', async ({ page }) => {
  await page.goto(`#/doc/${DOCUMENTS.begroting.id}/t-184`);
  await expectScreen(page, DOCUMENTS.begroting.title);
  const table = page.locator('[data-block-id="t-184"]');
  const toggle = table.getByRole('button', { name: 'Grafiek tonen' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(table.getByRole('button', { name: 'Grafiek verbergen' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  const figure = table.getByRole('figure', { name: 'Grafiek bij de tabel Saldo taakvelden, 2016, 2017, 2018, 2019, 2020' });
  await expect(figure).toBeFocused();
  const charts = figure.getByRole('img');
  await expect(charts).toHaveCount(7);
  await expect(charts.first()).toHaveAccessibleName('0.1 Bestuur: 2016: -1.521; 2017: -1.398; 2018: -1.363; 2019: -1.372; 2020: -1.375');
  await expect(figure.locator('rect')).toHaveCount(35);
  await expectNoAxeViolations(page);
});
