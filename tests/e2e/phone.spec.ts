/**
 * Phone-first reading (issue: large text, compact header, a FAQ you can find your way in, a 404 page).
 * Every page on a 360 × 800 phone with the browser's text at 100% and 200%, and at 320 px.
 */
import { expect, test } from '@playwright/test';
import { measurePhone, PHONE_PAGES, TEXT_SIZES } from '../../scripts/lib/phone.mjs';
import { bank } from '../../src/data/bank';
import { linkContract } from '../../src/data/link-contract';
import { mainNav } from '../../src/data/site';

for (const [label, setup] of TEXT_SIZES) {
  test(`no page scrolls sideways at ${label}`, async ({ browser, baseURL }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext({ viewport: setup.viewport, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    for (const path of PHONE_PAGES) {
      const m = await measurePhone(page, new URL(path, baseURL).href, setup.fontSize);
      expect(m.overflow, `${path} at ${label}`).toBe(0);
      // A field shows at least six characters of what was typed (with large text, the button goes below it).
      if (m.narrowestField !== null) expect(m.narrowestField, `${path} at ${label}: the narrowest text field`).toBeGreaterThanOrEqual(6 * setup.fontSize);
      if (label === '360 px, 100%') {
        expect(m.h1Top, `${path}: the page's heading starts within the first 200 px`).toBeLessThanOrEqual(200);
        expect(m.telTop, `${path}: a way to call within the first screen`).not.toBeNull();
        expect(m.telTop!, `${path}: a way to call within the first screen`).toBeLessThan(200);
      }
    }
    await context.close();
  });
}

test('the header on a phone: search and menu open as labelled buttons, and one tap calls the bank', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/guide/');
  const search = page.locator('.site-header summary', { hasText: '検索' });
  await expect(search).toBeVisible();
  await expect(page.getByLabel('サイト内を検索')).toBeHidden();
  await search.click();
  await expect(page.getByLabel('サイト内を検索')).toBeVisible();
  const call = page.locator(`.site-header a[href="${bank.contact.telHref}"]`);
  await expect(call).toBeVisible();
  await expect(call).toContainText('電話');
  expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(44);
});

test('the FAQ: grouped questions listed at the top, answers closed, under 10,000 px on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/faq/');
  await expect(page.getByRole('heading', { name: '質問の一覧' })).toBeVisible();
  for (const group of ['使える機器・入れる場所', '設定・登録', '毎日の使い方', '機種変更・紛失', '安全のために', '料金・その他']) {
    await expect(page.getByRole('heading', { level: 2, name: group })).toHaveCount(1);
  }
  await expect(page.locator('details.answer[open]')).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(10_000);
  // A question opens its answer with a tap or the keyboard.
  const q7 = page.locator('summary', { hasText: 'ソフトウェアトークンは有料ですか' });
  await q7.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#q7')).toBeVisible();
  await expect(page.locator('#q7')).toContainText('ソフトウェアトークンは無料です');
});

const faqAnchors = linkContract.find((p) => p.path === '/faq/')!.anchors;
test('every contract anchor of the FAQ opens its answer and shows its question', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const id of faqAnchors) {
    await page.goto('/');
    await page.goto(`/faq/#${id}`);
    await expect(page.locator(`[id="${id}"]`), id).toBeVisible();
    await expect(page.locator(`[id="${id}-title"]`), id).toBeInViewport();
  }
});

test('printing the FAQ shows every answer, and no link is printed as a bare path', async ({ page }) => {
  await page.goto('/faq/');
  await page.emulateMedia({ media: 'print' });
  for (const content of await page.locator('.answer__content').all()) await expect(content).toBeVisible();
  const printed = await page.locator('main a').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
  expect(printed.filter((c) => c.includes('/'))).toEqual([]);
});

test('a wrong address answers 404 with a Japanese page: what happened, a search box, the main pages and the contact', async ({ page }) => {
  const res = await page.goto('/no-such-page/');
  expect(res?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  const form = page.locator('main form[action="/search/"]');
  await expect(form.getByRole('searchbox')).toBeVisible();
  for (const item of mainNav) await expect(page.locator(`main a[href="${item.href}"]`), item.href).toHaveCount(1);
  await expect(page.locator(`footer a[href="${bank.contact.telHref}"]`)).toHaveText(bank.contact.tel);
  await form.getByRole('searchbox').fill('ガラケー');
  await form.getByRole('button', { name: '検索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
});
