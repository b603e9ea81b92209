import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CONTENT_PAGES, VIEWPORTS, watch } from '../support/site';
import { bank } from '../../src/data/bank';

test('the header search box on a content page opens the search page with the answer first', async ({ page }) => {
  await page.goto('/faq/');
  await page.getByLabel('サイト内を検索').fill('お金かかる？');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const first = page.locator('#search-results > li').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/faq/#q7');
  await expect(first).toContainText('ソフトウェアトークンは無料です');
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/faq\/#q7$/);
  await expect(page.locator('#q7')).toBeInViewport();
});

test('a shared search link runs its query on load; typing a new one updates the link', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('携帯しか持ってない'));
  await expect(page.getByRole('searchbox')).toHaveValue('携帯しか持ってない');
  const links = page.locator('#search-results > li a');
  await expect(links.first()).toBeVisible();
  const top3 = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3);
  expect(top3.some((h) => h === '/notice/#feature-phone' || h === '/faq/#feature-phone-only')).toBe(true);
  await expect(page.getByRole('status')).toContainText('検索結果');

  await page.getByRole('searchbox').fill('きしゅへんこう');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=%E3%81%8D%E3%81%97%E3%82%85/);
  await expect(page.getByRole('status')).toContainText('「きしゅへんこう」');
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.slice(0, 3).some((h) => ['/faq/#new-phone', '/guide/#change-device'].includes(h ?? ''))).toBe(true);
});

test('できない written in kanji (出来ない) finds what the kana form finds', async ({ page }) => {
  const tops: string[][] = [];
  for (const q of ['トークン 登録できない', 'トークン 登録出来ない', 'ログインできなくなった', 'ログイン出来なくなった']) {
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await expect(page.getByRole('status')).toContainText(`「${q}」`);
    tops.push(await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
  }
  expect(tops[0]![0]).toBe('/guide/#register');
  expect(tops[1]).toEqual(tops[0]);
  expect(tops[2]![0]).toBe('/faq/#locked');
  expect(tops[3]).toEqual(tops[2]);
});

test('a typo of the same reading (期首変更 for 機種変更) finds the answer; the table of readings is fetched only for it', async ({ page }) => {
  const readings: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/search/kanji-readings.json') readings.push(r.url());
  });
  await page.goto('/search/?q=' + encodeURIComponent('機種変更'));
  await expect(page.getByRole('status')).toContainText('「機種変更」の検索結果');
  expect(readings).toEqual([]);
  const links = page.locator('#search-results > li a');
  const right = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3);

  await page.getByRole('searchbox').fill('期首変更');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('「期首変更」の検索結果');
  await expect(page.getByRole('status')).toContainText('（「機種変更」として検索しました）');
  expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).slice(0, 3)).toEqual(right);
  expect(readings).toHaveLength(1);

  await page.getByRole('searchbox').fill('不振なメール');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('「不振なメール」の検索結果');
  await expect(links.first()).toHaveAttribute('href', '/security/#suspicious-email');
  await page.getByRole('searchbox').fill('機種変更');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^「機種変更」の検索結果：\d+件$/); // nothing read differently
  expect(readings).toHaveLength(1); // fetched once
});

test('when the table of readings cannot be fetched, a typo still gets an answer or the honest message, never an endless wait', async ({ page }) => {
  await page.route('**/search/kanji-readings.json', (route) => route.abort());
  await page.goto('/search/?q=' + encodeURIComponent('期首変更'));
  await expect(page.getByRole('status')).toContainText('「期首変更」');
  await page.getByRole('searchbox').fill('ロック');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
});

test('when the table of readings does not come, a typo is searched without it after a few seconds', async ({ page }) => {
  await page.route('**/search/kanji-readings.json', () => {
    /* never answered */
  });
  await page.goto('/search/?q=' + encodeURIComponent('期首変更'));
  await expect(page.getByRole('status')).toHaveText('検索しています…');
  await expect(page.getByRole('status')).toContainText('「期首変更」', { timeout: 10_000 });
});

test('every result links to a page#anchor that exists', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('スマホ'));
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  const hrefs = await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    const [path, anchor] = href.split('#');
    await page.goto(path);
    if (anchor) await expect(page.locator(`[id="${decodeURIComponent(anchor)}"]`), href).toHaveCount(1);
  }
});

test('bad input gets a clear message, never a broken page', async ({ page, baseURL }) => {
  const seen = watch(page, new URL(baseURL!).origin);
  await page.goto('/search/?q=' + encodeURIComponent('zzqxv'));
  await expect(page.getByRole('status')).toContainText('見つかりませんでした');
  await page.getByRole('searchbox').fill('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('検索する言葉を入力してください。');
  await page.getByRole('searchbox').fill('<img src=x onerror=alert(1)>' + 'あ'.repeat(300));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).not.toHaveText('');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(seen.problems).toEqual([]);
  expect(seen.offOrigin).toEqual([]);
});

test('a question the site cannot answer is told so plainly, with the questions asked most and the contact', async ({ page }) => {
  for (const q of ['住宅ローンの金利', 'らんさむ']) {
    await page.goto('/search/?q=' + encodeURIComponent(q));
    await expect(page.getByRole('status')).toContainText(`「${q}」にお答えするページは見つかりませんでした`);
    await expect(page.locator('#search-results > li')).toHaveCount(0);
    const fallback = page.locator('.search-fallback');
    await expect(fallback.getByRole('heading', { name: 'よくいただくご質問' })).toBeVisible();
    await expect(fallback.locator('li a[href="/faq/#q7"]')).toHaveCount(1);
    await expect(fallback.locator('a[href="/faq/"]')).toBeVisible();
    await expect(fallback.locator(`a[href="${bank.contact.telHref}"]`)).toHaveText(bank.contact.tel);
  }
});

test('the same query gives the same answers every time', async ({ page }) => {
  const lists: string[][] = [];
  for (let i = 0; i < 3; i++) {
    await page.goto('/search/?q=' + encodeURIComponent('スマホ パソコン 両方 お金'));
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    lists.push(await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
  }
  expect(lists[1]).toEqual(lists[0]);
  expect(lists[2]).toEqual(lists[0]);
});

test('content pages load no search code; the search page answers with no request after it has loaded', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  for (const path of CONTENT_PAGES) await page.goto(path, { waitUntil: 'networkidle' });
  // Only the home page's 案内番号 field has a script (a few lines); no page loads search until someone searches.
  expect(requested.filter((p) => (p.endsWith('.js') && !/\/_astro\/(GuideCodeForm|guide-code)\b/.test(p)) || p.startsWith('/pagefind/'))).toEqual([]);
  await page.goto('/search/', { waitUntil: 'networkidle' });
  await expect(page.locator('astro-island:not([ssr])')).toHaveCount(1);
  requested.length = 0;
  await page.getByRole('searchbox').fill('ロック');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  expect(requested.filter((p) => p !== '/favicon.svg')).toEqual([]);
});

test('without JavaScript the search page says so and lists the main pages', async ({ page }) => {
  // Chromium driven with scripting disabled does not draw <noscript>; a browser without JavaScript does.
  // So read what the page ships inside <noscript>.
  await page.goto('/search/');
  const fallback = await page.locator('main noscript').textContent();
  expect(fallback).toContain('検索には JavaScript が必要です');
  for (const path of ['/notice/', '/faq/', '/guide/', '/contact/']) expect(fallback).toContain(`href="${path}"`);
});

for (const [name, viewport] of Object.entries(VIEWPORTS)) {
  test(`the search page with results has no axe violations at ${name} size`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/search/?q=' + encodeURIComponent('ガラケー'));
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
