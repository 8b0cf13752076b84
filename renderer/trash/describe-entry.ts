/**
 * How the Prullenbak describes what it holds, in Dutch: the kinds as headings, each entry's
 * title and details, when it was deleted and how long it stays, and where it is after it was
 * put back. Pure, apart from the Intl formatters.
 */
import { onFirstUse } from '../locale/on-first-use';
import { documentHref, fractieHref, meetingHref } from '../navigation/route';
import { QUESTION_KINDS } from '../model/question';
import { TRASH_KEEP_DAYS, type TrashEntry, type TrashKind } from '../model/trash';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The kinds in the order the Prullenbak lists them, with their Dutch names. */
export const TRASH_KINDS: readonly { kind: TrashKind; heading: string }[] = [
  { kind: 'annotation', heading: 'Aantekeningen' },
  { kind: 'question', heading: 'Vragen' },
  { kind: 'agendapunt', heading: 'Agendapunten' },
  { kind: 'vergadering', heading: 'Vergaderingen' },
  { kind: 'import', heading: 'Gedeelde sets van fractiegenoten' },
];

/** The name and date of a vergadering, for the details of what belonged to it. */
export interface MeetingName {
  name: string;
  /** yyyy-mm-dd. */
  date: string;
}

const deletedFormat = onFirstUse(() => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short' }));
const meetingDateFormat = onFirstUse(
  () => new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

function meetingDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  return Number.isNaN(date.getTime()) ? isoDate : meetingDateFormat().format(date);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A text on one line, cut at `max` characters with an ellipsis. */
function shortText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The entry in a sentence, e.g. `vraag „Wat kost het?”` or `agendapunt 5a Kadernota 2022`. */
export function entryName(entry: TrashEntry): string {
  const title = shortText(entry.title, 80);
  switch (entry.kind) {
    case 'annotation':
      return `aantekening „${title}”`;
    case 'question':
      return title === '' ? 'vraag zonder tekst' : `vraag „${title}”`;
    case 'agendapunt':
      return `agendapunt ${title}`;
    case 'vergadering':
      return `vergadering ${title}`;
    case 'import':
      return `gedeelde set ${title}`;
  }
}

/** What the entry is, as its line in the Prullenbak shows it: a quote, a question, an agendapunt, a vergadering. */
export function entryTitle(entry: TrashEntry): string {
  switch (entry.kind) {
    case 'annotation':
      return `„${entry.title}”`;
    case 'question':
      return entry.title.trim() === '' ? 'Vraag zonder tekst' : entry.title;
    case 'agendapunt':
      return `Agendapunt ${entry.title}`;
    case 'vergadering': {
      const meeting = entry.records.meetings[0];
      return meeting ? `${entry.title}, ${meetingDate(meeting.date)}` : entry.title;
    }
    case 'import':
      return `Gedeelde set ${entry.title}`;
  }
}

/** The details under the title: the note, the vergadering it belonged to, what went with it. */
export function entryDetails(entry: TrashEntry, meetings: ReadonlyMap<string, MeetingName>): string {
  const { annotations, agendaItems, questions, unlinkedQuestions } = entry.records;
  const of = (meetingId: string | undefined) => {
    const meeting = meetingId === undefined ? undefined : meetings.get(meetingId);
    return meeting ? `bij ${meeting.name} (${meetingDate(meeting.date)})` : '';
  };
  switch (entry.kind) {
    case 'annotation': {
      const note = annotations[0]?.note.trim() ?? '';
      return note ? `Notitie: ${shortText(note, 120)}` : 'Zonder notitie';
    }
    case 'question': {
      const question = questions[0];
      return [question ? QUESTION_KINDS.label(question.kind) : '', of(question?.meetingId)].filter(Boolean).join(' ');
    }
    case 'agendapunt': {
      const linked = unlinkedQuestions.length > 0 ? `${count(unlinkedQuestions.length, 'vraag hoorde', 'vragen hoorden')} erbij` : '';
      return [of(agendaItems[0]?.meetingId), linked].filter(Boolean).join('; ');
    }
    case 'vergadering':
      return `Met ${count(agendaItems.length, 'agendapunt', 'agendapunten')} en ${count(questions.length, 'vraag', 'vragen')}`;
    case 'import':
      return `Met ${count(annotations.length, 'aantekening', 'aantekeningen')} en ${count(entry.records.sharedQuestions?.length ?? 0, 'vraag', 'vragen')}`;
  }
}

/** "Verwijderd op 3 december 2026 om 14:05 · blijft nog 30 dagen". */
export function deletedLine(entry: TrashEntry, now: number): string {
  const daysLeft = Math.ceil((entry.deletedAt + TRASH_KEEP_DAYS * DAY_MS - now) / DAY_MS);
  const left = daysLeft > 0 ? `blijft nog ${count(daysLeft, 'dag', 'dagen')}` : 'verdwijnt bij de volgende start';
  return `Verwijderd op ${deletedFormat().format(entry.deletedAt)} · ${left}`;
}

/** Where a put-back entry can be seen again: its link and the link's text. */
export function whereItIs(entry: TrashEntry): { href: string; label: string } | undefined {
  const { annotations, meetings, agendaItems, questions } = entry.records;
  if (entry.kind === 'import') return { href: fractieHref(), label: 'Naar Delen met de fractie' };
  const annotation = annotations[0];
  if (annotation) return { href: documentHref(annotation.documentId, annotation.target.blockId), label: 'Naar de aantekening' };
  const meetingId = meetings[0]?.id ?? agendaItems[0]?.meetingId ?? questions[0]?.meetingId;
  return meetingId === undefined ? undefined : { href: meetingHref(meetingId), label: 'Naar de vergadering' };
}
