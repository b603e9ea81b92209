/**
 * /check/, the environment checker, against the built site. Every row of tests/user-agents.tsv is loaded
 * with its User-Agent and the client hints that browser would send (CDP Emulation.setUserAgentOverride
 * with userAgentMetadata: otherwise Chromium invents hints from the UA string); browsers that send no
 * hints (Firefox, Safari, IE, feature phones, robots) get navigator.userAgentData removed.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checkEnvironment } from '../../src/lib/environment';
import { deviceWords, HEADLINE, headlineFor } from '../../src/lib/environment/messages';
import { VIEWPORTS, watch } from '../support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Row {
  name: string;
  userAgent: string;
  hints?: Record<string, unknown>;
  expected: 'supported' | 'unsupported' | 'unknown';
  touch: number;
}

function rows(): Row[] {
  const text = readFileSync(new URL('../user-agents.tsv', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l: string) => l && !l.startsWith('#'));
  return lines.slice(1).map((l: string) => {
    const [name, userAgent, hints, expected, touch] = l.split('\t');
    return { name, userAgent, hints: hints ? JSON.parse(hints) : undefined, expected: expected as Row['expected'], touch: touch ? Number(touch) : 0 };
  });
}

const WIN11_CHROME_150: Row = {
  name: 'Windows 11 / Chrome 150',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
  hints: {
    platform: 'Windows',
    platformVersion: '19.0.0',
    model: '',
    mobile: false,
    fullVersionList: [
      { brand: 'Google Chrome', version: '150.0.7811.101' },
      { brand: 'Chromium', version: '150.0.7811.101' },
      { brand: 'Not/A)Brand', version: '99.0.0.0' },
    ],
  },
  expected: 'supported',
  touch: 0,
};
const IE8: Row = { name: 'IE 8', userAgent: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)', expected: 'unsupported', touch: 0 };
const WIN11_CHROME_149: Row = {
  ...WIN11_CHROME_150,
  name: 'Windows 11 / Chrome 149',
  userAgent: WIN11_CHROME_150.userAgent.replace('Chrome/150', 'Chrome/149'),
  hints: {
    ...WIN11_CHROME_150.hints,
    fullVersionList: [
      { brand: 'Google Chrome', version: '149.0.7790.120' },
      { brand: 'Chromium', version: '149.0.7790.120' },
    ],
  },
};
const WIN10_CHROME_150: Row = { ...WIN11_CHROME_150, name: 'Windows 10 / Chrome 150', hints: { ...WIN11_CHROME_150.hints, platformVersion: '10.0.0' }, expected: 'unknown' };
const IPHONE_IOS18: Row = {
  name: 'iPhone iOS 18.6 / Safari',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  expected: 'supported',
  touch: 5,
};
const IPHONE_IOS17: Row = {
  name: 'iPhone iOS 17.5 / Safari',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  expected: 'unsupported',
  touch: 5,
};
const FEATURE_PHONE: Row = { name: 'DoCoMo FOMA', userAgent: 'DoCoMo/2.0 SH06A3(c500;TB;W24H14)', expected: 'unsupported', touch: 0 };
const FIREFOX_WIN: Row = {
  name: 'Firefox 153 on Windows',
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0',
  expected: 'unknown',
  touch: 0,
};

/** Makes the page look like the browser of `row`, before any script of the page runs. */
async function emulate(page: Page, row: Pick<Row, 'userAgent' | 'hints' | 'touch'>) {
  const cdp = await page.context().newCDPSession(page);
  if (row.hints) {
    const h = row.hints as { fullVersionList?: { brand: string; version: string }[] } & Record<string, unknown>;
    const full = h.fullVersionList ?? [];
    await cdp.send('Emulation.setUserAgentOverride', {
      userAgent: row.userAgent,
      userAgentMetadata: {
        brands: full.map((b) => ({ brand: b.brand, version: b.version.split('.')[0] })),
        fullVersionList: full,
        platform: String(h.platform ?? ''),
        platformVersion: String(h.platformVersion ?? ''),
        architecture: 'x86',
        model: String(h.model ?? ''),
        mobile: Boolean(h.mobile),
      },
    });
  } else {
    // Firefox, Safari, IE, feature phones and robots send no client hints: remove what Chromium would invent.
    if (row.userAgent) await cdp.send('Emulation.setUserAgentOverride', { userAgent: row.userAgent });
    await page.addInitScript((ua: string) => {
      delete (Navigator.prototype as { userAgentData?: unknown }).userAgentData;
      // An empty override means "no override" to CDP: blank navigator.userAgent directly.
      if (!ua) Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => '' });
    }, row.userAgent);
  }
  if (row.touch) await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: row.touch });
}

