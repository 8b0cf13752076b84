/**
 * What the app tells the raadslid when the browser's storage (IndexedDB) fails: one pure
 * mapping from an error — a DOMException of IndexedDB, Dexie's wrapping of it, or a domain
 * function's own Dutch message — to a kind of problem and its plain Dutch text.
 */
import Dexie from 'dexie';
import type { WrittenBy } from '../model/database-meta';

/**
 * The storage problems the app explains, each with its own advice: no storage at all, a full
 * disk, a database of a newer release, a database changed or deleted in another window, a
 * database that does not answer, and any other failure of the storage.
 */
export type StorageProblemKind = 'unavailable' | 'quota' | 'newer-version' | 'closed' | 'no-answer' | 'failed';

// Most telling first: an error chain that holds several of these is explained by the first.
const KIND_BY_NAME: ReadonlyArray<readonly [StorageProblemKind, readonly string[]]> = [
  ['newer-version', ['VersionError']],
  // Firefox's private windows fail open() with InvalidStateError; locked-down browsers and
  // opaque origins with SecurityError.
  ['unavailable', ['MissingAPIError', 'SecurityError', 'InvalidStateError']],
  // NS_ERROR_DOM_QUOTA_REACHED is the name older Firefox releases use.
  ['quota', ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']],
  ['no-answer', ['TimeoutError']],
  ['closed', ['DatabaseClosedError', 'VersionChangeError']],
];

/** The names of every error in the chain: the error, what it wraps (`inner`), and a bulk write's failures. */
function namesInChain(error: unknown, seen = new Set<unknown>()): string[] {
  if (typeof error !== 'object' || error === null || seen.has(error)) return [];
  seen.add(error);
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  const nested = failures && typeof failures === 'object' ? Object.values(failures) : [];
  // Dexie reports a failed open as "closed" wrapping why it failed: the reason is what counts.
  const own = typeof name === 'string' && !(name === 'DatabaseClosedError' && inner) ? [name] : [];
  return [...own, ...namesInChain(inner, seen), ...nested.flatMap((f) => namesInChain(f, seen))];
}

function isStorageError(error: unknown): boolean {
  return error instanceof Dexie.DexieError || (typeof DOMException !== 'undefined' && error instanceof DOMException);
}

/** The kind of storage problem behind `error`, or undefined when it is not a storage failure (such as a domain function's check of the input). */
export function classifyStorageError(error: unknown): StorageProblemKind | undefined {
  const names = namesInChain(error);
  for (const [kind, known] of KIND_BY_NAME) if (names.some((name) => known.includes(name))) return kind;
  return isStorageError(error) ? 'failed' : undefined;
}

const MESSAGES: Readonly<Record<Exclude<StorageProblemKind, 'newer-version'>, string>> = {
  unavailable:
    'Deze browser laat Leestafel niets bewaren: de opslag (IndexedDB) ontbreekt of is geblokkeerd, bijvoorbeeld in een privévenster of door een beveiligingsinstelling. ' +
    'De documenten kun je gewoon lezen, maar aantekeningen en vragen kunnen hier niet worden opgeslagen. ' +
    'Open Leestafel in een gewoon browservenster, sta opslag voor deze site toe of gebruik de desktopapp.',
  quota:
    'De opslag is vol: je laatste wijziging is niet bewaard. ' +
    'Maak een reservekopie van je aantekeningen en vragen, maak ruimte vrij op de schijf en probeer het daarna opnieuw.',
  closed:
    'Leestafel is in een ander venster bijgewerkt, of de gegevens zijn daar verwijderd of teruggezet. ' +
    'Laad Leestafel opnieuw om verder te werken; tot dan wordt hier niets opgeslagen.',
  'no-answer':
    'De opslag geeft geen antwoord. Waarschijnlijk houdt een ander venster met Leestafel de gegevens vast: ' +
    'sluit de andere vensters van Leestafel en laad Leestafel opnieuw.',
  failed:
    'Opslaan of lezen in de opslag van de browser is niet gelukt. ' +
    'Probeer het opnieuw; gaat het weer mis, laad Leestafel dan opnieuw en maak een reservekopie.',
};

/** The Dutch text for a storage problem; for a newer database, `writtenBy` (read from it) names the release that is needed. */
export function describeStorageProblem(kind: StorageProblemKind, writtenBy?: WrittenBy): string {
  if (kind !== 'newer-version') return MESSAGES[kind];
  const made = writtenBy
    ? `Deze gegevens zijn gemaakt met Leestafel ${writtenBy.appVersion}; installeer die versie of nieuwer.`
    : 'Deze gegevens zijn gemaakt met een nieuwere versie van Leestafel; installeer de nieuwste versie.';
  return `${made} Deze versie van Leestafel is ouder en opent ze niet, zodat er niets aan verandert. De documenten kun je gewoon lezen.`;
}

/**
 * The message for any failure of a save or a read: the Dutch text of its storage problem, or
 * the error's own message when it is not a storage failure (domain functions throw with a
 * Dutch message on bad input).
 */
export function describeStorageError(error: unknown, writtenBy?: WrittenBy): string {
  const kind = classifyStorageError(error);
  if (kind) return describeStorageProblem(kind, writtenBy);
  return error instanceof Error ? error.message : String(error);
}
