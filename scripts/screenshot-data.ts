/**
 * The example work shown in the README's screenshots (scripts/screenshots.ts): a raadslid's
 * profile, annotations on real passages of the begroting, and a
 * vergadering with agendapunten and questions made from those passages. Fixed ids and dates,
 * so every run stores the same records. Typed by the app's own model, so a change of a stored
 * shape shows up in the typecheck rather than as an odd screenshot.
 */
import { buildAnchorText, type AnchorText } from '../renderer/anchoring/anchor-text';
import { describePassage } from '../renderer/anchoring/selectors';
import type { DocumentModel } from '../renderer/documents/model';
import type { Annotation, ColorCode, FlagCode } from '../renderer/model/annotation';
import type { Author } from '../renderer/model/author';
import type { AgendaItem, Meeting, Question, QuestionKind } from '../renderer/model/question';
import type { SettingRecord } from '../renderer/model/settings';
import { referenceForRange } from '../renderer/questions/passage-reference';

/** The moment the screenshots are taken: the page's clock is fixed to it. */
export const SCREENSHOT_TIME = Date.UTC(2026, 10, 2, 9, 30);

export const BEGROTING = 'begroting-domein-bestuur';
export const MEETING_ID = '7d0c5a3e-0b1f-4f39-9a51-000000000001';

const AUTHOR: Author = { naam: 'Anna de Vries', fractie: 'Leusden Lokaal' };

/** Records per object store of the app's database (renderer/db/database.ts). */
export interface ExampleData {
  settings: SettingRecord[];
  annotations: Annotation[];
  meetings: Meeting[];
  agendaItems: AgendaItem[];
  questions: Question[];
}

interface Passage {
  documentId: string;
  /** The exact words, as in the document. */
  phrase: string;
  color: ColorCode;
  flag?: FlagCode;
  note: string;
  tags: string[];
}

const PASSAGES: Passage[] = [
  {
    documentId: BEGROTING,
    phrase: 'nauw contact met inwoners, bedrijven en instellingen',
    color: 'geel',
    flag: 'toezegging-controleren',
    note: 'Hoe ziet dat contact er in de praktijk uit? Navragen welke wijkgesprekken er in 2026 waren.',
    tags: ['participatie'],
  },
  {
    documentId: BEGROTING,
    phrase: 'De samenleving en de overheid hebben hierin een gezamenlijke verantwoording.',
    color: 'blauw',
    flag: 'onduidelijk',
    note: 'Wat betekent "gezamenlijke verantwoording" concreet voor buurtpreventie?',
    tags: ['veiligheid'],
  },
  {
    documentId: BEGROTING,
    phrase: 'Wij willen die kracht benutten!',
    color: 'groen',
    flag: 'belangrijk',
    note: '',
    tags: ['samenleving voorop'],
  },
  {
    documentId: BEGROTING,
    phrase: 'De samenwerking op bedrijfsvoering met de gemeenten Bunschoten, Nijkerk en Putten krijgt verder vorm.',
    color: 'oranje',
    flag: 'technische-vraag',
    note: 'Welke kosten en besparingen staan hier tegenover?',
    tags: ['financiën'],
  },
];

interface QuestionPlan {
  /** Index into PASSAGES, or none for a question without a passage. */
  passage?: number;
  agendaItem: number;
  kind: QuestionKind;
  question: string;
  toelichting: string;
}

const QUESTIONS: QuestionPlan[] = [
  {
    passage: 3,
    agendaItem: 0,
    kind: 'technische-vraag',
    question: 'Welke kosten en besparingen levert de samenwerking op bedrijfsvoering met Bunschoten, Nijkerk en Putten in 2027 op?',
    toelichting: 'Graag per onderdeel (ICT, personeel, inkoop), met de cijfers van 2025 ter vergelijking.',
  },
  {
    passage: 0,
    agendaItem: 0,
    kind: 'vraag-voor-de-vergadering',
    question: 'Op welke manier houdt het college het nauwe contact met inwoners, bedrijven en instellingen bij?',
    toelichting: '',
  },
  {
    passage: 1,
    agendaItem: 1,
    kind: 'schriftelijke-vraag',
    question: 'Hoe verdelen gemeente en samenleving de verantwoording voor veiligheid in de wijken?',
    toelichting: 'Aanleiding: de zorgen over buurtpreventie in Leusden-Zuid.',
  },
  {
    agendaItem: 2,
    kind: 'vraag-voor-de-vergadering',
    question: 'Wanneer komt de evaluatie van het Dienstverleningskompas naar de raad?',
    toelichting: '',
  },
];

