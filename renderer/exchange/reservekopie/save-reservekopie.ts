/**
 * The reservekopie actions as the screen uses them, over the platform: save a reservekopie
 * (a save dialog on the desktop, a download in the browser) and record when; and Vervangen,
 * which first saves a reservekopie of the current data and replaces nothing unless that worked.
 */
import { FILE_FORMATS } from '../../../electron/export-formats';
import { db, type LeestafelDatabase } from '../../db/database';
import { platform } from '../../platform/desktop-bridge';
import type { Reservekopie } from './format';
import type { MergePlan } from './merge';
import { makeReservekopie, recordReservekopieSaved, replaceWithReservekopie, type MadeReservekopie, type MakeOptions } from './reservekopie-service';

/** A reservekopie offered to the user: whether it was saved (false: the dialog was cancelled). */
export interface SavedReservekopie extends MadeReservekopie {
  saved: boolean;
}

/** Makes a reservekopie of everything and saves it through the platform. */
export async function saveReservekopie(database: LeestafelDatabase = db, options: MakeOptions = {}): Promise<SavedReservekopie> {
  const made = await makeReservekopie(database, options);
  const { saved } = await platform.saveFile({ suggestedName: made.fileName, mimeType: FILE_FORMATS.json.mimeType, data: made.text });
  if (saved) await recordReservekopieSaved(Date.now(), database);
  return { ...made, saved };
}

/** Vervangen after an automatic reservekopie of the current data; returns that file's name and what changed. */
export async function replaceAfterSavingCurrent(reservekopie: Reservekopie, database: LeestafelDatabase = db): Promise<{ safetyFileName: string; changes: MergePlan['changes'] }> {
  const safety = await saveReservekopie(database, { nameSuffix: 'voor-vervangen' });
  if (!safety.saved) throw new Error('Er is niets vervangen: de reservekopie van je huidige gegevens is niet opgeslagen.');
  const changes = await replaceWithReservekopie(reservekopie, safety.tables, database);
  return { safetyFileName: safety.fileName, changes };
}