async function verdictOf(page: Page): Promise<string | null> {
  const el = page.locator('#env-verdict');
  await expect(el).toHaveAttribute('data-verdict', /^(supported|unsupported|unknown)$/, { timeout: 10_000 });
  return el.getAttribute('data-verdict');
}

test.describe('every User-Agent of tests/user-agents.tsv gets its verdict', () => {
  for (const row of rows()) {
    test(`${row.name} → ${row.expected}`, async ({ page, baseURL }) => {
      const seen = watch(page, new URL(baseURL!).origin);
      await emulate(page, row);
      await page.goto('/check/');
      expect(await verdictOf(page)).toBe(row.expected);
      // The page says what the pure checker says for this browser: the headline and the device in plain words.
      const pure = checkEnvironment({ userAgent: row.userAgent, hints: row.hints, maxTouchPoints: row.touch });
      await expect(page.locator('#env-verdict-headline')).toHaveText(headlineFor(pure));
      await expect(page.locator('#env-device')).toHaveText(deviceWords(pure));
      // The reasons are shown for both parts, each with a word beside its icon and what it is judged by
      // (a feature phone gets the notice's 5. and the contact instead: nothing to judge part by part).
      if (pure.device === 'feature-phone') {
        await expect(page.locator('#env-verdict .finding')).toHaveCount(0);
        await expect(page.locator('#env-verdict .next-step[data-step="feature-phone"] a[href="/notice/#feature-phone"]')).toHaveCount(1);
      } else {
        await expect(page.locator('#env-verdict .finding')).toHaveCount(2);
        await expect(page.locator('#env-verdict .finding[data-part="os"] .badge')).toHaveText(/^(サポート中|サポート終了|確かめられません)$/);
        await expect(page.locator('#env-verdict .finding[data-part="browser"] .badge')).toHaveText(/^(最新の版です|新しい版があります|ご利用いただけません|確かめられません)$/);
        await expect(page.locator('#env-verdict .finding[data-part="os"] a[href="/security/#unsupported-os"]')).toHaveCount(1);
      }
      if (row.expected !== 'supported') await expect(page.locator('#env-verdict .next-step').first()).toBeVisible();
      // No User-Agent string on the customer's page.
      if (row.userAgent.length > 12) expect(await page.locator('main').innerText()).not.toContain(row.userAgent.slice(0, 40));
      expect(seen.problems).toEqual([]);
      expect(seen.offOrigin).toEqual([]);
    });
  }
});

test('the verdict starts as pending in the HTML and leaves it by itself', async ({ page, request }) => {
  const html = await (await request.get('/check/')).text();
  expect(html).toMatch(/id="env-verdict"[^>]*data-verdict="pending"/);
  await emulate(page, WIN11_CHROME_150);
  await page.goto('/check/');
  expect(await verdictOf(page)).toBe('supported');
});

