import { expect, test } from '@playwright/test';
import { linkContract } from '../../src/data/link-contract';

for (const { path, anchors } of linkContract) {
  test(`${path} exists with its promised anchors`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(200);
    for (const id of anchors) {
      await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
    }
  });
}

test('every answer heading on a content page has an id and a summary', async ({ page }) => {
  for (const path of ['/notice/', '/faq/', '/guide/', '/security/']) {
    await page.goto(path);
    const answers = page.locator('.answer');
    const n = await answers.count();
    expect(n, path).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const a = answers.nth(i);
      await expect(a.locator(':scope > :is(h2, h3)[id], :scope > summary > :is(h2, h3)[id]')).toHaveCount(1);
      await expect(a.locator('.answer__summary')).not.toBeEmpty();
    }
  }
});
