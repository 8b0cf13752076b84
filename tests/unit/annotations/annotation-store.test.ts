// The annotation store on its own database per test.
import { describe, expect, it } from 'vitest';
import { addAnnotation, annotationsOfDocument, deleteAnnotation, normaliseTags, reattachAnnotation, updateAnnotation } from '../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../renderer/anchoring/selectors';
import { getSettings, setProfile } from '../../../renderer/settings/settings-store';
import { restoreFromTrash } from '../../../renderer/trash/trash-store';
import { freshDatabases } from '../../support/fresh-database';

const freshDatabase = freshDatabases('annotations');

const TEXT = 'Zo’n 8 procent van onze inwoners heeft een inkomen tot 130 procent van het sociaal minimum.';
const author = { naam: 'Anna de Vries', fractie: 'Fractie Leusden' };
const target = describeRange(TEXT, 5, 32, 'p-442');

describe('annotation store', () => {
  it('stores an annotation with selectors, flag, note, tags and author, and reads it back', async () => {
    const database = freshDatabase();
    const created = await addAnnotation(
      { documentId: 'beleidskader', documentVersion: 'v1', target, color: 'geel', flag: 'technische-vraag', note: 'Hoeveel huishoudens?\nBron?', tags: [' armoede', '#minima', 'armoede'], author },
      database,
    );
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    const [stored] = await annotationsOfDocument('beleidskader', database);
    expect(stored).toEqual(created);
    expect(stored!.target.quote).toEqual({ type: 'TextQuoteSelector', exact: '8 procent van onze inwoners', prefix: 'Zo’n ', suffix: ' heeft een inkomen tot 130 proce' });
    expect(stored!.target.position).toEqual({ type: 'TextPositionSelector', start: 5, end: 32 });
    expect(stored!.tags).toEqual(['armoede', 'minima']);
    expect(stored!.visibility).toBe('prive');
  });

  // A delete is not final: it moves the annotation to the Prullenbak, from which undo puts it back.
  it('changes, deletes into the Prullenbak and restores (undo) an annotation', async () => {
    const database = freshDatabase();
    const created = await addAnnotation({ documentId: 'd', documentVersion: 'v1', target, color: 'geel', author }, database);
    await updateAnnotation(created.id, { color: 'blauw', flag: 'motie-idee', note: 'Idee', tags: ['jeugd'] }, database);
    const changed = (await annotationsOfDocument('d', database))[0]!;
    expect(changed).toMatchObject({ color: 'blauw', flag: 'motie-idee', note: 'Idee', tags: ['jeugd'] });
    await updateAnnotation(created.id, { flag: undefined }, database);
    expect((await annotationsOfDocument('d', database))[0]!.flag).toBeUndefined();

    const before = await database.annotations.get(created.id);
    const entry = await deleteAnnotation(created.id, database);
    expect(await annotationsOfDocument('d', database)).toEqual([]);
    expect(entry).toMatchObject({ kind: 'annotation', title: '8 procent van onze inwoners', records: { annotations: [before] } });
    expect(await database.trash.toArray()).toEqual([entry]);
    await restoreFromTrash(entry!.id, database);
    expect(await annotationsOfDocument('d', database)).toEqual([before]);
    expect(await database.trash.count()).toBe(0);
  });

  it('attaches an orphan to a new passage of a new document version', async () => {
    const database = freshDatabase();
    const created = await addAnnotation({ documentId: 'd', documentVersion: 'v1', target, color: 'groen', note: 'bewaren', author }, database);
    const newTarget = describeRange(TEXT, 40, 60);
    await reattachAnnotation(created.id, newTarget, 'v2', database);
    const stored = (await annotationsOfDocument('d', database))[0]!;
    expect(stored).toMatchObject({ documentVersion: 'v2', target: newTarget, note: 'bewaren' });
  });

  it('stores the profile and refuses an empty naam', async () => {
    const database = freshDatabase();
    await setProfile({ naam: '  Anna de Vries ', fractie: 'Fractie Leusden' }, database);
    expect((await getSettings(database)).profile).toEqual(author);
    await expect(setProfile({ naam: ' ', fractie: 'x' }, database)).rejects.toThrow('Vul je naam in.');
  });

  it('normalises tags', () => {
    expect(normaliseTags(['#jeugd', ' jeugd ', '', 'zorg'])).toEqual(['jeugd', 'zorg']);
  });
});
