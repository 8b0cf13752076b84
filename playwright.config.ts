// End-to-end tests: the browser edition in Debian's Chromium (tests/e2e) and the desktop
// shell through Playwright's _electron where an Electron binary exists (tests/electron).
import { defineConfig } from '@playwright/test';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// E2E_PORT (with RENDERER_OUT_DIR, see vite.config.mts) lets several builds be tested side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests',
  fullyParallel: false,
  workers: 1,
  // A loaded two-core machine can take twice the usual time; speed is measured by npm run bench.
  timeout: 60_000,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
  },
  projects: [
    {
      name: 'browser-edition',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --strictPort --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
