/**
 * 案内番号: the number staff say on the phone instead of sending a link. Every answer has one, shown beside its
 * heading; typed on the home page (or in the search box) it opens exactly that answer.
 */
import { expect, test } from '@playwright/test';
import { answersFileSchema, type AnswerItem } from '../../src/lib/answer-schema';

const fullWidth = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

async function answers(request: import('@playwright/test').APIRequestContext): Promise<AnswerItem[]> {
  return answersFileSchema.parse(await (await request.get('/answers.json')).json()).answers;
}

test('every answer shows its 案内番号 beside its heading', async ({ page, request }) => {
  test.setTimeout(120_000); // every answer of the site, one page load each
  for (const a of await answers(request)) {
    const [path, anchor] = a.path.split('#');
    await page.goto(path!);
    const code = anchor ? page.locator(`[id="${anchor}"] ~ .guide-code, [id="${anchor}"] > .guide-code`).first() : page.locator('.page-title .guide-code');
    await expect(code, a.path).toHaveText(`案内番号 ${a.code}`);
  }
});

test('the home page field opens exactly the answer of the number, typed half- or full-width, with spaces', async ({ page, request }) => {
  test.setTimeout(120_000); // every answer of the site, one page load each
  const all = await answers(request);
  expect(all.length).toBeGreaterThan(40);
  for (const [i, a] of all.entries()) {
    const typed = i % 3 === 0 ? a.code : i % 3 === 1 ? fullWidth(a.code) : `${a.code.slice(0, 1)} ${a.code.slice(1)}`;
    await page.goto('/');
    const field = page.getByRole('textbox', { name: /案内番号/ });
    await field.fill(typed);
    await field.press('Enter');
    await expect(page, `${typed} → ${a.path}`).toHaveURL(new RegExp(`${a.path.replace(/[/#]/g, (c) => `\\${c}`)}$`));
    const anchor = a.path.split('#')[1];
    if (anchor) await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  }
});

test('an unknown number stays on the page and says so in a live region; an empty one asks for the number', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('textbox', { name: /案内番号/ });
  await field.fill('９９９');
  await field.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  const message = page.locator('#guide-code-message');
  await expect(message).toHaveAttribute('role', 'status');
  await expect(message).toContainText('案内番号「９９９」の回答は見つかりませんでした');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await field.fill('');
  await page.getByRole('button', { name: '開く' }).click();
  await expect(message).toHaveText('案内番号を入力してください（数字3けた）。');
});

test('a 案内番号 typed into the search box opens its answer too', async ({ page }) => {
  await page.goto('/guide/');
  await page.getByLabel('サイト内を検索').fill('２１６');
  await page.getByRole('button', { name: '検索', exact: true }).click();
  await expect(page).toHaveURL(/\/faq\/#new-phone$/);
  await page.goto('/search/?q=' + encodeURIComponent('Q7'));
  await expect(page).toHaveURL(/\/faq\/#q7$/);
});

test('no page for customers invites sending or opening links by mail or SMS', async ({ page }) => {
  for (const path of ['/', '/notice/', '/faq/', '/guide/', '/security/', '/contact/', '/practice/', '/check/', '/search/']) {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(/リンクを(お)?送り|URLを(お)?送り|メールでリンク|SMSでリンク/);
  }
});
