// A fractieset from one raadslid's database into another's: the W3C file, what goes along,
// the preview's counts, an import that can be repeated, a newer file that updates and removes,
// conflicts kept beside own work, a removed import that comes back, and an adopted question.
import { describe, expect, it } from 'vitest';
import { addAnnotation, updateAnnotation } from '../../../../renderer/annotations/annotation-store';
import { describeRange } from '../../../../renderer/anchoring/selectors';
import { copyToOwn, settleConflict } from '../../../../renderer/annotations/shared-annotations';
import { applyImport, makeFractieset, previewImport, removeImport } from '../../../../renderer/exchange/fractie/fractie-service';
import { adoptQuestion } from '../../../../renderer/questions/shared-questions';
import { conflictCopyId } from '../../../../renderer/exchange/fractie/plan';
import { restoreFromTrash } from '../../../../renderer/trash/trash-store';
import { freshDatabases } from '../../../support/fresh-database';
import { EVERYTHING, KNOWN_DOCUMENTS, TEXT, fillAnna, readSet, snapshot } from './fixture';

const freshDatabase = freshDatabases('fractieset');
const NOW = new Date(2026, 11, 4, 21, 30);
const options = (fileName = 'set.json') => ({ fileName, knownDocumentIds: KNOWN_DOCUMENTS });

