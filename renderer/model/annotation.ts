/**
 * What an annotation is: a passage of a document marked by a raadslid with a colour, an
 * optional council purpose (flag), a note and tags. Flags are stored as codes; the labels
 * are what the UI shows.
 */
import type { TextTarget } from '../anchoring/selectors';

export const FLAGS = [
  { code: 'technische-vraag', label: 'Technische vraag' },
  { code: 'schriftelijke-vraag', label: 'Schriftelijke vraag' },
  { code: 'motie-idee', label: 'Motie-idee' },
  { code: 'amendement-idee', label: 'Amendement-idee' },
  { code: 'toezegging-controleren', label: 'Toezegging controleren' },
  { code: 'belangrijk', label: 'Belangrijk' },
  { code: 'onduidelijk', label: 'Onduidelijk' },
] as const;

export type FlagCode = (typeof FLAGS)[number]['code'];

export const COLORS = [
  { code: 'geel', label: 'Geel' },
  { code: 'groen', label: 'Groen' },
  { code: 'blauw', label: 'Blauw' },
  { code: 'roze', label: 'Roze' },
  { code: 'oranje', label: 'Oranje' },
] as const;

export type ColorCode = (typeof COLORS)[number]['code'];

export type Visibility = 'prive' | 'fractie';

/** Who wrote an annotation: the profile asked once and editable in the settings. */
export interface Author {
  naam: string;
  fractie: string;
}

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
}

export function flagLabel(code: FlagCode): string {
  return FLAGS.find((f) => f.code === code)?.label ?? code;
}

export function colorLabel(code: ColorCode): string {
  return COLORS.find((c) => c.code === code)?.label ?? code;
}
