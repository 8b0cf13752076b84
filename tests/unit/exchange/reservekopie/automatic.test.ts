// When a reservekopie is made without the user asking (desktop) and when the browser edition
// reminds the user to make one.
import { describe, expect, it } from 'vitest';
import { isAutoBackupWanted, isReminderDue } from '../../../../renderer/exchange/reservekopie/automatic';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2026, 11, 4, 23, 0);

describe('automatic reservekopieën', () => {
  it('are made when work changed after the newest one, and never without a change', () => {
    expect(isAutoBackupWanted(undefined, undefined)).toBe(false);
    expect(isAutoBackupWanted(now, undefined)).toBe(true);
    expect(isAutoBackupWanted(now, now - 1)).toBe(true);
    expect(isAutoBackupWanted(now - 1, now)).toBe(false);
  });
});

describe('the reminder to make a reservekopie', () => {
  it('comes when the last one is over 7 days old and work changed since', () => {
    expect(isReminderDue({ lastBackupAt: now - 8 * DAY, lastChangeAt: now - DAY }, now)).toBe(true);
    expect(isReminderDue({ lastBackupAt: now - 6 * DAY, lastChangeAt: now - DAY }, now)).toBe(false);
    expect(isReminderDue({ lastBackupAt: now - 8 * DAY, lastChangeAt: now - 9 * DAY }, now)).toBe(false);
  });

  it('counts from the first use when there never was one, and stays away without work', () => {
    expect(isReminderDue({ firstUsedAt: now - 8 * DAY, lastChangeAt: now - DAY }, now)).toBe(true);
    expect(isReminderDue({ firstUsedAt: now - 2 * DAY, lastChangeAt: now - DAY }, now)).toBe(false);
    expect(isReminderDue({ firstUsedAt: now - 30 * DAY }, now)).toBe(false);
    expect(isReminderDue({ lastChangeAt: now }, now)).toBe(false);
  });
});
