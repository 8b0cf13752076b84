/**
 * What every export of a question list holds, worked out once from the stored data: the
 * header (fractie, raadslid, vergadering, date) and per question its number, labels and
 * reference. The format builders (docx, Markdown, text, CSV, print) only lay this out.
 */
import type { Author } from '../../model/author';
import { agendaItemLabel } from '../meeting-store';
import { formatReference } from '../passage-reference';
import type { NumberedQuestion } from '../question-store';
import type { AgendaItem, Meeting, PassageReference } from '../../model/question';
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
  questions: ExportQuestion[];
}

/**
 * Prepares the export of a vergadering's questions: all of them, or only those in
 * `selectedIds` (in the vergadering's order, with their own numbers).
 */
export function prepareExport(
  meeting: Meeting,
  agendaItems: readonly AgendaItem[],
  questions: readonly NumberedQuestion[],
  profile: Author | null,
  selectedIds?: ReadonlySet<string>,
): QuestionExport {
  const items = new Map(agendaItems.map((item) => [item.id, item]));
  return {
    title: `Vragen – ${meeting.name}`,
    fractie: profile?.fractie ?? '',
    raadslid: profile?.naam ?? '',
    meetingName: meeting.name,
    meetingKind: MEETING_KINDS.label(meeting.kind),
    date: meeting.date,
    dateLong: formatDutchDate(meeting.date),
    questions: [...questions]
      .sort((a, b) => a.number - b.number)
      .filter((q) => !selectedIds || selectedIds.has(q.id))
      .map((q) => {
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
