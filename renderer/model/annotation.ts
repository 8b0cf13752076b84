/**
 * What an annotation is: a passage of a document marked by a raadslid with a colour, an
 * optional council purpose (flag), a note and tags. Flags are stored as codes; the labels
 * are what the UI shows.
 */
import type { Author } from './author';
import { codedList, type CodeOf } from './coded-list';
import type { SharedOrigin } from './shared';
import type { TextTarget } from './text-target';

export const FLAGS = codedList([
  { code: 'technische-vraag', label: 'Technische vraag' },
  { code: 'schriftelijke-vraag', label: 'Schriftelijke vraag' },
  { code: 'motie-idee', label: 'Motie-idee' },
  { code: 'amendement-idee', label: 'Amendement-idee' },
  { code: 'toezegging-controleren', label: 'Toezegging controleren' },
  { code: 'belangrijk', label: 'Belangrijk' },
  { code: 'onduidelijk', label: 'Onduidelijk' },
]);

export type FlagCode = CodeOf<typeof FLAGS>;

export const COLORS = codedList([
  { code: 'geel', label: 'Geel' },
  { code: 'groen', label: 'Groen' },
  { code: 'blauw', label: 'Blauw' },
  { code: 'roze', label: 'Roze' },
  { code: 'oranje', label: 'Oranje' },
]);

export type ColorCode = CodeOf<typeof COLORS>;

export type Visibility = 'prive' | 'fractie';

export interface Annotation {
  /** UUID. */
  id: string;
  documentId: string;
  /** The version (hash) of the document text the selectors were made on. */
  documentVersion: string;
  target: TextTarget;
  color: ColorCode;
  flag?: FlagCode;
  note: string;
  tags: string[];
  visibility: Visibility;
  author: Author;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** Set on an annotation of a fractie member that came in a shared file: it is theirs, read-only here. */
  origin?: SharedOrigin;
}
