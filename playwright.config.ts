import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer in Debian's Chromium on the
// browser bridge (scripts/web.mjs). Playwright's own browser download is not
// available here, hence executablePath. The background-networking flags keep
// Chromium from dialling out (the machine's network is closed).
// Not the default `npm run web` port, so a server someone left running is
// never mistaken for the build under test.
const port = Number(process.env.GALLEY_E2E_PORT ?? 5188);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  webServer: {
    // Always rebuild the renderer so the tests never run a stale build.
    command: 'node scripts/web.mjs --build',
    url: `http://127.0.0.1:${port}/`,
    env: { PORT: String(port) },
    // Never reuse: a stale build would be tested.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
