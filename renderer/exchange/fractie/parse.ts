/**
 * Reads a fractieset completely before anything is written: size, JSON, nesting, whether it is
 * a fractieset at all (a Hypothesis export and a reservekopie are named as such), its format
 * version, every annotation against the schema, duplicate ids, and the meaning of each item.
 * Pure: no database, no DOM. A refusal is one plain Dutch sentence.
 *
 * Text from the file is kept as text: the screens render it as text, never as HTML. Bidi
 * controls and other control characters are taken out of names, notes, tags and questions, so a
 * name cannot turn itself around to pass for another; quotes stay exact, as they must match the
 * document.
 */
import * as v from 'valibot';
import { nestsDeeperThan } from '../json-depth';
import type { Annotation } from '../../model/annotation';
import type { MeetingKind, PassageReference, QuestionKind } from '../../model/question';
import type { SharedAuthor, SharedScope } from '../../model/shared';
import type { TextTarget } from '../../model/text-target';
import { MAX_FRACTIESET_BYTES, SET_FORMAT, SET_FORMAT_VERSION, authorKeyOf, documentIdOfUrn, idOfUrn } from './format';
import { fractiesetSchema, itemSchema, positionSelector, quoteSelector, type FractiesetItem } from './schema';

/** An annotation of a fractie member as the file holds it, with its author's key. */
export type IncomingAnnotation = Omit<Annotation, 'origin'> & { authorKey: string };

/** A question draft of a fractie member, with the vergadering and agendapunt ids of the author's machine. */
export interface IncomingQuestion {
  id: string;
  authorKey: string;
  author: SharedAuthor;
  meetingId: string;
  agendaItemId?: string;
  kind: QuestionKind;
  question: string;
  toelichting: string;
  reference?: PassageReference;
  createdAt: number;
  updatedAt: number;
}

/** A vergadering of the author's, for finding the one here that a question belongs to. */
export interface IncomingMeeting {
  id: string;
  name: string;
  date: string;
  kind: MeetingKind;
  agendaItems: { id: string; number: string; title: string }[];
}

/** A read fractieset. */
export interface Fractieset {
  exportedAt: number;
  author: SharedAuthor;
  authorKey: string;
  scope: SharedScope;
  annotations: IncomingAnnotation[];
  questions: IncomingQuestion[];
  meetings: IncomingMeeting[];
}

/** A read fractieset, or why it was refused. */
export type ParsedFractieset = { ok: true; set: Fractieset } | { ok: false; message: string };

const MAX_DEPTH = 32;
const NOT_A_SET = 'Dit bestand is geen set aantekeningen van Leestafel Leusden.';

const refuse = (message: string): ParsedFractieset => ({ ok: false, message });

/** The message for a file of `bytes` bytes that is too large to read, or undefined when it is not. */
export function setSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_FRACTIESET_BYTES) return undefined;
  const megabytes = (size: number) => Math.ceil(size / (1024 * 1024));
  return `Dit bestand is te groot voor een set aantekeningen (${megabytes(bytes)} MB; de grens is ${megabytes(MAX_FRACTIESET_BYTES)} MB).`;
}

// Bidi embeddings, overrides and isolates; C0 controls except tab and newline; DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text from a file without the characters that could disguise it or break a layout. */
export function inertText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/** What another kind of file is, when it is one we recognise; undefined otherwise. */
function otherFormat(data: unknown): string | undefined {
  if (Array.isArray(data)) {
    const first = data[0] as Record<string, unknown> | undefined;
    return first && typeof first === 'object' && ('uri' in first || String(first.user ?? '').startsWith('acct:')) ? 'hypothesis' : undefined;
  }
  const record = data as Record<string, unknown>;
  if (record.format === 'leestafel-reservekopie') return 'reservekopie';
  if ('export_date' in record || 'export_userid' in record || (Array.isArray(record.annotations) && record.annotations.some((a) => typeof a === 'object' && a !== null && 'uri' in a))) {
    return 'hypothesis';
  }
  return undefined;
}

