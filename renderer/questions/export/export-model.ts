/**
 * What every export of a question list holds, worked out once from the stored data: the
 * header (fractie, raadslid, vergadering, date) and the questions grouped per agendapunt in
 * agenda order (those without agendapunt last), each with its number, labels and reference.
 * Numbers are those of the screen (question-groups.ts), also when only a selection goes out
 * or questions without text are left out. The format builders (docx, Markdown, text, CSV,
 * print) only lay this out.
 */
import type { Author } from '../../model/author';
import { agendaItemLabel } from '../meeting-store';
import { formatReference } from '../passage-reference';
import { groupHeading, groupQuestions, hasQuestionText, numberQuestions } from '../question-groups';
import type { AgendaItem, Meeting, PassageReference, Question } from '../../model/question';
import { MEETING_KINDS, PRIORITIES, QUESTION_KINDS, STATUSES } from '../../model/question';
import { formatDutchDate } from './dutch-date';

/** One question as exported. */
export interface ExportQuestion {
  /** Its number in the vergadering (kept when only a selection is exported). */
  number: number;
  kind: string;
  agendaItem?: string;
  question: string;
  toelichting: string;
  addressedTo?: string;
  priority: string;
  status: string;
  answer?: string;
  reference?: PassageReference;
  /** The reference on one line, when the question quotes a passage. */
  referenceLabel?: string;
}

/** The exported questions of one agendapunt, or of none. */
export interface ExportGroup {
  /** "Agendapunt 5a Kadernota 2022", or "Zonder agendapunt". */
  heading: string;
  questions: ExportQuestion[];
}

/** Which questions go out. */
export interface ExportChoice {
  /** Only these (by id); all when undefined. */
  selectedIds?: ReadonlySet<string>;
  /** Also questions without text (empty or only whitespace); left out by default. */
  includeEmpty?: boolean;
}

/** The two layouts of the Word export: a list of questions, or per agendapunt a table. */
export type DocxLayout = 'list' | 'table';

/** How the user asked the file to be laid out, where a format offers a choice. */
export interface ExportOptions {
  docxLayout: DocxLayout;
}

/** A question list ready to be written in any format. */
export interface QuestionExport {
  title: string;
  fractie: string;
  raadslid: string;
  meetingName: string;
  meetingKind: string;
  /** yyyy-mm-dd and "donderdag 12 maart 2026". */
  date: string;
  dateLong: string;
  /** Every exported question in griffie order (the groups' questions one after the other). */
  questions: ExportQuestion[];
  groups: ExportGroup[];
  /** How many chosen questions have no text, and how many of those were left out (all, unless asked for). */
  withoutText: number;
  leftOut: number;
}

/**
 * Prepares the export of a vergadering's questions: all of them, or only those in
 * `selectedIds`, grouped per agendapunt and numbered as on the screen; questions without text
 * only with `includeEmpty`.
 */
export function prepareExport(
  meeting: Meeting,
  agendaItems: readonly AgendaItem[],
  questions: readonly Question[],
  profile: Author | null,
  { selectedIds, includeEmpty = false }: ExportChoice = {},
): QuestionExport {
  const items = new Map(agendaItems.map((item) => [item.id, item]));
  const chosen = numberQuestions(questions, agendaItems).filter((q) => !selectedIds || selectedIds.has(q.id));
  const kept = includeEmpty ? chosen : chosen.filter(hasQuestionText);
  const groups = groupQuestions(kept, agendaItems).map(({ agendaItem, questions: inGroup }) => ({
    heading: groupHeading(agendaItem),
    questions: inGroup.map((q): ExportQuestion => {
      const item = q.agendaItemId ? items.get(q.agendaItemId) : undefined;
      return {
        number: q.number,
        kind: QUESTION_KINDS.label(q.kind),
        ...(item ? { agendaItem: agendaItemLabel(item) } : {}),
        question: q.question,
        toelichting: q.toelichting,
        ...(q.addressedTo ? { addressedTo: q.addressedTo } : {}),
        priority: PRIORITIES.label(q.priority),
        status: STATUSES.label(q.status),
        ...(q.answer ? { answer: q.answer } : {}),
        ...(q.reference ? { reference: q.reference, referenceLabel: formatReference(q.reference) } : {}),
      };
    }),
  }));
  return {
    title: `Vragen – ${meeting.name}`,
    fractie: profile?.fractie ?? '',
    raadslid: profile?.naam ?? '',
    meetingName: meeting.name,
    meetingKind: MEETING_KINDS.label(meeting.kind),
    date: meeting.date,
    dateLong: formatDutchDate(meeting.date),
    questions: groups.flatMap((group) => group.questions),
    groups,
    withoutText: chosen.filter((q) => !hasQuestionText(q)).length,
    leftOut: chosen.length - kept.length,
  };
}

/** A portable file name for an export: "vragen-raad-12-maart-2026-03-12.docx". */
export function exportFileName(exported: Pick<QuestionExport, 'meetingName' | 'date'>, extension: string): string {
  const slug = exported.meetingName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `vragen-${slug ? `${slug}-` : ''}${exported.date}.${extension}`;
}
