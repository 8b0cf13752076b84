/**
 * Reading positions: which block of a document the reader last had at the top of the
 * screen, so a document reopens where it was left, also after a restart.
 */
import { db, type LeestafelDatabase, type ReadingPosition } from '../db/database';

/** Remembers that `blockId` is the topmost visible block of the document. */
export async function saveReadingPosition(
  documentId: string,
  blockId: string,
  database: LeestafelDatabase = db,
): Promise<void> {
  await database.readingPositions.put({ documentId, blockId, updatedAt: Date.now() });
}

const earlyReads = new Map<string, Promise<ReadingPosition | undefined>>();

/**
 * Starts reading the remembered position when the app starts (it also opens the database),
 * so that it is there when the reading screen asks for it instead of one round trip later.
 */
export function readReadingPositionEarly(documentId: string): void {
  earlyReads.set(documentId, getReadingPosition(documentId).catch(() => undefined));
}

/** The position to open a document at: the early read once, else a fresh one; undefined on failure. */
export function readingPositionForOpening(documentId: string): Promise<ReadingPosition | undefined> {
  const early = earlyReads.get(documentId);
  earlyReads.delete(documentId);
  return early ?? getReadingPosition(documentId).catch(() => undefined);
}

/** The remembered position in a document, or undefined when it was never read. */
export async function getReadingPosition(
  documentId: string,
  database: LeestafelDatabase = db,
): Promise<ReadingPosition | undefined> {
  return database.readingPositions.get(documentId);
}
