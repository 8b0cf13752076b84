/**
 * The browser edition's reminder to make a reservekopie: shown above the screens when the last
 * one is over a week old and work changed since (the desktop app keeps automatic ones instead).
 * "Later" hides it until the app is opened again.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { backupHref } from '../../../navigation/route';
import { platform } from '../../../platform/desktop-bridge';
import { isReminderDue, reminderTimes, REMINDER_DAYS } from '../automatic';
import './reservekopie.css';

/** The reminder; nothing on the desktop, on the reservekopie screen or when no reminder is due. */
export function BackupReminder({ onBackupScreen }: { onBackupScreen: boolean }) {
  const [later, setLater] = useState(false);
  // Read once the first screen is up: the reminder must not compete with its reads.
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    const settle = () => setSettled(true);
    if (typeof requestIdleCallback !== 'function') return void setTimeout(settle, 500);
    const handle = requestIdleCallback(settle, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }, []);
  // A failing database shows its own alert; the reminder then stays away.
  const times = useLiveQuery(() => (settled ? reminderTimes().catch(() => undefined) : undefined), [settled]);
  if (later || onBackupScreen || platform.isDesktop() || !times || !isReminderDue(times, Date.now())) return null;
  return (
    <aside className="backup-reminder" aria-label="Herinnering reservekopie">
      <p>
        {times.lastBackupAt === undefined
          ? `Je hebt nog geen reservekopie gemaakt. Je werk staat alleen in deze browser; maak er een, zodat je niets kwijtraakt.`
          : `Je laatste reservekopie is meer dan ${REMINDER_DAYS} dagen oud en je hebt sindsdien gewerkt.`}
      </p>
      <a href={backupHref}>Nu een reservekopie maken</a>
      <button type="button" onClick={() => setLater(true)}>
        Later
      </button>
    </aside>
  );
}
