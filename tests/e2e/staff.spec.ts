import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { answersFileSchema } from '../../src/lib/answer-schema';
import { CONTENT_PAGES } from '../support/site';

/** The site's configured origin is not where the tests run: map a copied URL onto the test server. */
const local = (url: string, baseURL: string) => {
  const u = new URL(url);
  return new URL(u.pathname + u.hash, baseURL).href;
};

/** Draws the item's QR code SVG onto a canvas in the page and decodes it with jsQR. */
async function decodeQr(page: Page, selector: string): Promise<string | null> {
  const { width, height, data } = await page.locator(selector).evaluate(async (svg) => {
    const size = 400;
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image(size, size);
    const utf8 = new TextEncoder().encode(xml);
    img.src = 'data:image/svg+xml;base64,' + btoa(Array.from(utf8, (b) => String.fromCharCode(b)).join(''));
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    return { width: size, height: size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  });
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('filter by a customer\'s word, copy the link, open it, land on the answer; the QR code says the same', async ({ page, baseURL }) => {
  await page.goto('/staff/');
  await page.getByLabel('お客様の言葉で絞り込み').fill('ガラケー');
  const visible = page.locator('.staff-item:not([hidden])');
  await expect(page.locator('.staff-tools__count')).not.toHaveText(/全/);
  const count = await visible.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(10);
  const item = page.locator('#item-notice-feature-phone');
  await expect(item).toBeVisible();
  await expect(item.locator('.staff-item__number')).toHaveText('105');
  await expect(item.locator('.staff-item__route')).toContainText('ホーム → 『お知らせ』 → 「5. 携帯電話（ガラケー）をご利用のお客様へ」');
  await item.getByRole('button', { name: 'リンクをコピー（当金庫内の共有用）' }).click();
  await expect(item.getByRole('button')).toHaveText('コピーしました');
  await expect(page.getByRole('status')).toContainText('リンクをコピーしました（当金庫内の共有用）');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^https?:\/\/[^/]+\/notice\/#feature-phone$/);
  expect(await decodeQr(page, '#item-notice-feature-phone svg.qr')).toBe(copied);

  await page.goto(local(copied, baseURL!));
  await expect(page.locator('#feature-phone')).toBeInViewport();
  await expect(page.locator('#feature-phone')).toContainText('携帯電話（ガラケー）');
});

test('keyboard only: / focuses the filter, Enter shows the closest answer and says its 案内番号 (nothing is copied)', async ({ page }) => {
  await page.goto('/staff/');
  // The shortcut works once the page has loaded its script (the copy buttons appear then).
  await expect(page.getByRole('button', { name: /リンクをコピー/ }).first()).toBeVisible();
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.locator('body').press('/');
  await expect(page.getByLabel('お客様の言葉で絞り込み')).toBeFocused();
  await page.keyboard.type('機種変更');
  await expect(page.locator('.staff-tools__count')).not.toHaveText(/全/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^いちばん近い回答は 案内番号 (216|305)「.+」です。$/);
  const code = /案内番号 (\d{3})/.exec((await page.getByRole('status').textContent())!)![1];
  const item = page.locator('.staff-item', { has: page.locator('.staff-item__number', { hasText: code }) });
  await expect(item).toBeInViewport();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
});

test('the page is built around the phone call: a reminder never to send links, and for every answer its 案内番号, summary and route', async ({ page }) => {
  await page.goto('/staff/');
  const rule = page.locator('.staff-rule');
  await expect(rule.getByRole('heading', { name: 'リンクはメールやSMSで送りません' })).toBeVisible();
  await expect(rule).toContainText('※④');
  await expect(page.locator('main')).not.toContainText('リンクをお送り');
  for (const item of await page.locator('.staff-item').all()) {
    await expect(item.locator('.staff-item__number')).toHaveText(/^[1-5]\d{2}$/);
    await expect(item.locator('.staff-item__summary')).toContainText('読み上げ');
    await expect(item.locator('.staff-item__route')).toContainText('ホーム → 『');
  }
});

test('a typo of the same reading narrows the list as the right word does', async ({ page }) => {
  await page.goto('/staff/');
  const filter = page.getByLabel('お客様の言葉で絞り込み');
  const count = page.locator('.staff-tools__count');
  const shown = page.locator('.staff-item:not([hidden]) .staff-item__number');
  await filter.fill('不審なメール');
  await expect(count).toHaveText(/^\d+件$/);
  await expect(shown).toHaveCount(parseInt((await count.textContent())!, 10));
  const right = await shown.allTextContents();
  await filter.fill('');
  await expect(count).toHaveText(/^全\d+件$/);
  await filter.fill('不振なメール');
  await expect(count).toHaveText(`${right.length}件`);
  await expect(shown).toHaveText(right);
});

test('a word nothing matches empties the list and says so', async ({ page }) => {
  await page.goto('/staff/');
  await page.getByLabel('お客様の言葉で絞り込み').fill('zzqxv');
  await expect(page.locator('.staff-tools__count')).toHaveText('0件');
  await expect(page.locator('.staff-item:not([hidden])')).toHaveCount(0);
  await page.getByLabel('お客様の言葉で絞り込み').fill('');
  await expect(page.locator('.staff-tools__count')).toHaveText(/^全\d+件$/);
});

test('/answers.json lists every answer with a summary and a link that exists', async ({ page, request, baseURL }) => {
  const res = await request.get('/answers.json');
  expect(res.ok()).toBe(true);
  const file = answersFileSchema.parse(await res.json());
  expect(file.count).toBe(file.answers.length);
  const ids = file.answers.map((a) => a.path);
  expect(new Set(ids).size).toBe(ids.length);
  const codes = file.answers.map((a) => a.code);
  expect(new Set(codes).size).toBe(codes.length);
  await page.goto('/staff/');
  await expect(page.locator('.staff-item')).toHaveCount(file.answers.length);
  for (const a of file.answers) {
    expect(a.url.endsWith(a.path)).toBe(true);
    const [path, anchor] = a.path.split('#');
    await page.goto(new URL(path, baseURL).href);
    if (anchor) await expect(page.locator(`[id="${anchor}"]`), a.path).toHaveCount(1);
  }
  for (const must of ['/faq/#q2', '/notice/#contact', '/guide/#change-device', '/security/#rapport', '/practice/', '/check/']) {
    expect(ids).toContain(must);
  }
});

test('the staff page is not for customers: noindex, not linked, not in the site search', async ({ page }) => {
  await page.goto('/staff/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  for (const path of [...CONTENT_PAGES, '/practice/', '/check/', '/search/']) {
    await page.goto(path);
    await expect(page.locator('a[href^="/staff"]'), path).toHaveCount(0);
  }
  await page.goto('/search/?q=' + encodeURIComponent('職員用クイックリファレンス'));
  await expect(page.getByRole('status')).toContainText('」');
  await expect(page.locator('#search-results a[href^="/staff"]')).toHaveCount(0);
});

test('prints as a clean reference sheet: no filter or buttons, every answer shown', async ({ page }) => {
  await page.goto('/staff/');
  await page.getByLabel('お客様の言葉で絞り込み').fill('ガラケー');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.staff-tools')).toBeHidden();
  await expect(page.locator('.staff-item__copy').first()).toBeHidden();
  await expect(page.locator('.site-nav')).toBeHidden();
  const shown = await page.locator('.staff-item').evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
  expect(shown).toBe(await page.locator('.staff-item').count());
});
