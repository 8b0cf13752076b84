/**
 * Where an annotation or a quoted passage sits in a document's anchor text: the W3C Web
 * Annotation pair of a TextQuoteSelector (the quoted words with context either side) and a
 * TextPositionSelector (character offsets), plus the block it starts in. Making and resolving
 * them is anchoring's job (renderer/anchoring/); this is only the stored shape.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** The block the annotation started in: a hint for fast re-anchoring. */
  blockId?: string;
}
