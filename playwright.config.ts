import { defineConfig } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (Playwright cannot download browsers here) against
// the real built CMS and site, started by tests/e2e/global-setup.ts on free ports.
export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
  },
  projects: [
    { name: 'e2e', testIgnore: /lighthouse\.spec\.ts$/ },
    // Lighthouse times the pages' main thread: it runs after every other test, alone on the machine.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts$/, dependencies: ['e2e'] },
  ],
});
