// Which Chromium the tests and scripts drive, and how to start it on these machines.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own download (if `npx playwright install chromium` was run).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

/** Flags that keep Chromium from calling out to Google's services on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright: `use.launchOptions` in playwright.config.ts and `chromium.launch()` in scripts. */
export function chromiumLaunchOptions() {
  const system = CANDIDATES.find((p) => existsSync(p));
  if (system) return { executablePath: system, args: CHROMIUM_ARGS };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { args: CHROMIUM_ARGS };
  throw new Error(
    'Chromium が見つかりません。Debian/Ubuntu では `sudo apt-get install chromium`、' +
      'それ以外では `npx playwright install chromium` を実行するか、CHROMIUM_PATH にパスを設定してください。\n' +
      'No Chromium found: install Debian\'s `chromium`, run `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
}
