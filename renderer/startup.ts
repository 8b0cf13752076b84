/**
 * What the first screen needs, started before most of the app's code is evaluated (main.tsx
 * imports this module before react-dom and the app's screens): the settings and, when the URL
 * asks for a document, that document and the reader's remembered position in it. The app's
 * first render waits for them, so its first frame shows the text at its place and size
 * instead of a loading screen.
 */
import type { SettingValues } from './model/settings';
import { db } from './db/database';
import { changeRecorder, noticeChanges } from './db/change-tracking';
import { reportStorageFailures } from './db/report-storage-failures';
import { loadDocument, loadDocumentIndex } from './documents/load-documents';
import { getReadingPosition, type OpeningDocument } from './reader/reading-position';
import { parseRoute } from './navigation/route';
import { DEFAULT_SETTINGS, getSettings } from './settings/settings-store';

/** What was read for the first screen; a part that could not be read in time is absent. */
export interface StartupData {
  settings?: SettingValues;
  document?: OpeningDocument;
}

/** At most this long the first render waits: a database that does not answer must not keep the window empty. */
const MAX_WAIT_MS = 1000;

function readStartupData(): Promise<StartupData> {
  // Without IndexedDB (a locked-down browser) the reader still works, with the defaults.
  const settings = getSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  const route = parseRoute(window.location.hash);
  loadDocumentIndex().catch(() => undefined);
  const document =
    route.screen === 'document'
      ? Promise.all([loadDocument(route.documentId), getReadingPosition(route.documentId).catch(() => undefined)]).then(
          ([model, position]): OpeningDocument => ({ model, savedBlockId: position?.blockId }),
          // The reading screen loads it again and says so when it fails.
          () => undefined,
        )
      : undefined;
  const everything = Promise.all([settings, document]).then(([settings, document]) => ({ settings, document }));
  const timeout = new Promise<StartupData>((resolve) => setTimeout(() => resolve({}), MAX_WAIT_MS));
  return Promise.race([everything, timeout]);
}

// Before the first read: from here on, every write that fails on the storage shows in the storage alert.
db.use(reportStorageFailures);
// And every change to the user's work is noted, for the automatic reservekopieën and the reminder.
db.use(noticeChanges(changeRecorder(db)));

/** The first screen's data, being read since the app's code started. */
export const startupData: Promise<StartupData> = readStartupData();
