/**
 * Facts about the database itself, kept beside the user's data: which release last wrote it
 * (so that an older release can say which version is needed), and when the data last changed
 * and was last saved in a reservekopie (for the reminder).
 */

/** A release of the app and the schema version it writes. */
export interface WrittenBy {
  appVersion: string;
  schemaVersion: number;
  /** Milliseconds since the epoch. */
  at: number;
}

/** Every fact with the type of its value. */
export interface MetaValues {
  writtenBy: WrittenBy;
  /** When user data last changed, in milliseconds since the epoch. */
  lastChangeAt: number;
  /** When the last reservekopie was made, in milliseconds since the epoch. */
  lastBackupAt: number;
}

/** One stored fact. */
export type MetaRecord = {
  [K in keyof MetaValues]: { key: K; value: MetaValues[K] };
}[keyof MetaValues];
