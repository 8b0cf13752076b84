// A small question list shared by the export tests: Dutch characters, € amounts, both kinds
// of quotes, separators and line breaks in the user's text, and a real kadernota reference.
import { prepareExport } from '../../../../renderer/questions/export/export-model';
import type { NumberedQuestion } from '../../../../renderer/questions/question-store';
import type { AgendaItem, Meeting } from '../../../../renderer/model/question';
import { describeRange } from '../../../../renderer/anchoring/selectors';

export const meeting: Meeting = { id: 'm1', name: 'Raad – Kadernota ‘22', date: '2026-03-12', kind: 'raad', createdAt: 0, updatedAt: 0 };
export const agendaItems: AgendaItem[] = [{ id: 'a1', meetingId: 'm1', number: '5a', title: 'Kadernota 2022; domein 3', documentIds: [], order: 0 }];

const quote = 'regelmatiger oefenen en het maken van afspraken met derde partijen';

export const questions: NumberedQuestion[] = [
  {
    id: 'q1', meetingId: 'm1', agendaItemId: 'a1', order: 0, number: 1, kind: 'technische-vraag',
    question: 'Welke "derde partijen" zijn bedoeld; en wat kost dat?\nGraag per partij.',
    toelichting: 'De begroting noemt € 1.250.000 voor Coëfficiënt-beheer.', addressedTo: 'Wethouder Financiën',
    priority: 'hoog', status: 'klaar', createdAt: 1, updatedAt: 1,
    reference: {
      documentId: 'kadernota-2022-domein-3', documentTitle: 'Kadernota 2022 – Domein 3: Veiligheid, bestuur, dienstverlening en financiën',
      documentVersion: '1721c21047bdf1', sectionId: '3-03', sectionNumber: '3.03', sectionTitle: '3.03 Een veilige informatievoorziening en privacybescherming',
      paragraphNumber: 2, quote, target: describeRange(quote, 0, quote.length),
    },
  },
  {
    id: 'q2', meetingId: 'm1', order: 1, number: 2, kind: 'vraag-voor-de-vergadering',
    question: '=SOM(A1) is geen formule', toelichting: '', priority: 'normaal', status: 'concept', createdAt: 2, updatedAt: 2,
  },
];

export const profile = { naam: 'Zoë van Beëk', fractie: 'Fractie Leusden “Samen”' };

/** The fixture prepared for export: the whole vergadering. */
export const exported = prepareExport(meeting, agendaItems, questions, profile);
