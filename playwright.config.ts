import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium.mjs';

// Tests run against the built site, never the dev server (the CSP and the search index exist only after a build):
// the project `chromium` against `astro preview`, the project `nginx` (tests/prod/) against `npm run serve:prod`,
// the production configuration in real nginx.
const PORT = Number(process.env.PORT ?? 4321);
const PROD_PORT = Number(process.env.PROD_PORT ?? 8080);

export default defineConfig({
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  projects: [
    { name: 'chromium', testDir: './tests/e2e' },
    { name: 'nginx', testDir: './tests/prod', use: { baseURL: `http://127.0.0.1:${PROD_PORT}` } },
  ],
  webServer: [
    {
      // --ignore-lock: Playwright owns this server. Without it, a run started while the previous run's server is
      // still shutting down fails, because Astro's preview refuses to start while its lock names a live process.
      command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-prod.mjs`,
      env: { PORT: String(PROD_PORT) },
      url: `http://127.0.0.1:${PROD_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