function versionProblem(version: unknown): string | undefined {
  const match = typeof version === 'string' ? /^(\d{1,4})\.(\d{1,4})$/.exec(version) : null;
  if (!match) return `${NOT_A_SET} De formaatversie ontbreekt of is ongeldig.`;
  const major = Number(match[1]);
  if (major > SET_FORMAT_VERSION.major) {
    return `Deze set heeft formaatversie ${String(version)}, die deze versie van Leestafel Leusden niet kan lezen (tot en met versie ${SET_FORMAT_VERSION.major}.x). Werk Leestafel Leusden bij en probeer het opnieuw.`;
  }
  if (major < SET_FORMAT_VERSION.major) return `Deze set heeft een onbekende formaatversie (${String(version)}).`;
  return undefined;
}

function issueMessage(issue: v.BaseIssue<unknown>, where: string): string {
  const path = issue.path?.map((step) => String(step.key)).join(' › ');
  return `De set is niet in orde: ${where}${path ? ` (${path})` : ''} heeft ${issue.message.startsWith('Invalid') ? 'een ongeldige waarde' : issue.message}.`;
}

function authorOf(creator: { id?: string; name: string; 'leestafel:fractie': string }): SharedAuthor {
  const naam = inertText(creator.name).trim();
  const fractie = inertText(creator['leestafel:fractie']).trim();
  return { naam: naam || 'Onbekend', fractie, ...(creator.id ? { id: inertText(idOfUrn(creator.id)) } : {}) };
}

function targetOf(item: FractiesetItem): TextTarget | string {
  const selectors = item.target.selector ?? [];
  const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  if (!quote || !position) return 'heeft geen citaat en plaats (TextQuoteSelector en TextPositionSelector) en wijst dus nergens naar';
  const q = v.safeParse(quoteSelector, quote);
  const p = v.safeParse(positionSelector, position);
  if (!q.success || !p.success) return 'heeft een citaat of plaats die nergens naar wijst';
  const blockId = item.target['leestafel:blockId'];
  return {
    quote: { type: 'TextQuoteSelector', exact: q.output.exact, prefix: q.output.prefix, suffix: q.output.suffix },
    position: { type: 'TextPositionSelector', start: p.output.start, end: p.output.end },
    ...(blockId ? { blockId } : {}),
  };
}

const bodyText = (item: FractiesetItem, purpose: string) => inertText(item.body.find((part) => part.purpose === purpose)?.value ?? '');

