/**
 * The site as production serves it: real nginx with the configuration the build wrote from
 * src/data/http-headers.ts (`npm run serve:prod`). Headers, caching, compression, the 404, and the interactive
 * pages working under the header CSP together with Astro's <meta> one.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { watch } from '../support/site';

function securityHeaders(res: APIResponse, what: string) {
  const h = res.headers();
  const csp = h['content-security-policy'] ?? '';
  expect(csp, `${what}: CSP header`).toContain("default-src 'self'");
  expect(csp, `${what}: CSP header`).toContain("frame-ancestors 'none'");
  expect(csp, `${what}: CSP header`).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(csp, `${what}: CSP header`).toContain("worker-src 'self' blob:");
  expect(csp, `${what}: nothing from elsewhere`).not.toMatch(/https?:|\*|unsafe-inline/);
  const hsts = /max-age=(\d+)/.exec(h['strict-transport-security'] ?? '');
  expect(Number(hsts?.[1]), `${what}: HSTS a year or more`).toBeGreaterThanOrEqual(31_536_000);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment']) expect(h['permissions-policy'], what).toContain(`${feature}=()`);
}

test('a page and an asset carry every security header; pages are revalidated, hashed assets kept a year', async ({ request, page }) => {
  const html = await request.get('/faq/');
  expect(html.status()).toBe(200);
  securityHeaders(html, '/faq/');
  expect(html.headers()['cache-control']).toBe('no-cache');

  await page.goto('/search/');
  const script = await page.locator('script[type="module"][src^="/_astro/"], link[rel="modulepreload"]').first().getAttribute('src') ?? await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
  const asset = await request.get(script!);
  expect(asset.status()).toBe(200);
  securityHeaders(asset, script!);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-type']).toContain('javascript');
});

test("Pagefind's hashed index files are kept a year, its entry files revalidated", async ({ request }) => {
  expect((await request.get('/pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/pagefind/pagefind-entry.json')).headers()['cache-control']).toBe('no-cache');
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  const meta = `/pagefind/${Object.values(entry.languages as Record<string, { hash: string }>)[0]!.hash.replace(/^/, 'pagefind.')}.pf_meta`;
  const res = await request.get(meta);
  expect(res.status(), meta).toBe(200);
  expect(res.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the checker reads the server clock from a response no cache may keep', async ({ request }) => {
  const res = await request.head('/check/');
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('no-store');
  expect(Date.parse(res.headers()['date']!)).toBeGreaterThan(0);
});

test('text files are served pre-compressed: Brotli where the browser takes it, else gzip', async ({ request }) => {
  const plain = await request.get('/guide/', { headers: { 'Accept-Encoding': 'identity' } });
  const gz = await request.get('/guide/', { headers: { 'Accept-Encoding': 'gzip' } });
  const br = await request.get('/guide/', { headers: { 'Accept-Encoding': 'br, gzip' } });
  expect(gz.headers()['content-encoding']).toBe('gzip');
  expect(br.headers()['content-encoding']).toBe('br');
  expect(gz.headers()['vary']).toContain('Accept-Encoding');
  const size = (r: APIResponse) => Number(r.headers()['content-length']);
  expect(size(br)).toBeLessThan(size(gz));
  expect(size(gz)).toBeLessThan(size(plain) / 3);
  // The same page either way (the request API decodes the body).
  expect(await br.text()).toBe(await plain.text());
});

test('a wrong address answers 404 with the Japanese page and the same headers', async ({ request }) => {
  const res = await request.get('/no-such-page/');
  expect(res.status()).toBe(404);
  securityHeaders(res, '404');
  expect(await res.text()).toContain('ページが見つかりません');
});

test('robots.txt keeps /staff/ out and names the sitemap of the customer pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /staff/');
  expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const path of ['/', '/notice/', '/faq/', '/guide/', '/practice/', '/check/', '/contact/']) expect(sitemap).toContain(`${path}</loc>`);
  expect(sitemap).not.toContain('/staff/');
  expect(sitemap).not.toContain('/search/');
});

test('another site cannot frame the practice page (the <meta> policy alone could not stop it)', async ({ page, baseURL }) => {
  // A page of another origin (here a blank page of the browser's own) that frames the practice page.
  const framed = async (src: string) => {
    await page.setContent(`<!doctype html><title>x</title><iframe src="${src}" width="600" height="400"></iframe>`);
    return page.frames().find((f) => f !== page.mainFrame())!;
  };
  // Production: the header's frame-ancestors 'none' makes the browser refuse it.
  const refused = await framed(`${baseURL}/practice/`);
  await expect.poll(() => refused.url()).toMatch(/^chrome-error:/);
  // The same page from `astro preview`, with the <meta> policy only (which cannot carry frame-ancestors), does
  // load: what the header adds.
  const preview = `http://127.0.0.1:${process.env.PORT ?? 4321}/practice/`;
  const shown = await framed(preview);
  await expect.poll(() => shown.url()).toBe(preview);
});

for (const [path, ready] of [
  ['/search/?q=%E3%82%B9%E3%83%9E%E3%83%9B', '#search-results > li'],
  ['/practice/', '.pr'],
  ['/check/', '#env-verdict:not([data-verdict="pending"])'],
] as const) {
  test(`${path.split('?')[0]} works under both policies, with no CSP violation`, async ({ page, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) csp.push(m.text());
    });
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    if (path.startsWith('/search/')) {
      // The full text search loads Pagefind (wasm and a worker) under the header policy too.
      await page.getByRole('button', { name: /本文の中からも探す/ }).click();
      await expect(page.locator('#full-text-results > li').first()).toBeVisible();
    }
    expect(csp).toEqual([]);
    expect(seen.problems).toEqual([]);
    expect(seen.offOrigin).toEqual([]);
  });
}
