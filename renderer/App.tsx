/**
 * The reader's shell: applies the display settings, offers the skip link, shows the storage
 * alert and the screen the URL hash asks for (the library, a document, the vergaderingen or one
 * vergadering), inside a boundary that turns an unexpected error into a Dutch message.
 */
import { lazy, Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { LibraryScreen } from './library/LibraryScreen';
import { MeetingScreen } from './questions/ui/MeetingScreen';
import { MeetingsScreen } from './questions/ui/MeetingsScreen';
import { BackupReminder } from './exchange/reservekopie/ui/BackupReminder';
import { focusInPlace } from './keyboard/focus-start';
import { ReaderScreen } from './reader/ReaderScreen';
import { parseRoute, useLocationHash } from './navigation/route';
import { findTopBlock } from './reader/use-reading-position';
import { useApplySettings } from './settings/use-apply-settings';
import { DEFAULT_SETTINGS } from './settings/settings-store';
import { useLoadedSettings } from './settings/use-settings';
import type { StartupData } from './startup';
import { ScreenErrorBoundary } from './storage/ScreenErrorBoundary';
import { StorageAlert } from './storage/StorageAlert';
import { SearchBox } from './search/SearchBox';
import { provideHeaderSearch } from './settings/ScreenHeader';

// The screens beside the reader show the search box too (Ctrl+K on every screen).
provideHeaderSearch(SearchBox);

// Screens a raadslid opens now and then, with their validation library: loaded when opened, so
// the first screen's code stays as small as it was.
const TrashScreen = lazy(() => import('./trash/TrashScreen').then((module) => ({ default: module.TrashScreen })));
const FractieScreen = lazy(() => import('./exchange/fractie/ui/FractieScreen').then((module) => ({ default: module.FractieScreen })));
const RekencontroleScreen = lazy(() =>
  import('./rekencontrole/RekencontroleScreen').then((module) => ({ default: module.RekencontroleScreen })),
);
const ReservekopieScreen = lazy(() =>
  import('./exchange/reservekopie/ui/ReservekopieScreen').then((module) => ({ default: module.ReservekopieScreen })),
);

/** How long the first render waits for the settings once the start-up gave up on them. */
const SETTINGS_WAIT_MS = 1000;

/** The whole app; `startup` is what was read for the first screen before the first render. */
export function App({ startup = {} }: { startup?: StartupData }) {
  const route = parseRoute(useLocationHash());
  const loadedSettings = useLoadedSettings(startup.settings);
  // A database that does not answer (an open blocked by another window) must not keep the
  // window empty: after a while the text is shown at the default size.
  const [stoppedWaiting, setStoppedWaiting] = useState(false);
  useEffect(() => {
    if (loadedSettings) return;
    const timer = setTimeout(() => setStoppedWaiting(true), SETTINGS_WAIT_MS);
    return () => clearTimeout(timer);
  }, [loadedSettings]);
  const settings = loadedSettings ?? (stoppedWaiting ? DEFAULT_SETTINGS : undefined);
  // The document read at start-up serves the first screen only; later visits read afresh.
  const [startupDocument, setStartupDocument] = useState(startup.document);
  useApplySettings(settings);
  const skipLink = useRef<HTMLAnchorElement>(null);

  // After moving to another screen, start the keyboard focus at the top, on the skip link
  // (as a fresh page would), instead of leaving it on a link that no longer exists.
  const screenKey =
    route.screen === 'document' ? `document:${route.documentId}` : route.screen === 'meeting' ? `meeting:${route.meetingId}` : route.screen;
  const previousScreen = useRef(screenKey);
  useEffect(() => {
    if (previousScreen.current === screenKey) return;
    previousScreen.current = screenKey;
    setStartupDocument(undefined);
    skipLink.current?.focus({ preventScroll: true });
  }, [screenKey]);

  // Wait for the settings so the text is laid out once, at the chosen size.
  if (!settings) return null;

  return (
    <>
      <a ref={skipLink} className="skip-link" href="#inhoud" onClick={skipToContent}>
        Naar de tekst
      </a>
      <StorageAlert />
      <BackupReminder onBackupScreen={route.screen === 'backup'} />
      <ScreenErrorBoundary key={screenKey}>
        {route.screen === 'library' && <LibraryScreen />}
        {route.screen === 'document' && (
          <ReaderScreen
            key={route.documentId}
            documentId={route.documentId}
            sectionId={route.sectionId}
            startupDocument={startupDocument?.model.id === route.documentId ? startupDocument : undefined}
          />
        )}
        {route.screen === 'meetings' && <MeetingsScreen />}
        {route.screen === 'meeting' && <MeetingScreen key={route.meetingId} meetingId={route.meetingId} />}
        <Suspense fallback={<p role="status">Scherm wordt geladen…</p>}>
          {route.screen === 'trash' && <TrashScreen />}
          {route.screen === 'backup' && <ReservekopieScreen />}
          {route.screen === 'fractie' && <FractieScreen />}
          {route.screen === 'rekencontrole' && <RekencontroleScreen />}
        </Suspense>
      </ScreenErrorBoundary>
    </>
  );
}

function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  // The hash holds the route, so the link must not change it: move the focus by hand.
  event.preventDefault();
  const main = document.getElementById('inhoud');
  if (!main) return;
  // Scrolled into a document (a remembered reading position): land on the block at the top of
  // the screen, so that the next Tab goes on from there instead of from the document's start.
  const block = main.getBoundingClientRect().top < 0 ? findTopBlock(main) : undefined;
  if (block) return focusInPlace(block);
  main.focus({ preventScroll: true });
  if (main.getBoundingClientRect().top > 0) main.scrollIntoView();
}
