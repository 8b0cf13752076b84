// A database of its own for every unit test (fake-indexeddb, see tests/unit/setup.ts), deleted
// again after each test, so no test sees another's records.
import { afterEach } from 'vitest';
import { createDatabase, type LeestafelDatabase } from '../../renderer/db/database';

/**
 * Registers the clean-up for the calling test file and returns `freshDatabase(name?)`: the
 * app's database under a new unique name starting with `prefix` (or under `name`, to open a
 * database a test made beforehand, or to open one again after closing it).
 */
export function freshDatabases(prefix: string): (name?: string) => LeestafelDatabase {
  let counter = 0;
  const opened: LeestafelDatabase[] = [];
  afterEach(async () => {
    // Handles that name the same database delete it once, through the last one opened.
    const lastByName = new Map(opened.splice(0).map((database) => [database.name, database]));
    for (const database of lastByName.values()) await database.delete();
  });
  return (name = `${prefix}-${Date.now()}-${counter++}`) => {
    const database = createDatabase(name);
    opened.push(database);
    return database;
  };
}
