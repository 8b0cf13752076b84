/**
 * Sharing with the fractie over the database: make a fractieset of the own work, preview and
 * apply an import in one transaction, remove a whole import into the Prullenbak (and so undo
 * that), hide an import, settle a conflict, and adopt a shared annotation or question draft as
 * one's own. Every function takes the database, defaulting to the app's, so tests and the
 * benchmark can pass their own.
 */
import { version as packageVersion } from '../../../package.json';
import { db, type LeestafelDatabase } from '../../db/database';
import type { ImportRecord } from '../../model/shared';
import { profileWithId } from '../../settings/settings-store';
import { putInTrash } from '../../trash/trash-store';
import { buildFractieset, type MadeFractieset } from './build';
import type { Fractieset } from './parse';
import { planImport, type ImportOptions, type ImportPlan, type ImportState } from './plan';
import { annotationsToShare } from './select';
import { hasQuestionText } from '../../questions/question-groups';
import type { SharedScope } from '../../model/shared';

/** Makes a fractieset of the own annotations in `scope` (and the question drafts when asked); nothing is saved. */
export async function makeFractieset(scope: SharedScope, database: LeestafelDatabase = db, now = new Date()): Promise<MadeFractieset> {
  const author = await profileWithId(database);
  if (!author) throw new Error('Vul eerst je naam en fractie in bij Instellingen: een fractiegenoot moet kunnen zien van wie de aantekeningen zijn.');
  return database.transaction('r', [database.annotations, database.questions, database.meetings, database.agendaItems], async () => {
    const annotations = annotationsToShare(await database.annotations.toArray(), scope);
    const questions = scope.includesQuestions ? (await database.questions.toArray()).filter(hasQuestionText) : [];
    const [meetings, agendaItems] = await Promise.all([database.meetings.toArray(), database.agendaItems.toArray()]);
    return buildFractieset({ author, annotations, questions, meetings, agendaItems, scope, appVersion: packageVersion, now });
  });
}

async function readState(database: LeestafelDatabase): Promise<ImportState> {
  const [annotations, sharedQuestions, meetings, agendaItems, imports] = await Promise.all([
    database.annotations.toArray(),
    database.sharedQuestions.toArray(),
    database.meetings.toArray(),
    database.agendaItems.toArray(),
    database.imports.toArray(),
  ]);
  return { annotations, sharedQuestions, meetings, agendaItems, imports };
}

function importTables(database: LeestafelDatabase) {
  return [database.annotations, database.sharedQuestions, database.meetings, database.agendaItems, database.imports, database.trash];
}

/** What importing `set` would do, for the preview; nothing is written. */
export function previewImport(set: Fractieset, options: Omit<ImportOptions, 'importId' | 'now'>, database: LeestafelDatabase = db): Promise<ImportPlan> {
  return database.transaction('r', importTables(database), async () => planImport(set, await readState(database), { ...options, importId: 'voorbeeld', now: Date.now() }));
}

/**
 * Imports `set` in one transaction: the plan is made again from what is stored at that moment,
 * written, and what the author deleted goes into the Prullenbak. Resolves to the plan.
 */
export function applyImport(set: Fractieset, options: Omit<ImportOptions, 'importId' | 'now'>, database: LeestafelDatabase = db, now = Date.now()): Promise<ImportPlan> {
  return database.transaction('rw', importTables(database), async () => {
    const plan = planImport(set, await readState(database), { ...options, importId: crypto.randomUUID(), now });
    const { writes } = plan;
    if (!plan.changesAnything) return plan;
    if (writes.removedAnnotations.length + writes.removedQuestions.length > 0) {
      await database.annotations.bulkDelete(writes.removedAnnotations.map((annotation) => annotation.id));
      await database.sharedQuestions.bulkDelete(writes.removedQuestions.map((question) => question.id));
      await putInTrash(
        {
          kind: 'import',
          title: `${set.author.naam}: niet meer in de nieuwere set`,
          records: { annotations: writes.removedAnnotations, sharedQuestions: writes.removedQuestions, imports: [] },
          deletedAt: now,
        },
        database,
      );
    }
    await database.meetings.bulkAdd(writes.meetings);
    await database.agendaItems.bulkAdd(writes.agendaItems);
    await database.annotations.bulkPut(writes.annotations);
    await database.sharedQuestions.bulkPut(writes.sharedQuestions);
    if (writes.importRecord) await database.imports.add(writes.importRecord);
    return plan;
  });
}

/** Every import, the latest first. */
export function listImports(database: LeestafelDatabase = db): Promise<ImportRecord[]> {
  return database.imports.orderBy('importedAt').reverse().toArray();
}

/** Removes an import with everything it brought into the Prullenbak, in one transaction; resolves to the entry's id. */
export function removeImport(importId: string, database: LeestafelDatabase = db, now = Date.now()): Promise<string | undefined> {
  return database.transaction('rw', importTables(database), async () => {
    const record = await database.imports.get(importId);
    if (!record) return undefined;
    const annotations = await database.annotations.where('origin.importId').equals(importId).toArray();
    const sharedQuestions = await database.sharedQuestions.where('origin.importId').equals(importId).toArray();
    await database.annotations.bulkDelete(annotations.map((annotation) => annotation.id));
    await database.sharedQuestions.bulkDelete(sharedQuestions.map((question) => question.id));
    await database.imports.delete(importId);
    const date = new Date(record.exportedAt).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    const entry = await putInTrash({ kind: 'import', title: `van ${record.author.naam} (${date})`, records: { annotations, sharedQuestions, imports: [record] }, deletedAt: now }, database);
    return entry.id;
  });
}

/** Shows or hides what an import brought, in the text and the panel. */
export async function setImportHidden(importId: string, hidden: boolean, database: LeestafelDatabase = db): Promise<void> {
  await database.imports.update(importId, { hidden });
}
