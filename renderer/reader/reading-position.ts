/**
 * Reading positions: which block of a document the reader last had at the top of the
 * screen, so a document reopens where it was left, also after a restart.
 */
import { db, type LeestafelDatabase } from '../db/database';
import type { DocumentModel } from '../documents/model';
import type { ReadingPosition } from '../model/reading-position';

/** The document the reader opens with, and where the reader last was in it. */
export interface OpeningDocument {
  model: DocumentModel;
  savedBlockId?: string;
}

/** Remembers that `blockId` is the topmost visible block of the document. */
export async function saveReadingPosition(
  documentId: string,
  blockId: string,
  database: LeestafelDatabase = db,
): Promise<void> {
  await database.readingPositions.put({ documentId, blockId, updatedAt: Date.now() });
}

/** The remembered position in a document, or undefined when it was never read. */
export async function getReadingPosition(
  documentId: string,
  database: LeestafelDatabase = db,
): Promise<ReadingPosition | undefined> {
  return database.readingPositions.get(documentId);
}
