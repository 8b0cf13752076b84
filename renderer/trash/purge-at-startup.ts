/**
 * The Prullenbak forgets what it has kept longer than TRASH_KEEP_DAYS days, once per start,
 * when the browser is idle after the first screen is up: never on the path of the first paint.
 */
import { purgeExpiredTrash } from './trash-store';

/** Schedules the start-up clean-up of the Prullenbak; call it after the first render. */
export function purgeTrashWhenIdle(): void {
  const run = () => {
    // A failure (no IndexedDB, a full disk) only keeps old items a start longer; the
    // screens that need the database say what is wrong.
    purgeExpiredTrash().catch(() => undefined);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 2_000);
}