test.describe('what a customer reads', () => {
  test('iPhone on iOS 18: supported and explained, the advice to take iOS 26, no new phone', async ({ page }) => {
    await emulate(page, IPHONE_IOS18);
    await page.goto('/check/');
    expect(await verdictOf(page)).toBe('supported');
    await expect(page.locator('#env-device')).toHaveText('iPhone・iOS 18.6・Safari');
    await expect(page.locator('#env-verdict-headline')).toHaveText(HEADLINE.supported);
    const os = page.locator('.finding[data-part="os"]');
    await expect(os.locator('.badge')).toHaveText('サポート中');
    await expect(os).toContainText('iOS 26 にできない機種のために、iOS 18 にもセキュリティの更新を配布しています');
    await expect(page.locator('.next-step')).toHaveCount(1);
    await expect(page.locator('.next-step[data-step="ios-18"]')).toContainText('iOS 26 への更新をおすすめします');
    await expect(page.locator('#env-verdict')).not.toContainText(/買い替え|危険|対象外です/);
  });

  test('iPhone on iOS 17: support ended; update, then ask the bank, then (last) a new phone', async ({ page }) => {
    await emulate(page, IPHONE_IOS17);
    await page.goto('/check/');
    expect(await verdictOf(page)).toBe('unsupported');
    await expect(page.locator('#env-verdict-headline')).toHaveText(HEADLINE['os-ended']);
    await expect(page.locator('.finding[data-part="os"] .badge')).toHaveText('サポート終了');
    expect(await page.locator('.next-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['ios-update', 'contact', 'new-device']);
    await expect(page.locator('.next-step[data-step="contact"] a[href="/contact/"]')).toHaveCount(1);
  });

  test('Windows 10 with Chrome: ESU cannot be seen from a page, so it says how to find out', async ({ page }) => {
    await emulate(page, WIN10_CHROME_150);
    await page.goto('/check/');
    expect(await verdictOf(page)).toBe('unknown');
    await expect(page.locator('#env-device')).toHaveText('パソコン・Windows 10・Google Chrome 150');
    const os = page.locator('.finding[data-part="os"]');
    await expect(os.locator('.badge')).toHaveText('確かめられません');
    await expect(os).toContainText('令和7年（2025年）10月14日（火）に終了しました');
    await expect(os).toContainText('拡張セキュリティ更新（ESU）に登録したパソコン');
    expect(await page.locator('.next-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['windows-10', 'contact', 'new-device']);
    await expect(page.locator('.next-step[data-step="windows-10"]')).toContainText('Windows Update');
  });

  test('an old Chrome on Windows 11: the OS is fine, the browser is asked to update — not called unsupported', async ({ page }) => {
    await emulate(page, WIN11_CHROME_149);
    await page.goto('/check/');
    expect(await verdictOf(page)).toBe('supported');
    await expect(page.locator('#env-verdict-headline')).toHaveText(HEADLINE['update-browser']);
    await expect(page.locator('.finding[data-part="os"] .badge')).toHaveText('サポート中');
    await expect(page.locator('.finding[data-part="browser"] .badge')).toHaveText('新しい版があります');
    await expect(page.locator('.finding[data-part="browser"] a[href="/security/#antivirus"]')).toHaveCount(1);
    expect(await page.locator('.next-step').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['browser-update']);
    await expect(page.locator('#env-verdict')).not.toContainText('対象外です');
  });

  test('no User-Agent string, client hints or staff rules on the customer page', async ({ page }) => {
    await emulate(page, WIN11_CHROME_150);
    await page.goto('/check/');
    expect(await verdictOf(page)).toBe('supported');
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Mozilla/5.0');
    expect(text).not.toContain('platformVersion');
    expect(text).not.toMatch(/ユーザーエージェント|クライアントヒント|職員用|判定の決まり/);
    await expect(page.locator('main details, main code')).toHaveCount(0);
  });
});

test('next steps: winver for Windows NT 10.0 without hints; the notice and contact for feature phones', async ({ page }) => {
  await emulate(page, FIREFOX_WIN);
  await page.goto('/check/');
  expect(await verdictOf(page)).toBe('unknown');
  const winver = page.locator('.next-step[data-step="windows-check"]');
  await expect(winver).toContainText('winver');
  await expect(winver).toContainText('Windows キー');
  await expect(winver).toContainText('R キー');

  const phone = await page.context().newPage();
  await emulate(phone, FEATURE_PHONE);
  await phone.goto('/check/');
  expect(await verdictOf(phone)).toBe('unsupported');
  await expect(phone.locator('#env-verdict-headline')).toHaveText('携帯電話（ガラケー）からは、サービスをご利用いただけなくなります');
  const step = phone.locator('.next-step[data-step="feature-phone"]');
  await expect(step.locator('a[href="/notice/#feature-phone"]')).toHaveCount(1);
  await expect(step.locator('a[href="/contact/"]')).toHaveCount(1);
});

test.describe('the device clock against the server time', () => {
  /**
   * The server's clock, as the page's HEAD request for /check/ reads it, is fixed at SERVER; the device's clock is
   * frozen `ahead` ms from it. The `Date` header drops milliseconds, which the page allows for (half a second).
   * Nothing depends on how fast the machine running the test is.
   */
  const SERVER = Date.parse('2026-11-24T01:00:00Z');
  async function deviceAhead(page: Page, ahead: number) {
    await page.route('**/check/', (route) =>
      route.request().method() === 'HEAD'
        ? route.fulfill({ status: 200, headers: { date: new Date(SERVER).toUTCString(), 'cache-control': 'no-store' } })
        : route.fallback(),
    );
    await page.clock.setFixedTime(SERVER + 500 + ahead);
  }

  test('a clock 2 minutes ahead: says how many seconds, and that codes fail', async ({ page }) => {
    await deviceAhead(page, 120_000);
    await page.goto('/check/');
    const clock = page.locator('[data-check="clock"]');
    await expect(clock).toHaveAttribute('data-state', 'off', { timeout: 10_000 });
    await expect(clock).toContainText('約2分（120秒）進んでいます');
    await expect(clock).toContainText('セキュリティコードが正しくても受け付けられません');
    await expect(clock.locator('[data-clock-offset]')).toHaveAttribute('data-clock-offset', '120');
  });

  test('a clock 45 seconds behind', async ({ page }) => {
    await deviceAhead(page, -45_000);
    await page.goto('/check/');
    const clock = page.locator('[data-check="clock"]');
    await expect(clock).toHaveAttribute('data-state', 'off', { timeout: 10_000 });
    await expect(clock).toContainText('約45秒遅れています');
  });

  test('a clock a little off (15 s) is still usable, with a warning', async ({ page }) => {
    await deviceAhead(page, 15_000);
    await page.goto('/check/');
    const clock = page.locator('[data-check="clock"]');
    await expect(clock).toHaveAttribute('data-state', 'slightly-off', { timeout: 10_000 });
    await expect(clock).toContainText('約15秒進んでいます');
  });

  test('a response a cache kept a minute (Age: 60) is read as the server time it stands for', async ({ page }) => {
    await page.route('**/check/', (route) =>
      route.request().method() === 'HEAD'
        ? route.fulfill({ status: 200, headers: { date: new Date(SERVER - 60_000).toUTCString(), age: '60' } })
        : route.fallback(),
    );
    await page.clock.setFixedTime(SERVER + 500);
    await page.goto('/check/');
    await expect(page.locator('[data-check="clock"]')).toHaveAttribute('data-state', 'ok', { timeout: 10_000 });
  });

  test('a correct clock', async ({ page }) => {
    await page.goto('/check/');
    await expect(page.locator('[data-check="clock"]')).toHaveAttribute('data-state', 'ok', { timeout: 10_000 });
  });

  test('a failed request for the server time gives a clear message, and the button tries again', async ({ page }) => {
    let fail = true;
    await page.route('**/check/', (route) => (route.request().method() === 'HEAD' && fail ? route.abort('internetdisconnected') : route.fallback()));
    await page.goto('/check/');
    const clock = page.locator('[data-check="clock"]');
    await expect(clock).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
    await expect(clock).toContainText('時計のずれを確かめられませんでした');
    // The verdict itself does not wait for the clock.
    await expect(page.locator('#env-verdict')).not.toHaveAttribute('data-verdict', 'pending');
    fail = false;
    await clock.getByRole('button', { name: '時計をもう一度確かめる' }).click();
    await expect(clock).toHaveAttribute('data-state', 'ok', { timeout: 10_000 });
  });
});

test('cookies switched off are reported', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDocumentCookieDisabled', { disabled: true });
  await page.goto('/check/');
  const cookies = page.locator('[data-check="cookies"]');
  await expect(cookies).toHaveAttribute('data-state', 'off', { timeout: 10_000 });
  await expect(cookies).toContainText('Cookie（クッキー）が無効になっています');
});

test('cookies on are reported, and the test cookie is removed again', async ({ page, context }) => {
  await page.goto('/check/');
  await expect(page.locator('[data-check="cookies"]')).toHaveAttribute('data-state', 'ok', { timeout: 10_000 });
  expect((await context.cookies()).filter((c) => c.name === 'otp_help_cookie_test')).toEqual([]);
});

test('client hints that never answer do not leave the page pending', async ({ page }) => {
  await page.addInitScript(() => {
    const uad = (navigator as Navigator & { userAgentData?: { getHighEntropyValues: unknown } }).userAgentData;
    if (uad) Object.defineProperty(Object.getPrototypeOf(uad), 'getHighEntropyValues', { value: () => new Promise(() => {}) });
  });
  await emulate(page, { ...WIN11_CHROME_150, hints: { ...WIN11_CHROME_150.hints } });
  await page.goto('/check/');
  // Without the high-entropy values, Windows NT 10.0 cannot be told: unknown, within the 1 s timeout.
  expect(await verdictOf(page)).toBe('unknown');
});

test.describe('hints that Chromium invents for an overridden User-Agent are not believed', () => {
  // Playwright's `userAgent` option overrides only the string; Chromium then reports its own engine as the
  // brand and the UA's "Windows NT 10.0" as platformVersion "10.0" (Windows 10). Those must not decide.
  // The User-Agent names a Chrome version other than the engine's own: a real browser's hints name its own
  // version, so hints that match the string would be believed (the machine's Chromium may well be 150).
  for (const [uaFor, name] of [
    [() => FIREFOX_WIN.userAgent, 'Firefox 153 on Windows NT 10.0'],
    [(chrome: number) => WIN11_CHROME_150.userAgent.replace('Chrome/150.', `Chrome/${chrome}.`), 'Chrome on Windows NT 10.0'],
    [(chrome: number) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`, 'Chrome, reduced Android UA'],
  ] as const) {
    test(`${name} → unknown`, async ({ browser, baseURL }) => {
      const engine = Number(browser.version().split('.')[0]);
      const context = await browser.newContext({ baseURL, userAgent: uaFor(engine === 150 ? 149 : 150) });
      try {
        const page = await context.newPage();
        await page.goto('/check/');
        expect(await page.evaluate(() => (navigator as Navigator & { userAgentData?: unknown }).userAgentData !== undefined)).toBe(true);
        expect(await verdictOf(page)).toBe('unknown');
      } finally {
        await context.close();
      }
    });
  }
});

test('the verdict is announced once, politely, by one live region', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __live: string[] };
    w.__live = [];
    new MutationObserver(() => {
      // While the HTML parser is still building the page, it may insert the region before its text (an
      // empty region for a moment): that is the page being read in, not something announced. Record only
      // what changes once the page is parsed.
      if (document.readyState === 'loading') return;
      const live = document.querySelector('#env-verdict [role="status"]');
      const text = live?.textContent ?? '';
      if (live && w.__live[w.__live.length - 1] !== text) w.__live.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await emulate(page, WIN11_CHROME_150);
  await page.goto('/check/');
  expect(await verdictOf(page)).toBe('supported');
  // Every check has finished: nothing is left that could change the live region.
  await expect(page.locator('[data-check][data-state="pending"]')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('main [role="status"], main [aria-live]')).toHaveCount(1);
  const live = await page.evaluate(() => (window as unknown as { __live: string[] }).__live);
  // The pending text was there from the start (not announced); the result replaced it once.
  expect(live.filter((t) => t !== HEADLINE.pending)).toEqual([HEADLINE.supported]);
});

for (const [state, row] of [
  ['supported', WIN11_CHROME_150],
  ['supported', WIN11_CHROME_149],
  ['supported', IPHONE_IOS18],
  ['unsupported', IE8],
  ['unsupported', FEATURE_PHONE],
  ['unknown', FIREFOX_WIN],
  ['unknown', WIN10_CHROME_150],
] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`${row.name} (${state}) at ${size} size: axe clean, no horizontal scroll, no console error or CSP violation`, async ({ page, baseURL }) => {
      await page.setViewportSize(viewport);
      const seen = watch(page, new URL(baseURL!).origin);
      await emulate(page, row);
      await page.goto('/check/');
      expect(await verdictOf(page)).toBe(state);
      await expect(page.locator('[data-check="clock"]')).not.toHaveAttribute('data-state', 'pending', { timeout: 10_000 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      expect(seen.problems).toEqual([]);
      expect(seen.offOrigin).toEqual([]);
    });
  }
}

test('a huge User-Agent is not shown and does not widen the page at 360 px', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  const huge = rows().find((r) => r.name.startsWith('huge'))!;
  await emulate(page, huge);
  await page.goto('/check/');
  expect(await verdictOf(page)).toBe('unknown');
  await expect(page.locator('#env-device')).toHaveText('分かりませんでした');
  expect(await page.locator('main').innerText()).not.toContain('Padding/1.0');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the static HTML states, without JavaScript, the notice’s rule, each environment and its source (IE 8 reads this)', async ({ request }) => {
  const html = await (await request.get('/check/')).text();
  const text = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '');
  for (const words of [
    // The notice's rules, in its own words.
    'サポートが終了しているOSは、当金庫WEBバンキングの推奨環境対象外となります。',
    'ウイルス対策ソフト等のソフトウェアのアップデートはこまめに行ってください。',
    // The facts and the day they were checked.
    '令和8年（2026年）11月24日（火）に、各メーカーのページで確かめた内容です',
    'Windows 11', 'Windows 10', '令和7年（2025年）10月14日（火）', 'ESU', 'iOS・iPadOS 18', 'iOS・iPadOS 17 以前', 'Android 12 以降',
    'Google Chrome 150 以降', 'Microsoft Edge 150 以降', 'Firefox 153 以降', 'Safari 26 以降', 'Internet Explorer（すべての版）',
    'winver', '携帯電話（ガラケー）',
  ]) {
    expect(text, words).toContain(words);
  }
  expect(text).toMatch(/ご利用いただけませんInternet Explorer（すべての版）マイクロソフトが更新を終えています/);
  expect(text).toMatch(/サポート中Windows 11/);
  expect(text).toMatch(/ESU に登録したパソコンだけWindows 10/);
  // Sources: the makers' own lifecycle and support pages, as links.
  for (const href of ['https://learn.microsoft.com/lifecycle/products/windows-10-home-and-pro', 'https://support.apple.com/100100', 'https://source.android.com/docs/security/bulletin']) {
    expect(html).toContain(`href="${href}"`);
  }
  // 推奨環境 only in the notice's own rule, never for the site's own version numbers.
  expect(text).not.toMatch(/推奨環境は次のとおり|推奨ブラウザー|推奨環境です|推奨環境かどうか/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page explains the supported environments in plain text', async ({ page }) => {
    await page.goto('/check/');
    const notice = page.locator('.check-noscript');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('JavaScript が使えない状態のため、自動の確認はできません。');
    // Nothing claims that JavaScript works.
    await expect(page.locator('main')).not.toContainText('JavaScript は有効です');
    await expect(page.getByRole('heading', { name: '判定のしかた（お知らせの決まり）' })).toBeVisible();
    await expect(page.locator('.policy-rule').first()).toContainText('サポートが終了しているOSは、当金庫WEBバンキングの推奨環境対象外となります。');
    await expect(page.getByRole('heading', { name: 'OS とブラウザーごとの状況' })).toBeVisible();
    await expect(page.locator('.policy-row', { hasText: 'Internet Explorer' })).toContainText('ご利用いただけません');
    await expect(page.locator('.policy-row', { hasText: 'Windows 11' }).first()).toContainText('サポート中');
    await expect(page.locator('.policy-row', { hasText: 'Windows 11' }).first().locator('a')).toHaveAttribute('href', /learn\.microsoft\.com\/lifecycle/);
  });
});

test('a browser without ES modules (Internet Explorer) is marked unsupported by the classic fallback script', async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  // Such a browser never runs the island (type=module); only the classic script runs.
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.addInitScript(() => {
    delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule;
  });
  await page.goto('/check/');
  await expect(page.locator('#env-verdict')).toHaveAttribute('data-verdict', 'unsupported');
  await expect(page.locator('#env-verdict-headline')).toHaveText(HEADLINE['browser-unusable']);
  await expect(page.locator('#env-verdict-note')).toContainText('Internet Explorer');
  expect(seen.problems.filter((p) => !/Failed to load|net::ERR_FAILED/.test(p))).toEqual([]);
});

test('if the island cannot start at all, the page says so after 10 s instead of staying pending', async ({ page }) => {
  await page.clock.install();
  await page.route('**/_astro/*.js', (route) => route.abort());
  await page.goto('/check/');
  await expect(page.locator('#env-verdict')).toHaveAttribute('data-verdict', 'pending');
  await page.clock.runFor(10_500);
  await expect(page.locator('#env-verdict')).toHaveAttribute('data-verdict', 'unknown');
  await expect(page.locator('#env-verdict-note')).toContainText('自動の確認が動きませんでした');
});

test('the CSP allows the fallback script by its hash and nothing from elsewhere', async ({ page }) => {
  await page.goto('/check/');
  const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).not.toMatch(/https?:|\*|unsafe-inline/);
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
  const fallback = inline.find((s) => s.includes('noModule'));
  expect(fallback).toBeTruthy();
  const digest = await page.evaluate(async (s) => {
    const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
    return btoa(String.fromCharCode(...new Uint8Array(buf)));
  }, fallback!);
  expect(csp).toContain(`'sha256-${digest}'`);
});
