// A question list made of hostile text, shared by the export hardening tests and the
// LibreOffice test: formula starts for spreadsheets, characters XML forbids, HTML and Markdown
// syntax, a bidi override. One question per hostile string (as question, toelichting,
// addressee and answer), and the strings again in the header fields and the quoted passage.
import { describeRange } from '../../../../renderer/anchoring/selectors';
import type { AgendaItem, Meeting } from '../../../../renderer/model/question';
import { prepareExport } from '../../../../renderer/questions/export/export-model';
import type { NumberedQuestion } from '../../../../renderer/questions/question-store';

/** The hostile strings, each on its own. */
export const HOSTILE = [
  '=SUM(A1)',
  '+31',
  '-2+3',
  '- 276',
  '@cmd',
  '\tx',
  '\rx',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\u0001',
  '<script>alert(1)</script>',
  '**vet**',
  '# kop',
  '[x](javascript:alert(1))',
  '\u202Eomgekeerd',
] as const;

/** Every hostile string, one per line. */
export const ALL_HOSTILE = HOSTILE.join('\n');

export const hostileMeeting: Meeting = {
  id: 'm9',
  name: 'Raad <script>alert(1)</script> **vet** \uFFFE\u0001\uD800',
  date: '2026-03-12',
  kind: 'raad',
  createdAt: 0,
  updatedAt: 0,
};

export const hostileAgendaItems: AgendaItem[] = [{ id: 'a9', meetingId: 'm9', number: '5a', title: '# kop [x](javascript:alert(1))', documentIds: [], order: 0 }];

export const hostileProfile = { naam: '=SUM(A1)\u0001', fractie: '@cmd \u202Eomgekeerd <b>vet</b>' };

const quote = `citaat\n${ALL_HOSTILE}`;

export const hostileQuestions: NumberedQuestion[] = HOSTILE.map((text, index) => ({
  id: `h${index + 1}`,
  meetingId: 'm9',
  order: index,
  number: index + 1,
  kind: 'technische-vraag',
  question: text,
  toelichting: text,
  addressedTo: text,
  answer: text,
  priority: 'normaal',
  status: 'concept',
  createdAt: index,
  updatedAt: index,
  ...(index === 0
    ? {
        agendaItemId: 'a9',
        reference: {
          documentId: 'kadernota-2022-domein-3',
          documentTitle: 'Kadernota <i>2022</i> \uFFFF',
          documentVersion: '1721c21047bdf1',
          sectionId: '3-03',
          sectionNumber: '3.03',
          sectionTitle: '3.03 **Veilig** \u0001',
          paragraphNumber: 2,
          quote,
          target: describeRange(quote, 0, quote.length),
        },
      }
    : {}),
}));

/** The hostile list prepared for export. */
export const hostileExport = prepareExport(hostileMeeting, hostileAgendaItems, hostileQuestions, hostileProfile);
