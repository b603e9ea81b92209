import { expect, test } from '@playwright/test';
import { CONTENT_PAGES, PAGES, VIEWPORTS, watch } from '../support/site';

for (const path of PAGES) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    test(`${path} at ${name} size: loads cleanly, fits the screen, stays on the site`, async ({ page, baseURL }) => {
      await page.setViewportSize(viewport);
      const seen = watch(page, new URL(baseURL!).origin);
      const res = await page.goto(path, { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('ja');
      await expect(page.locator('h1')).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
      const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(16);
      expect(seen.problems).toEqual([]);
      expect(seen.offOrigin).toEqual([]);
    });
  }
}

for (const path of CONTENT_PAGES) {
  test(`${path} ships no JavaScript (the home page: only its 案内番号 field's) and a CSP that allows only the site`, async ({ page }) => {
    await page.goto(path);
    const scripts = page.locator('script:not([type="application/json"])');
    if (path === '/') {
      await expect(scripts).toHaveCount(1);
      await expect(scripts).toHaveAttribute('src', /^\/_astro\/[\w.-]+\.js$/);
    } else {
      await expect(page.locator('script')).toHaveCount(0);
    }
    const csp = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });
}

test('skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('/faq/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('Japanese text keeps a comfortable line height and size on a phone', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/faq/');
  const { size, lineHeight } = await page.locator('.answer__body p').first().evaluate((p) => {
    const s = getComputedStyle(p);
    return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) };
  });
  expect(size).toBeGreaterThanOrEqual(18);
  expect(lineHeight / size).toBeGreaterThanOrEqual(1.6);
});

test('the page still reads at 200% zoom on a phone-sized window without horizontal scroll', async ({ page }) => {
  // 200% zoom of a 720 px window is a 360 CSS px layout; 180 px wide tests text reflow harder.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of CONTENT_PAGES) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('on a phone the navigation folds into a menu that opens by keyboard; on a wide screen it is always shown', async ({ page }) => {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.goto('/faq/');
  const nav = page.locator('nav[aria-label="サイト内の主なページ"]');
  const link = nav.getByRole('link', { name: 'ご利用の手引き' });
  const menu = page.locator('.site-header summary', { hasText: 'メニュー' });
  await expect(link).toBeHidden();
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await link.click();
  await expect(page).toHaveURL(/\/guide\/$/);

  await page.setViewportSize(VIEWPORTS.desktop);
  await page.goto('/faq/');
  await expect(nav.getByRole('link', { name: 'ご利用の手引き' })).toBeVisible();
  await expect(menu).toBeHidden();
});