describe('Delen', () => {
  it('writes a W3C AnnotationCollection with the Fractie annotations and the question drafts, named after fractie, naam and date', async () => {
    const anna = freshDatabase();
    const { first, question, free } = await fillAnna(anna);
    const made = await makeFractieset(EVERYTHING, anna, NOW);
    expect(made.fileName).toBe('fractieset-fractie-leusden-anna-de-vries-2026-12-04.json');
    expect([made.annotationCount, made.questionCount]).toEqual([3, 2]);
    const file = JSON.parse(made.text);
    const profile = (await anna.settings.get('profile'))!.value as { id: string };
    expect(file['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { leestafel: 'https://leestafel.leusden.nl/ns/fractieset#' }]);
    expect(file).toMatchObject({
      type: 'AnnotationCollection', 'leestafel:format': 'leestafel-fractieset', 'leestafel:formatVersion': '1.0', generated: NOW.toISOString(), total: 5,
      creator: { id: `urn:uuid:${profile.id}`, type: 'Person', name: 'Anna de Vries', 'leestafel:fractie': 'Fractie Leusden' },
      'leestafel:suggestedFileName': made.fileName,
    });
    const item = file.first.items.find((candidate: { id: string }) => candidate.id === `urn:uuid:${first.id}`);
    expect(item).toEqual({
      id: `urn:uuid:${first.id}`, type: 'Annotation', motivation: 'commenting', created: new Date(first.createdAt).toISOString(), modified: new Date(first.updatedAt).toISOString(),
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Hoeveel huishoudens?\nBron?', format: 'text/plain', language: 'nl' },
        { type: 'TextualBody', purpose: 'tagging', value: 'armoede' },
        { type: 'TextualBody', purpose: 'tagging', value: 'minima' },
      ],
      target: {
        source: 'urn:leestafel:document:beleidskader-sociaal-domein-2023-2026', 'leestafel:documentVersion': 'a1b2c3', 'leestafel:blockId': 'p-442',
        selector: [
          { type: 'TextQuoteSelector', exact: '8 procent van onze inwoners', prefix: first.target.quote.prefix, suffix: first.target.quote.suffix },
          { type: 'TextPositionSelector', start: 5, end: 32 },
        ],
      },
      'leestafel:annotation': { color: 'geel', flag: 'technische-vraag', visibility: 'fractie' },
    });
    // The author is the collection's creator; an annotation names its own only when it differs.
    expect(file.first.items.some((candidate: { creator?: unknown }) => candidate.creator)).toBe(false);
    expect(file.first.items.map((candidate: { motivation: string }) => candidate.motivation).sort()).toEqual(['commenting', 'highlighting', 'questioning', 'questioning', 'tagging']);
    const asked = file.first.items.find((candidate: { id: string }) => candidate.id === `urn:uuid:${question.id}`);
    expect(asked['leestafel:question']).toMatchObject({ kind: 'technische-vraag', meeting: question.meetingId, agendaItem: question.agendaItemId });
    expect(file.first.items.find((candidate: { id: string }) => candidate.id === `urn:uuid:${free.id}`).target).toEqual({ source: `urn:leestafel:vergadering:${free.meetingId}` });
    expect(made.text).not.toContain('Alleen voor mij');
  });

  it('takes Privé annotations only when asked, and narrows by document, flag and tag', async () => {
    const anna = freshDatabase();
    await fillAnna(anna);
    expect((await makeFractieset({ ...EVERYTHING, includesPrivate: true }, anna, NOW)).annotationCount).toBe(4);
    expect((await makeFractieset({ ...EVERYTHING, documentIds: ['kadernota-2022-domein-3'] }, anna, NOW)).annotationCount).toBe(2);
    expect((await makeFractieset({ ...EVERYTHING, flags: ['technische-vraag'] }, anna, NOW)).annotationCount).toBe(1);
    expect((await makeFractieset({ ...EVERYTHING, tags: ['aanpak'], includesQuestions: false }, anna, NOW))).toMatchObject({ annotationCount: 1, questionCount: 0 });
  });

  it('asks for a profile first', async () => {
    await expect(makeFractieset(EVERYTHING, freshDatabase(), NOW)).rejects.toThrow('Vul eerst je naam en fractie in bij Instellingen');
  });
});

describe('Importeren', () => {
  it('round-trips every field of every annotation into a colleague’s database', async () => {
    const anna = freshDatabase();
    const { first, second, third } = await fillAnna(anna);
    const set = readSet((await makeFractieset(EVERYTHING, anna, NOW)).text);
    const bram = freshDatabase();
    await applyImport(set, options(), bram);
    const imported = await bram.annotations.toArray();
    const profile = (await anna.settings.get('profile'))!.value as { id: string };
    const annaKey = `id:${profile.id}`;
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(imported.map(({ origin: _origin, ...rest }) => rest).sort(byId)).toEqual(
      [first, second, third].map((annotation) => ({ ...annotation, author: { ...annotation.author, id: profile.id } })).sort(byId),
    );
    expect(imported.every((annotation) => annotation.origin?.authorKey === annaKey)).toBe(true);
    const [record] = await bram.imports.toArray();
    expect(record).toMatchObject({ authorKey: annaKey, author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden', id: profile.id }, exportedAt: NOW.getTime(), hidden: false });
  });

  it('previews per author and per document, and changes nothing the second time', async () => {
    const anna = freshDatabase();
    await fillAnna(anna);
    const set = readSet((await makeFractieset(EVERYTHING, anna, NOW)).text);
    const bram = freshDatabase();
    const preview = await previewImport(set, options(), bram);
    expect(preview.authors).toHaveLength(1);
    expect(preview.authors[0]!.author.naam).toBe('Anna de Vries');
    expect(preview.authors[0]!.documents).toEqual([
      { documentId: 'beleidskader-sociaal-domein-2023-2026', counts: { new: 1, updated: 0, unchanged: 0, conflict: 0, removed: 0 } },
      { documentId: 'kadernota-2022-domein-3', counts: { new: 2, updated: 0, unchanged: 0, conflict: 0, removed: 0 } },
    ]);
    expect(preview.authors[0]!.questions).toEqual({ new: 2, updated: 0, unchanged: 0, conflict: 0, removed: 0 });
    // The vergadering is made here with its agendapunt, as Bram has none on that date.
    expect(preview.writes.meetings.map((meeting) => [meeting.name, meeting.date])).toEqual([['Raadsvergadering', '2026-12-10']]);
    expect(preview.writes.agendaItems.map((item) => item.number)).toEqual(['5a']);
    expect(await bram.annotations.count()).toBe(0);

    await applyImport(set, options(), bram);
    const after = await snapshot(bram);
    const again = await applyImport(set, options(), bram);
    expect(again.changesAnything).toBe(false);
    expect(again.authors[0]!.documents.map((document) => document.counts.unchanged)).toEqual([1, 2]);
    expect(await snapshot(bram)).toBe(after);
  });

  it('a newer file of the same author updates what changed and removes what they deleted, into the Prullenbak', async () => {
    const anna = freshDatabase();
    const { first, third } = await fillAnna(anna);
    const bram = freshDatabase();
    await applyImport(readSet((await makeFractieset(EVERYTHING, anna, NOW)).text), options(), bram);
    await updateAnnotation(first.id, { note: 'Hoeveel huishoudens precies?' }, anna);
    await anna.annotations.delete(third.id);
    const later = new Date(NOW.getTime() + 3_600_000);
    const plan = await applyImport(readSet((await makeFractieset(EVERYTHING, anna, later)).text), options('later.json'), bram);
    expect(plan.authors[0]!.documents).toEqual([
      { documentId: 'beleidskader-sociaal-domein-2023-2026', counts: { new: 0, updated: 1, unchanged: 0, conflict: 0, removed: 0 } },
      { documentId: 'kadernota-2022-domein-3', counts: { new: 0, updated: 0, unchanged: 1, conflict: 0, removed: 1 } },
    ]);
    expect((await bram.annotations.get(first.id))?.note).toBe('Hoeveel huishoudens precies?');
    expect(await bram.annotations.get(third.id)).toBeUndefined();
    const [entry] = await bram.trash.toArray();
    expect(entry).toMatchObject({ kind: 'import', title: 'Anna de Vries: niet meer in de nieuwere set' });
    expect(entry!.records.annotations.map((annotation) => annotation.id)).toEqual([third.id]);
  });

  it('never changes own work: a conflicting version is kept beside it until the user chooses', async () => {
    const anna = freshDatabase();
    const { first } = await fillAnna(anna);
    const set = readSet((await makeFractieset(EVERYTHING, anna, NOW)).text);
    const bram = freshDatabase();
    // Bram has the same annotation as his own (say, from a reservekopie of Anna's), edited since.
    const mine = { ...first, note: 'Mijn eigen notitie', author: { naam: 'Bram Jansen', fractie: 'Fractie Leusden' } };
    await bram.annotations.put(mine);
    const plan = await applyImport(set, options(), bram);
    expect(plan.authors[0]!.documents[0]!.counts.conflict).toBe(1);
    expect(await bram.annotations.get(first.id)).toEqual(mine);
    const copyId = conflictCopyId(first.id, set.authorKey);
    expect(await bram.annotations.get(copyId)).toMatchObject({ note: 'Hoeveel huishoudens?\nBron?', origin: { conflictWith: first.id } });
    // Importing again adds no second copy.
    expect((await applyImport(set, options(), bram)).changesAnything).toBe(false);
    await settleConflict(copyId, 'theirs', bram);
    const settled = await bram.annotations.get(first.id);
    expect(settled).toMatchObject({ note: 'Hoeveel huishoudens?\nBron?', author: mine.author });
    expect(settled?.origin).toBeUndefined();
    expect(await bram.annotations.get(copyId)).toBeUndefined();
  });

  it('removes a whole import into the Prullenbak, and putting it back undoes that exactly', async () => {
    const anna = freshDatabase();
    await fillAnna(anna);
    const bram = freshDatabase();
    await bram.annotations.put({ id: 'eigen', documentId: 'kadernota-2022-domein-3', documentVersion: 'x', target: describeRange(TEXT, 0, 4), color: 'geel', note: '', tags: [], visibility: 'prive', author: { naam: 'Bram', fractie: 'F' }, createdAt: 1, updatedAt: 1 });
    await applyImport(readSet((await makeFractieset(EVERYTHING, anna, NOW)).text), options(), bram);
    const imported = await snapshot(bram);
    const [record] = await bram.imports.toArray();
    const entryId = await removeImport(record!.id, bram);
    expect(await bram.annotations.count()).toBe(1);
    expect(await bram.sharedQuestions.count()).toBe(0);
    expect(await bram.imports.count()).toBe(0);
    await restoreFromTrash(entryId!, bram);
    expect(await snapshot(bram)).toBe(imported);
  });

  it('adopts a question draft into the own list with its quote and vindplaats, once', async () => {
    const anna = freshDatabase();
    const { question } = await fillAnna(anna);
    const bram = freshDatabase();
    await applyImport(readSet((await makeFractieset(EVERYTHING, anna, NOW)).text), options(), bram);
    const shared = (await bram.sharedQuestions.get(question.id))!;
    const ownId = await adoptQuestion(shared.id, bram);
    expect(await adoptQuestion(shared.id, bram)).toBe(ownId);
    const own = (await bram.questions.get(ownId!))!;
    expect(own).toMatchObject({ meetingId: shared.meetingId, agendaItemId: shared.agendaItemId, kind: 'technische-vraag', question: question.question, toelichting: question.toelichting, reference: question.reference });
    expect(await bram.questions.count()).toBe(1);
    expect((await bram.sharedQuestions.get(shared.id))?.adoptedAs).toBe(ownId);
  });

  it('copies a colleague’s annotation into an own one, by the profile here', async () => {
    const anna = freshDatabase();
    const { first } = await fillAnna(anna);
    const bram = freshDatabase();
    await applyImport(readSet((await makeFractieset(EVERYTHING, anna, NOW)).text), options(), bram);
    await expect(copyToOwn((await bram.annotations.get(first.id))!, bram)).rejects.toThrow('Vul eerst je naam en fractie in');
    const { setProfile } = await import('../../../../renderer/settings/settings-store');
    await setProfile({ naam: 'Bram Jansen', fractie: 'Fractie Leusden' }, bram);
    const own = await copyToOwn((await bram.annotations.get(first.id))!, bram);
    expect(own).toMatchObject({ note: first.note, tags: first.tags, target: first.target, visibility: 'prive', author: { naam: 'Bram Jansen' } });
    expect(own.origin).toBeUndefined();
  });

  it('reports annotations on documents the app does not have, and stores none of them', async () => {
    const anna = freshDatabase();
    await fillAnna(anna);
    await addAnnotation({ documentId: 'begroting-2031', documentVersion: 'z', target: describeRange(TEXT, 0, 4), color: 'geel', author: { naam: 'Anna de Vries', fractie: 'Fractie Leusden' }, visibility: 'fractie' }, anna);
    const set = readSet((await makeFractieset({ ...EVERYTHING, documentIds: [...EVERYTHING.documentIds, 'begroting-2031'] }, anna, NOW)).text);
    const bram = freshDatabase();
    const plan = await applyImport(set, options(), bram);
    expect(plan.authors[0]!.unknownDocuments).toEqual([{ documentId: 'begroting-2031', count: 1 }]);
    expect(await bram.annotations.where('documentId').equals('begroting-2031').count()).toBe(0);
    expect(await bram.annotations.count()).toBe(3);
  });
});

describe('Tonen en verbergen', () => {
  it('leaves a hidden import out of what the reader reads, per import and so per author', async () => {
    const { annotationsOfDocument, allAnnotations } = await import('../../../../renderer/annotations/annotation-store');
    const { setImportHidden } = await import('../../../../renderer/exchange/fractie/fractie-service');
    const anna = freshDatabase();
    await fillAnna(anna);
    const bram = freshDatabase();
    await bram.annotations.put({ id: 'eigen', documentId: 'kadernota-2022-domein-3', documentVersion: 'x', target: describeRange(TEXT, 0, 4), color: 'geel', note: '', tags: [], visibility: 'prive', author: { naam: 'Bram', fractie: 'F' }, createdAt: 1, updatedAt: 1 });
    await applyImport(readSet((await makeFractieset(EVERYTHING, anna, NOW)).text), options(), bram);
    expect((await annotationsOfDocument('kadernota-2022-domein-3', bram)).length).toBe(3);
    const [record] = await bram.imports.toArray();
    await setImportHidden(record!.id, true, bram);
    expect((await annotationsOfDocument('kadernota-2022-domein-3', bram)).map((annotation) => annotation.id)).toEqual(['eigen']);
    expect((await allAnnotations(bram)).map((annotation) => annotation.id)).toEqual(['eigen']);
    expect(await bram.annotations.count()).toBe(4);
    await setImportHidden(record!.id, false, bram);
    expect((await allAnnotations(bram)).length).toBe(4);
  });
});
