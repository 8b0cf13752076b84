// The automatic-reservekopie bridge with Electron mocked and a real user-data folder: only the
// app's window is answered, payloads are checked, and a stored reservekopie is listed and read back.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { app, electronMock } from '../../support/electron-mock';

vi.mock('electron', () => import('../../support/electron-mock'));
vi.mock('../../../electron/window.js', () => ({ appWebContentsIds: () => new Set([1]) }));

const mainFrame = { url: 'app://leestafel/index.html' };
const appEvent = { sender: { id: 1, mainFrame }, senderFrame: mainFrame };
const userData = mkdtempSync(path.join(tmpdir(), 'leestafel-userdata-'));

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = electronMock.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

beforeAll(async () => {
  vi.spyOn(app, 'getPath').mockImplementation((name: string) => (name === 'userData' ? userData : '/home/raadslid/Documenten'));
  const { setupAutoBackups } = await import('../../../electron/auto-backup-bridge');
  setupAutoBackups();
});

describe('automatic reservekopie bridge', () => {
  it('stores one per hour in the user-data folder, lists it and reads it back', async () => {
    expect(await invoke('desktop:storeAutoBackup', appEvent, '{"format":"leestafel-reservekopie"}')).toBe(true);
    expect(await invoke('desktop:storeAutoBackup', appEvent, '{"tweede":true}')).toBe(false);
    const list = (await invoke('desktop:listAutoBackups', appEvent)) as { name: string; madeAt: number }[];
    expect(list).toHaveLength(1);
    expect(list[0]!.name).toMatch(/^leestafel-reservekopie-\d{4}-\d{2}-\d{2}T\d{6}Z\.json$/);
    expect(await invoke('desktop:readAutoBackup', appEvent, list[0]!.name)).toBe('{"format":"leestafel-reservekopie"}');
  });

  it('refuses other senders and bad payloads', async () => {
    const foreign = { sender: { id: 2, mainFrame }, senderFrame: mainFrame };
    await expect(invoke('desktop:listAutoBackups', foreign)).rejects.toThrow('Geweigerd');
    await expect(invoke('desktop:storeAutoBackup', appEvent, 42)).rejects.toThrow('Ongeldig verzoek');
    await expect(invoke('desktop:storeAutoBackup', appEvent, 'x'.repeat(50 * 1024 * 1024 + 1))).rejects.toThrow('Ongeldig verzoek');
    await expect(invoke('desktop:readAutoBackup', appEvent, '../preferences.json')).rejects.toThrow('Geen automatische reservekopie.');
  });
});
