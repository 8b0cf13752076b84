/** The kinds of search hit: a block of a bundled document, or one of the user's annotations. */
import type { Block } from '../documents/model';
import type { HitPattern } from './hit-pattern';

interface HitBase {
  /** Unique over all hits. */
  id: string;
  documentId: string;
  /** Relevance: higher is better; comparable between hits of one search. */
  score: number;
  /** What to emphasise in the hit's text. */
  pattern: HitPattern;
}

/** A block of a bundled document that matches. */
export interface BlockHit extends HitBase {
  type: 'block';
  blockId: string;
  blockKind: Block['kind'];
  /** The text as shown in the document (a heading with its number). */
  text: string;
  sectionId?: string;
  section?: string;
}

/** An annotation whose note, tags or quoted passage matches. */
export interface AnnotationHit extends HitBase {
  type: 'annotation';
  annotationId: string;
  /** The block the annotation starts in, when known. */
  blockId?: string;
  note: string;
  tags: string[];
  quote: string;
}

export type SearchHit = BlockHit | AnnotationHit;
