/**
 * The fractieset: how a raadslid's annotations and question drafts travel to fractie members
 * as one file. It is a W3C Web Annotation `AnnotationCollection` (JSON-LD) with one embedded
 * page of annotations, so other tools can read it; what only this app needs (colour, flag,
 * visibility, vergadering and agendapunt) sits under the `leestafel:` prefix of our context.
 *
 *   { "@context": ["http://www.w3.org/ns/anno.jsonld", { "leestafel": "…#" }],
 *     "type": "AnnotationCollection", "leestafel:format": "leestafel-fractieset",
 *     "leestafel:formatVersion": "1.0", "generated": "2026-12-04T21:00:00.000Z",
 *     "creator": { "type": "Person", "id": "urn:uuid:…", "name": "Anna", "leestafel:fractie": "…" },
 *     "leestafel:scope": { … }, "leestafel:meetings": [ … ],
 *     "first": { "type": "AnnotationPage", "items": [ { "type": "Annotation", … } ] } }
 *
 * Versions follow the reservekopie's rule: a new major version is refused with a message, a
 * new minor version only adds; unknown members are ignored, as JSON-LD readers do.
 */
import type { SharedAuthor } from '../../model/shared';

/** The Web Annotation context every file names first. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our namespace for what the Web Annotation model has no term for. */
export const LEESTAFEL_NAMESPACE = 'https://leestafel.leusden.nl/ns/fractieset#';

/** The value of `leestafel:format`: what tells a fractieset from any other annotation file. */
export const SET_FORMAT = 'leestafel-fractieset';

/** The format version this release writes, and the highest major version it reads. */
export const SET_FORMAT_VERSION = { major: 1, minor: 0 } as const;

/** The largest fractieset an import reads (20 MB: some 40,000 annotations); the desktop checks the same. */
export { MAX_FRACTIESET_BYTES } from '../../../electron/contract';

/** The most annotations and questions one file may hold; more is refused as absurd. */
export const MAX_ITEMS = 50_000;

const DOCUMENT_URN = 'urn:leestafel:document:';
const MEETING_URN = 'urn:leestafel:vergadering:';
const UUID_URN = 'urn:uuid:';

/** The stable name of a bundled document: a URN of its id (the version travels beside it). */
export function documentUrn(documentId: string): string {
  return `${DOCUMENT_URN}${documentId}`;
}

/** The document id of a document URN, or undefined when it is none. */
export function documentIdOfUrn(urn: string): string | undefined {
  return urn.startsWith(DOCUMENT_URN) ? urn.slice(DOCUMENT_URN.length) : undefined;
}

/** The target of a question without a passage: its vergadering. */
export function meetingUrn(meetingId: string): string {
  return `${MEETING_URN}${meetingId}`;
}

/** An id as the file writes it: a URN. */
export function idUrn(id: string): string {
  return `${UUID_URN}${id}`;
}

/** The app's id of a URN from a file: the part after `urn:uuid:`, or the whole id otherwise. */
export function idOfUrn(urn: string): string {
  return urn.startsWith(UUID_URN) ? urn.slice(UUID_URN.length) : urn;
}

/**
 * The key that tells authors apart: the stable id the app gives a profile at the first Delen,
 * or (for a file without one) naam and fractie, compared without case and outer spaces.
 */
export function authorKeyOf(author: SharedAuthor): string {
  if (author.id) return `id:${author.id}`;
  return `naam:${author.naam.trim().toLocaleLowerCase('nl')}|${author.fractie.trim().toLocaleLowerCase('nl')}`;
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'onbekend'
  );
}

/** The suggested file name: fractieset-<fractie>-<naam>-JJJJ-MM-DD.json (the local calendar day). */
export function fractiesetFileName(author: SharedAuthor, date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `fractieset-${slug(author.fractie)}-${slug(author.naam)}-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}
