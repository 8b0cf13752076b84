/** The Dutch names of the document kinds, in the order the library shows them. */
import type { DocumentKind } from './model';

/** Kinds in library order. */
export const KIND_ORDER: readonly DocumentKind[] = ['kadernota', 'begroting', 'beleidskader', 'achtergrond'];

/** The label of each kind, as a group heading and in a document's info line. */
export const KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  kadernota: 'Kadernota',
  begroting: 'Begroting',
  beleidskader: 'Beleidskader',
  achtergrond: 'Achtergrond',
};