/** Reads and checks the text of a fractieset; nothing is written. */
export function parseFractieset(text: string): ParsedFractieset {
  const tooLarge = setSizeProblem(text.length);
  if (tooLarge) return refuse(tooLarge);
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return refuse('Het bestand is leeg.');
  if (nestsDeeperThan(json, MAX_DEPTH)) return refuse(`${NOT_A_SET} Het is veel te diep genest.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return refuse('Het bestand kan niet worden gelezen: het is geen geldige JSON. Misschien is het beschadigd of niet helemaal opgeslagen.');
  }
  if (typeof data !== 'object' || data === null) return refuse(NOT_A_SET);
  const other = otherFormat(data);
  if (other === 'reservekopie') return refuse('Dit is een reservekopie, geen set aantekeningen van een fractiegenoot. Zet een reservekopie terug via Reservekopie.');
  if (other === 'hypothesis') return refuse('Dit lijkt een export van Hypothesis. Die kan Leestafel Leusden niet lezen: vraag je fractiegenoot om te delen vanuit Leestafel Leusden.');
  if (Array.isArray(data)) return refuse(NOT_A_SET);
  const record = data as Record<string, unknown>;
  if (record['leestafel:format'] !== SET_FORMAT) return refuse(NOT_A_SET);
  const badVersion = versionProblem(record['leestafel:formatVersion']);
  if (badVersion) return refuse(badVersion);

  const file = v.safeParse(fractiesetSchema, data, { abortEarly: true });
  if (!file.success) return refuse(issueMessage(file.issues[0], 'het bestand'));
  const fileAuthor = authorOf(file.output.creator);
  const scope = file.output['leestafel:scope'];

  const annotations: IncomingAnnotation[] = [];
  const questions: IncomingQuestion[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of file.output.first.items.entries()) {
    const where = `aantekening ${index + 1}`;
    const parsed = v.safeParse(itemSchema, raw, { abortEarly: true });
    if (!parsed.success) return refuse(issueMessage(parsed.issues[0], where));
    const item = parsed.output;
    const id = inertText(idOfUrn(item.id));
    if (id === '' || seen.has(id)) return refuse(`De set is niet in orde: de id ‘${id.slice(0, 60)}’ staat er twee keer in.`);
    seen.add(id);
    const author = item.creator ? authorOf(item.creator) : fileAuthor;
    const createdAt = Date.parse(item.created);
    const updatedAt = Math.max(createdAt, Date.parse(item.modified));
    const documentId = documentIdOfUrn(item.target.source);
    const target = documentId === undefined ? undefined : targetOf(item);
    if (typeof target === 'string') return refuse(`De set is niet in orde: ${where} ${target}.`);

    if (item.motivation === 'questioning') {
      const fields = item['leestafel:question'];
      if (!fields) return refuse(`De set is niet in orde: ${where} is een vraag zonder vergadering.`);
      const reference = fields.reference && target && documentId !== undefined
        ? {
            documentId,
            documentTitle: inertText(fields.reference.documentTitle),
            documentVersion: item.target['leestafel:documentVersion'],
            ...(fields.reference.sectionId ? { sectionId: fields.reference.sectionId } : {}),
            ...(fields.reference.sectionNumber ? { sectionNumber: inertText(fields.reference.sectionNumber) } : {}),
            ...(fields.reference.sectionTitle ? { sectionTitle: inertText(fields.reference.sectionTitle) } : {}),
            ...(fields.reference.sectionPath ? { sectionPath: fields.reference.sectionPath.map(inertText) } : {}),
            paragraphNumber: fields.reference.paragraphNumber,
            quote: target.quote.exact,
            target,
          }
        : undefined;
      questions.push({
        id, authorKey: authorKeyOf(author), author, meetingId: fields.meeting, ...(fields.agendaItem ? { agendaItemId: fields.agendaItem } : {}),
        kind: fields.kind, question: bodyText(item, 'questioning'), toelichting: bodyText(item, 'describing'), ...(reference ? { reference } : {}), createdAt, updatedAt,
      });
      continue;
    }
    if (documentId === undefined || !target) return refuse(`De set is niet in orde: ${where} hoort niet bij een stuk van Leestafel Leusden.`);
    const app = item['leestafel:annotation'];
    annotations.push({
      id,
      authorKey: authorKeyOf(author),
      documentId,
      documentVersion: item.target['leestafel:documentVersion'],
      target,
      color: app?.color ?? 'geel',
      ...(app?.flag ? { flag: app.flag } : {}),
      note: bodyText(item, 'commenting'),
      tags: [...new Set(item.body.filter((part) => part.purpose === 'tagging').map((part) => inertText(part.value).trim()).filter(Boolean))],
      visibility: app?.visibility ?? 'fractie',
      author,
      createdAt,
      updatedAt,
    });
  }
  const meetings = file.output['leestafel:meetings'].map((meeting) => ({
    ...meeting,
    name: inertText(meeting.name),
    agendaItems: meeting.agendaItems.map((item) => ({ ...item, number: inertText(item.number), title: inertText(item.title) })),
  }));
  return {
    ok: true,
    set: {
      exportedAt: Date.parse(file.output.generated),
      author: fileAuthor,
      authorKey: authorKeyOf(fileAuthor),
      scope: { ...scope, ...(scope.tags ? { tags: scope.tags.map(inertText) } : {}) },
      annotations,
      questions,
      meetings,
    },
  };
}
