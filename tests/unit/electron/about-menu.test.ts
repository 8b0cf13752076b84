// Help → "Over Leestafel Leusden" on the desktop: the About box shows the app, Electron and
// Chromium versions, the bundled documents and the folder the raadslid's data lives in.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { formatAboutDetail } from '../../../electron/bundled-documents';
import { menuTemplate } from '../../../electron/menu';

const showMessageBox = vi.hoisted(() => vi.fn<(...args: unknown[]) => Promise<{ response: number }>>());

vi.mock('electron', async () => {
  const mock = await import('../../support/electron-mock');
  return { ...mock, dialog: { ...mock.dialog, showMessageBox } };
});

const submenuOf = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];

// Node has no Electron or Chromium version; the desktop app's process has both.
const runtimeVersions = { electron: '45.6.1', chrome: '142.0.7444.235' };

describe('the About entry of the application menu', () => {
  beforeEach(() => {
    showMessageBox.mockReset().mockResolvedValue({ response: 0 });
    for (const [name, value] of Object.entries(runtimeVersions)) Object.defineProperty(process.versions, name, { value, configurable: true });
  });

  afterEach(() => {
    for (const name of Object.keys(runtimeVersions)) Reflect.deleteProperty(process.versions, name);
  });

  it('sits in the Help menu on Windows and Linux, and under the app menu on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const help = menuTemplate(platform, true).find((item) => item.label === 'Help');
      expect(help?.role).toBe('help');
      expect(submenuOf(help).map((entry) => entry.label)).toEqual(['Over Leestafel Leusden']);
    }
    const mac = menuTemplate('darwin', true);
    expect(submenuOf(mac[0])[0]?.label).toBe('Over Leestafel Leusden');
    expect(submenuOf(mac.find((item) => item.label === 'Help')).map((entry) => entry.label)).toEqual(['Over Leestafel Leusden']);
  });

  it('opens an About box with the versions, the documents and where the data lives', async () => {
    const help = menuTemplate('win32', true).find((item) => item.label === 'Help');
    const about = submenuOf(help)[0];
    (about?.click as () => void)();
    await vi.waitFor(() => expect(showMessageBox).toHaveBeenCalledTimes(1));

    const [options] = showMessageBox.mock.calls[0] as [{ title: string; message: string; detail: string; buttons: string[] }];
    expect(options.title).toBe('Over Leestafel Leusden');
    expect(options.message).toBe('Leestafel Leusden');
    expect(options.buttons).toEqual(['Sluiten']);
    const lines = options.detail.split('\n');
    // The shared mock's app says version 0.1.0 and answers every getPath with one folder.
    expect(lines.slice(0, 2)).toEqual(['Versie 0.1.0', 'Electron 45.6.1, Chromium 142.0.7444.235']);
    expect(lines.slice(-3)).toEqual(['', 'Je gegevens staan in:', '/home/raadslid/Documenten']);
    // The documents sit between them (from dist/renderer/documents/index.json when built).
    expect(lines[3]).toMatch(/^(Meegeleverde documenten:|Er zijn geen meegeleverde documenten gevonden\.)$/);
  });
});

describe('formatAboutDetail with the runtime', () => {
  it('puts the Electron and Chromium versions under the app version and the data folder last', () => {
    const kadernota = { id: 'kadernota-2022-domein-3', title: 'Kadernota 2022 – Domein 3', version: 'a1b2c3d4' };
    const runtime = { electronVersion: '45.6.1', chromeVersion: '142.0.7444.235', userDataPath: 'C:\\Users\\raadslid\\AppData\\Roaming\\Leestafel Leusden' };
    expect(formatAboutDetail('0.1.0', [kadernota], runtime)).toBe(
      [
        'Versie 0.1.0',
        'Electron 45.6.1, Chromium 142.0.7444.235',
        '',
        'Meegeleverde documenten:',
        '• Kadernota 2022 – Domein 3 (versie a1b2c3d4)',
        '',
        'Je gegevens staan in:',
        'C:\\Users\\raadslid\\AppData\\Roaming\\Leestafel Leusden',
      ].join('\n'),
    );
  });
});
