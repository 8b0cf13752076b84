// Where a raadslid's data lives must never move: IndexedDB is kept per user-data folder and per
// origin, under one database name. A change to any of these shows an empty app after an update.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../electron/app-origin';
import { APP_NAME, userDataPath } from '../../../electron/user-data';
import { DATABASE_NAME } from '../../../renderer/db/database';

vi.mock('electron', () => import('../../support/electron-mock'));

const root = path.resolve(import.meta.dirname, '../../..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { productName: string };

describe('where the data lives', () => {
  it('keeps the name, origin and database name of the first release', () => {
    expect(APP_NAME).toBe('Leestafel Leusden');
    expect(packageJson.productName).toBe(APP_NAME);
    expect(APP_ORIGIN).toBe('app://leestafel');
    expect(DATABASE_NAME).toBe('leestafel');
  });

  it('puts the user-data folder under each OS application-data folder', () => {
    expect(userDataPath('/home/raadslid/.config')).toBe('/home/raadslid/.config/Leestafel Leusden');
    expect(userDataPath('/Users/raadslid/Library/Application Support')).toBe('/Users/raadslid/Library/Application Support/Leestafel Leusden');
  });
});
