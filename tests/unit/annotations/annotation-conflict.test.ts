// Two windows, one annotation: a save from an editor names the version it started from, and the
// store refuses it (writing nothing) when the stored annotation changed or went since; a
// deleted annotation can be stored again with the editor's text.
import { describe, expect, it } from 'vitest';
import { addAnnotation, deleteAnnotation, recreateAnnotation, updateAnnotation } from '../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { EditConflictError } from '../../../renderer/forms/edit-conflict';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('annotation-conflict');

const TEXT = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';
const author = { naam: 'Anna de Vries', fractie: 'CDA' };
const target = describeRange(TEXT, 5, 32, 'p-442');

async function refusal(promise: Promise<unknown>): Promise<EditConflictError<{ updatedAt: number }>> {
  const error: unknown = await promise.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(EditConflictError);
  return error as EditConflictError<{ updatedAt: number }>;
}

describe('updateAnnotation with the version the editor started from', () => {
  it('refuses a stale version and leaves the stored annotation as the other window saved it', async () => {
    const database = freshDatabase();
    const opened = await addAnnotation({ documentId: 'd', documentVersion: 'v1', target, color: 'geel', note: 'Begin', author }, database);
    const elsewhere = await updateAnnotation(opened.id, { note: 'Uit venster B' }, database, opened.updatedAt);

    const error = await refusal(updateAnnotation(opened.id, { note: 'Uit venster A', color: 'blauw' }, database, opened.updatedAt));
    expect(error.message).toBe('Deze aantekening is intussen in een ander venster gewijzigd.');
    expect(error.current).toEqual(elsewhere);
    expect(await database.annotations.get(opened.id)).toEqual(elsewhere);
    expect(elsewhere.updatedAt).toBeGreaterThan(opened.updatedAt);
  });

  it('saves with the current version, also over the other window’s change when chosen', async () => {
    const database = freshDatabase();
    const opened = await addAnnotation({ documentId: 'd', documentVersion: 'v1', target, color: 'geel', note: 'Begin', author }, database);
    const saved = await updateAnnotation(opened.id, { note: 'Eerste', tags: [' jeugd'] }, database, opened.updatedAt);
    expect(await database.annotations.get(opened.id)).toEqual({ ...opened, note: 'Eerste', tags: ['jeugd'], updatedAt: saved.updatedAt });

    // "Mijn versie houden": the editor names the version it now knows is stored.
    const mine = await updateAnnotation(opened.id, { note: 'Mijn versie' }, database, saved.updatedAt);
    expect((await database.annotations.get(opened.id))?.note).toBe('Mijn versie');
    expect(mine.updatedAt).toBeGreaterThan(saved.updatedAt);
  });

  it('says when the annotation was deleted, and stores it again with the editor’s text', async () => {
    const database = freshDatabase();
    const opened = await addAnnotation({ documentId: 'd', documentVersion: 'v1', target, color: 'geel', note: 'Begin', author }, database);
    await deleteAnnotation(opened.id, database);

    const error = await refusal(updateAnnotation(opened.id, { note: 'Nog bezig' }, database, opened.updatedAt));
    expect(error.message).toBe('Deze aantekening is in een ander venster verwijderd.');
    expect(error.current).toBeUndefined();
    expect(await database.annotations.count()).toBe(0);

    const kept = await recreateAnnotation(opened, { note: 'Nog bezig', flag: undefined }, database);
    expect(await database.annotations.get(opened.id)).toEqual({ ...opened, note: 'Nog bezig', updatedAt: kept.updatedAt });
    // Back with the newer text: the Prullenbak no longer holds the old one as well.
    expect(await database.trash.count()).toBe(0);
    // Put back meanwhile (from the Prullenbak, in a third window): a conflict, not a second copy.
    const again = await refusal(recreateAnnotation(opened, { note: 'Nog eens' }, database));
    expect(again.current).toEqual(kept);
  });
});
