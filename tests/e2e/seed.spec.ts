import { expect, test } from '@playwright/test';
import { PAGES, pageText } from '../support/site';
import { seedPieces, seedReadings } from '../support/seed';
import { squash } from '../support/site';

test('every sentence of the bank\'s notice appears on the site in its words', async ({ page }) => {
  const texts: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    texts.push(await pageText(page, { withoutAdditions: true }));
  }
  const site = texts.join('\n');
  const missing = seedPieces().filter((piece) => !site.includes(piece));
  expect(missing, `missing from the site:\n${missing.join('\n')}`).toEqual([]);
});

/** Facts a customer or a staff member relies on, and the page each must be on. */
const FACTS: [string, string][] = [
  ['/notice/', '平成28年11月21日（月）'],
  ['/notice/', '（2016年）'],
  ['/notice/', '当金庫WEBバンキングサービスをご利用のすべてのお客様'],
  ['/notice/', '1,495件約30億円'],
  ['/notice/', 'TEL 0142-25-2811'],
  ['/notice/', '伊達信用金庫 事務グループ'],
  ['/faq/', '平成25年（2013年）1,315件約14億円'],
  ['/faq/', '平成26年（2014年）1,876件約29億円'],
  ['/faq/', '平成27年（2015年）1,495件約30億円'],
  ['/faq/', '1契約で1つ'],
  ['/faq/', 'ソフトウェアトークンは無料です'],
  ['/faq/', '当金庫と同一のVIP Access であればご利用いただけます'],
  ['/faq/', 'キーホルダー型のハードウェアタイプのトークンはお取り扱いしておりません'],
  ['/security/', '法人のお客様については、「Rapport」の利用が、万一不正送金された場合の、補償の条件となっております。'],
  ['/security/', 'WindowsXP'],
  ['/security/', '当金庫WEBバンキングの推奨環境対象外'],
  ['/contact/', 'TEL 0142-25-2811'],
  ['/', '平成28年（2016年）11月21日（月）'],
];

for (const [path, fact] of FACTS) {
  test(`${path} states 「${fact}」`, async ({ page }) => {
    await page.goto(path);
    // In the notice's words (the site's additions, such as the Western year, read past), or as the site writes it.
    const [asShown, asNotice] = [await pageText(page), await pageText(page, { withoutAdditions: true })];
    expect(asShown.includes(squash(fact)) || asNotice.includes(squash(fact)), `${fact} on ${path}`).toBe(true);
  });
}

test('the staff named in the notice carry their readings as ruby', async ({ page }) => {
  const readings = seedReadings();
  expect(readings.map(([base]) => base)).toEqual(['赤石', '久慈', '阿部']);
  for (const path of ['/notice/', '/contact/']) {
    await page.goto(path);
    for (const [base, reading] of readings) {
      const ruby = page.locator('main ruby', { hasText: base }).first();
      await expect(ruby).toBeVisible();
      await expect(ruby.locator('rt')).toHaveText(reading);
      await expect(ruby.locator('rp')).toHaveCount(2);
    }
  }
});
