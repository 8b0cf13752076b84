// The one mapping from storage failures to plain Dutch: real error objects as IndexedDB and
// Dexie make them, each to its exact text; a domain function's own Dutch message passes through.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageError, describeStorageProblem } from '../../../renderer/db/storage-errors';

const QUOTA =
  'De opslag is vol: je laatste wijziging is niet bewaard. ' +
  'Maak een reservekopie van je aantekeningen en vragen, maak ruimte vrij op de schijf en probeer het daarna opnieuw.';
const UNAVAILABLE =
  'Deze browser laat Leestafel niets bewaren: de opslag (IndexedDB) ontbreekt of is geblokkeerd, bijvoorbeeld in een privévenster of door een beveiligingsinstelling. ' +
  'De documenten kun je gewoon lezen, maar aantekeningen en vragen kunnen hier niet worden opgeslagen. ' +
  'Open Leestafel in een gewoon browservenster, sta opslag voor deze site toe of gebruik de desktopapp.';
const CLOSED =
  'Leestafel is in een ander venster bijgewerkt, of de gegevens zijn daar verwijderd of teruggezet. ' +
  'Laad Leestafel opnieuw om verder te werken; tot dan wordt hier niets opgeslagen.';
const NO_ANSWER =
  'De opslag geeft geen antwoord. Waarschijnlijk houdt een ander venster met Leestafel de gegevens vast: ' +
  'sluit de andere vensters van Leestafel en laad Leestafel opnieuw.';
const FAILED =
  'Opslaan of lezen in de opslag van de browser is niet gelukt. ' +
  'Probeer het opnieuw; gaat het weer mis, laad Leestafel dan opnieuw en maak een reservekopie.';
const NEWER_9 =
  'Deze gegevens zijn gemaakt met Leestafel 9.0.0; installeer die versie of nieuwer. ' +
  'Deze versie van Leestafel is ouder en opent ze niet, zodat er niets aan verandert. De documenten kun je gewoon lezen.';
const NEWER_UNKNOWN =
  'Deze gegevens zijn gemaakt met een nieuwere versie van Leestafel; installeer de nieuwste versie. ' +
  'Deze versie van Leestafel is ouder en opent ze niet, zodat er niets aan verandert. De documenten kun je gewoon lezen.';

const writtenBy9 = { appVersion: '9.0.0', schemaVersion: 9, at: Date.UTC(2027, 0, 5) };

describe('describeStorageError', () => {
  it('explains a full disk, as the browser and as Dexie report it', () => {
    const native = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(describeStorageError(native)).toBe(QUOTA);
    expect(describeStorageError(new Dexie.QuotaExceededError('Quota exceeded'))).toBe(QUOTA);
    // Dexie maps a failed transaction to an AbortError that wraps the cause.
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', native))).toBe(QUOTA);
    // A bulk write lists its failures instead.
    expect(describeStorageError(new Dexie.BulkError('1 of 2 operations failed', { 1: native }))).toBe(QUOTA);
    // Older Firefox releases.
    expect(describeStorageError(new DOMException('', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(QUOTA);
  });

  it('explains missing or blocked storage, also behind the "closed" Dexie reports for a failed open', () => {
    const missing = new Dexie.MissingAPIError();
    expect(missing.message).toContain('tinyurl');
    expect(describeStorageError(missing)).toBe(UNAVAILABLE);
    expect(describeStorageError(new Dexie.DatabaseClosedError(missing))).toBe(UNAVAILABLE);
    expect(describeStorageError(new Dexie.OpenFailedError(missing))).toBe(UNAVAILABLE);
    expect(describeStorageError(new DOMException('The operation is insecure.', 'SecurityError'))).toBe(UNAVAILABLE);
    expect(describeStorageError(new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'))).toBe(UNAVAILABLE);
  });

  it('names the release a newer database needs, when it is known', () => {
    const native = new DOMException('The requested version (40) is less than the existing version (90).', 'VersionError');
    expect(describeStorageError(native, writtenBy9)).toBe(NEWER_9);
    expect(describeStorageError(new Dexie.DatabaseClosedError(new Dexie.VersionError('Version', native)), writtenBy9)).toBe(NEWER_9);
    expect(describeStorageError(new Dexie.VersionError())).toBe(NEWER_UNKNOWN);
    expect(describeStorageProblem('newer-version', writtenBy9)).toBe(NEWER_9);
  });

  it('asks for a reload when the database was closed by another window, and says when it does not answer', () => {
    expect(describeStorageError(new Dexie.DatabaseClosedError())).toBe(CLOSED);
    expect(describeStorageError(new DOMException('De opslag gaf geen antwoord.', 'TimeoutError'))).toBe(NO_ANSWER);
  });

  it('has a plain Dutch text for any other failure of the storage', () => {
    expect(describeStorageError(new Dexie.ConstraintError('Key already exists in the object store.'))).toBe(FAILED);
    expect(describeStorageError(new DOMException('Internal error.', 'UnknownError'))).toBe(FAILED);
    expect(describeStorageError(new Dexie.DatabaseClosedError(new DOMException('Internal error.', 'UnknownError')))).toBe(FAILED);
  });

  it('passes on the Dutch message of a domain function unchanged', () => {
    expect(describeStorageError(new RangeError('Geef de vergadering een naam.'))).toBe('Geef de vergadering een naam.');
    expect(describeStorageError('Koppelen is mislukt.')).toBe('Koppelen is mislukt.');
  });
});

describe('classifyStorageError', () => {
  it('sorts real errors into the kinds the alert explains', () => {
    expect(classifyStorageError(new DOMException('', 'QuotaExceededError'))).toBe('quota');
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new Dexie.VersionError())).toBe('newer-version');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(classifyStorageError(new DOMException('', 'TimeoutError'))).toBe('no-answer');
    expect(classifyStorageError(new Dexie.DataError('Invalid key'))).toBe('failed');
    expect(classifyStorageError(new TypeError('x is undefined'))).toBeUndefined();
    expect(classifyStorageError(undefined)).toBeUndefined();
  });
});
