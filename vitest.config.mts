// Unit tests: pure domain logic in Node, Dexie against fake-indexeddb.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    typecheck: { tsconfig: 'tsconfig.node.json' },
  },
});