function find(anchor: AnchorText, phrase: string, documentId: string): { start: number; end: number } {
  const start = anchor.text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" staat niet (meer) in ${documentId}: pas scripts/screenshot-data.ts aan.`);
  return { start, end: start + phrase.length };
}

/** The example records, made on the documents as the app loads them. */
export function exampleData(models: readonly DocumentModel[]): ExampleData {
  const byId = new Map(models.map((model) => [model.id, { model, anchor: buildAnchorText(model) }]));
  const text = (documentId: string) => {
    const found = byId.get(documentId);
    if (!found) throw new Error(`Document ${documentId} ontbreekt`);
    return found;
  };
  const minute = 60_000;
  const located = PASSAGES.map((passage) => {
    const { model, anchor } = text(passage.documentId);
    return { passage, model, anchor, ...find(anchor, passage.phrase, passage.documentId) };
  });

  const annotations: Annotation[] = located.map(({ passage, model, anchor, start, end }, n) => ({
    id: `5e1f0c2a-7b44-4d1e-8f00-00000000000${n + 1}`,
    documentId: model.id,
    documentVersion: model.version,
    target: describePassage(anchor, start, end),
    color: passage.color,
    ...(passage.flag ? { flag: passage.flag } : {}),
    note: passage.note,
    tags: passage.tags,
    visibility: 'prive',
    author: AUTHOR,
    createdAt: SCREENSHOT_TIME - (40 - n * 5) * minute,
    updatedAt: SCREENSHOT_TIME - (40 - n * 5) * minute,
  }));

  const meeting: Meeting = {
    id: MEETING_ID,
    name: 'Commissie Bestuur en Middelen',
    date: '2026-11-10',
    kind: 'commissie',
    createdAt: SCREENSHOT_TIME - 60 * minute,
    updatedAt: SCREENSHOT_TIME - 60 * minute,
  };
  const agendaItems: AgendaItem[] = [
    { number: '4', title: 'Programmabegroting 2027 – Domein Bestuur', documentIds: [BEGROTING] },
    { number: '5', title: 'Veiligheid en handhaving', documentIds: [BEGROTING] },
    { number: '6', title: 'Dienstverlening', documentIds: ['dienstverleningskompas-bijlage-1'] },
  ].map((item, n) => ({ ...item, id: `a9c3e7d1-2f60-4b8a-9c11-00000000000${n + 1}`, meetingId: MEETING_ID, order: n + 1 }));

  const questions: Question[] = QUESTIONS.map((plan, n) => {
    const from = plan.passage === undefined ? undefined : located[plan.passage]!;
    return {
      id: `c4b2a1f0-9e8d-4c7b-a6f5-00000000000${n + 1}`,
      meetingId: MEETING_ID,
      agendaItemId: agendaItems[plan.agendaItem]!.id,
      order: n + 1,
      kind: plan.kind,
      question: plan.question,
      toelichting: plan.toelichting,
      priority: n === 0 ? 'hoog' : 'normaal',
      status: n === 0 ? 'klaar' : 'concept',
      ...(from ? { annotationId: annotations[plan.passage!]!.id, reference: referenceForRange(from.model, from.anchor, from.start, from.end) } : {}),
      createdAt: SCREENSHOT_TIME - (20 - n) * minute,
      updatedAt: SCREENSHOT_TIME - (20 - n) * minute,
    };
  });

  return {
    settings: [
      { key: 'profile', value: AUTHOR },
      { key: 'theme', value: 'light' },
      { key: 'fontScale', value: 1 },
    ],
    annotations,
    meetings: [meeting],
    agendaItems,
    questions,
  };
}
