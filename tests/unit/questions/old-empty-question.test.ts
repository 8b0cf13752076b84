// A question stored without text before empty questions were refused is still the raadslid's:
// it survives a reservekopie restored by Samenvoegen and by Vervangen, and a trip through the
// Prullenbak, with its (empty) text and every other field as they were. The real services run
// over fake-indexeddb.
import { describe, expect, it } from 'vitest';
import { parseReservekopie } from '../../../renderer/exchange/reservekopie/parse';
import { makeReservekopie, mergeReservekopie, readAllTables, replaceWithReservekopie } from '../../../renderer/exchange/reservekopie/reservekopie-service';
import type { Reservekopie } from '../../../renderer/exchange/reservekopie/format';
import type { Question } from '../../../renderer/model/question';
import { deleteQuestion } from '../../../renderer/questions/question-store';
import { restoreFromTrash } from '../../../renderer/trash/trash-store';
import { freshDatabases } from '../../support/fresh-database';
import { meeting, question } from '../exchange/reservekopie/fixture';

const freshDatabase = freshDatabases('old-empty-question');
const NOW = new Date('2026-12-03T09:30:00.000Z');
const empty: Question = { ...question('q-empty', 'm-1', 1_780_000_000_500, ''), status: 'ingediend', answer: 'Nog niet beantwoord.' };
const filled = question('q-filled', 'm-1', 1_780_000_000_600, 'Wat kost het?');

async function databaseWithEmptyQuestion() {
  const database = freshDatabase();
  await database.meetings.put(meeting('m-1', 1_780_000_000_000));
  await database.questions.bulkPut([empty, filled]);
  return database;
}

async function reservekopieOf(database: Awaited<ReturnType<typeof databaseWithEmptyQuestion>>): Promise<Reservekopie> {
  const result = await parseReservekopie((await makeReservekopie(database, { now: NOW })).text);
  if (!result.ok) throw new Error(result.message);
  return result.reservekopie;
}

describe('an empty question from before the rule', () => {
  it('is restored by Samenvoegen into an empty database, text and all', async () => {
    const reservekopie = await reservekopieOf(await databaseWithEmptyQuestion());
    const target = freshDatabase();
    const changes = await mergeReservekopie(reservekopie, target);
    expect(changes.questions).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect(await target.questions.get('q-empty')).toEqual(empty);
  });

  it('is restored by Vervangen, replacing what the database held', async () => {
    const reservekopie = await reservekopieOf(await databaseWithEmptyQuestion());
    const target = freshDatabase();
    await target.meetings.put(meeting('m-2', 5));
    await target.questions.put(question('q-other', 'm-2', 5, 'Een andere vraag'));
    await replaceWithReservekopie(reservekopie, await readAllTables(target), target);
    expect(await target.questions.orderBy('id').toArray()).toEqual([empty, filled]);
  });

  it('goes into the Prullenbak and comes back as it was', async () => {
    const database = await databaseWithEmptyQuestion();
    const entry = await deleteQuestion('q-empty', database);
    expect(await database.questions.get('q-empty')).toBeUndefined();
    await restoreFromTrash(entry!.id, database, NOW.getTime());
    expect(await database.questions.get('q-empty')).toEqual(empty);
    expect(await database.trash.count()).toBe(0);
  });
});
