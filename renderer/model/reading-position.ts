/** Where a reader last was in a document: the topmost visible block. */
export interface ReadingPosition {
  documentId: string;
  blockId: string;
  /** Milliseconds since the epoch. */
  updatedAt: number;
}
