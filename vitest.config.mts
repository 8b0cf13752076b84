// Unit tests: pure domain logic in Node, Dexie against fake-indexeddb.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    typecheck: { tsconfig: 'tsconfig.node.json' },
    // CI runs on two loaded cores beside a fresh LibreOffice and Chromium: vitest's 5 s default
    // fails tests that are merely slow there. Speed is measured by npm run bench, not here.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
