/**
 * The practice enrollment (/practice/), rehearsed as a customer would: reading the code and the credential ID off
 * the sandbox token on the screen and typing them into the sandbox bank. The page's `Date.now()` is frozen by
 * Playwright's clock (`setFixedTime`) and moved on 30 seconds at a time, never waited for; timers keep running, so
 * the island's ticks and axe-core's own scheduling work as in a real browser. Every step is checked with axe; no
 * request may leave the page.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, watch } from '../support/site';
import { practice } from '../../src/data/practice';
import { bank } from '../../src/data/bank';
import {
  CODE_MESSAGES,
  codeMessage,
  ERROR_SUMMARY_TITLE,
  ID_MESSAGES,
  lockedMessage,
  LOGIN_MESSAGES,
  nextCodeIn,
  REAL_CREDENTIALS_WARNING,
  REG_CODE1_MESSAGES,
  REG_CODE2_MESSAGES,
  REHEARSED_TRY_NOTE,
  triesLeftMessage,
} from '../../src/lib/practice/messages';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** 5 seconds into a 30-second step (Tokyo time, as the customers'). */
const T0 = new Date('2026-11-24T10:00:05+09:00').getTime();
const STEP = 30_000;

const fullWidth = (s: string) => s.replace(/[0-9a-z]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** A 6-digit code that is not `code` (nor, in all likelihood, any other recent one). */
const otherThan = (code: string) => String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');

async function axe(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).include('main').withTags(TAGS).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe at ${where}`).toEqual([]);
}

async function noHorizontalScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal scroll at ${where}`).toBeLessThanOrEqual(0);
}

/** The time each test's page is frozen at. */
const frozenAt = new WeakMap<Page, number>();

/**
 * Freezes the page's clock at `time` and, once the page shows its token, waits until the token shows the code of
 * that time's 30-second step (the island reads the clock four times a second).
 */
async function setTime(page: Page, time: number) {
  await page.clock.setFixedTime(time);
  frozenAt.set(page, time);
  if (await page.locator('.pr').count()) {
    await expect(page.locator(`[data-token-code][data-step="${Math.floor(time / STEP)}"]`).first()).toBeAttached();
  }
}

/** Opens the practice page with the clock frozen at T0; returns the list that will collect any later request. */
async function open(page: Page, viewport: { width: number; height: number } = VIEWPORTS.desktop) {
  await page.setViewportSize(viewport);
  await setTime(page, T0);
  await page.goto('/practice/', { waitUntil: 'networkidle' });
  await expect(page.locator('.pr')).toBeVisible();
  await setTime(page, T0);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

/** Moves the clock to the next 30-second step: the token shows a new code. */
async function nextCode(page: Page, steps = 1) {
  await setTime(page, frozenAt.get(page)! + STEP * steps);
}

const isPhone = async (page: Page) => page.getByRole('button', { name: 'トークン', exact: true }).isVisible();

/** What the customer reads off the sandbox token: on a phone, they switch to the token app and back. */
async function readToken(page: Page) {
  const phone = await isPhone(page);
  if (phone) {
    await page.getByRole('button', { name: 'トークン', exact: true }).click();
    await expect(page.getByRole('button', { name: 'トークン', exact: true })).toHaveAttribute('aria-pressed', 'true');
  }
  const app = page.getByTestId('token');
  await expect(app).toBeVisible();
  const codeEl = app.locator('[data-token-code][data-fresh="true"]');
  await expect(codeEl).toHaveCount(1);
  const code = (await codeEl.textContent())!.trim();
  const id = (await app.locator('[data-token-id]').textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  expect(id).toMatch(/^(VSMT|SYMC)\d{8}$/);
  if (phone) {
    await page.getByRole('button', { name: 'WEBバンキング', exact: true }).click();
    // The code stays readable on the bank side, in the strip under the switch.
    await expect(page.locator('.pr-strip [data-token-code]')).toHaveText(code);
  }
  return { code, id };
}

const screenTitle = (page: Page) => page.locator('#pr-screen-title');

async function login(page: Page) {
  await page.getByLabel('お客様ID').fill(practice.customerId);
  await page.getByLabel('ログインパスワード').fill(practice.loginPassword);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(screenTitle(page)).toHaveText('ワンタイムパスワード（トークン）の登録');
}

async function fillRegistration(page: Page, id: string, code1: string, code2: string) {
  await page.getByLabel('クレデンシャルID').fill(id);
  await page.getByLabel('セキュリティコード（1つ目）').fill(code1);
  await page.getByLabel('セキュリティコード（2つ目）').fill(code2);
  await page.getByRole('button', { name: '登録する' }).click();
}

/** Registers the token on screen as the guide says: ID, the code now, wait for the next, the next code. */
async function registerToken(page: Page) {
  const first = await readToken(page);
  await page.getByLabel('クレデンシャルID').fill(first.id);
  await page.getByLabel('セキュリティコード（1つ目）').fill(first.code);
  await nextCode(page);
  const second = await readToken(page);
  expect(second.code).not.toBe(first.code);
  await page.getByLabel('セキュリティコード（2つ目）').fill(second.code);
  await page.getByRole('button', { name: '登録する' }).click();
  return { id: first.id, code1: first.code, code2: second.code };
}

async function codeLogin(page: Page, code: string) {
  await page.getByLabel('お客様ID').fill(practice.customerId);
  await page.getByLabel('ログインパスワード').fill(practice.loginPassword);
  await page.getByLabel('ワンタイムパスワード').fill(code);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** From the start to the screen 「ワンタイムパスワードでログイン」, the registration's codes just used. */
async function toCodeLogin(page: Page) {
  await login(page);
  const reg = await registerToken(page);
  await expect(screenTitle(page)).toHaveText('トークンの登録が完了しました');
  await page.getByRole('button', { name: 'ログアウトして次へ' }).click();
  await expect(screenTitle(page)).toHaveText('ログイン');
  return reg;
}

/** From the start through the transfer and the email notice to the phone-change screen; returns the registered ID. */
async function toPhoneChange(page: Page) {
  const reg = await toCodeLogin(page);
  await nextCode(page);
  await codeLogin(page, (await readToken(page)).code);
  await page.getByLabel(/ミホン タロウ/).check();
  await page.getByLabel('金額').fill('1000');
  await page.getByRole('button', { name: '確認画面へ' }).click();
  await nextCode(page);
  await page.getByLabel('資金移動用パスワード').fill(practice.transferPassword);
  await page.getByLabel('ワンタイムパスワード').fill((await readToken(page)).code);
  await page.getByRole('button', { name: '実行する' }).click();
  await page.getByRole('button', { name: '届いたメールを見る' }).click();
  await page.getByRole('button', { name: '次へ（機種変更の練習）' }).click();
  await expect(screenTitle(page)).toHaveText('機種変更の練習');
  return reg;
}

/** The error summary has the focus and links to the field with the message. */
async function expectError(page: Page, field: string, message: string) {
  const summary = page.locator('.pr-errors');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: ERROR_SUMMARY_TITLE })).toBeVisible();
  const link = summary.getByRole('link', { name: message });
  await expect(link).toHaveAttribute('href', `#${field}`);
  await expect(page.locator(`#${field}-error`)).toContainText(message);
  await expect(page.locator(`#${field}`)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator(`#${field}`)).toHaveAttribute('aria-describedby', new RegExp(`${field}-error`));
}

/**
 * The warning never to type real credentials is the first thing in the error summary after its heading: first in the
 * order it is read (DOM) and above every error on screen.
 */
async function expectWarningFirst(page: Page) {
  const summary = page.locator('.pr-errors');
  await expect(summary).toBeFocused();
  const first = summary.locator(':scope > :nth-child(2)');
  await expect(first).toContainText(REAL_CREDENTIALS_WARNING);
  await expect(first).toHaveClass(/pr-errors__warning/);
  const warningBottom = (await first.boundingBox())!.y + (await first.boundingBox())!.height;
  for (const link of await summary.getByRole('link').all()) {
    expect((await link.boundingBox())!.y, 'each error below the warning').toBeGreaterThanOrEqual(warningBottom);
  }
}

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`the whole rehearsal at ${size} size, reading the token on screen, with axe at every step and no request`, async ({ page, baseURL }) => {
    // A dozen axe runs (about a second each) on top of the rehearsal: more than the default 30 s under load.
    test.setTimeout(120_000);
    const seen = watch(page, new URL(baseURL!).origin);
    const requests = await open(page, viewport);
    const check = async (where: string) => {
      await axe(page, where);
      await noHorizontalScroll(page, where);
    };

    // 1. Login with the practice values shown on screen.
    await expect(page.locator('.pr-values')).toContainText(practice.customerId);
    await expect(page.locator('.pr-values')).toContainText(practice.loginPassword);
    await expect(page.locator('.pr-progress__list [aria-current="step"]')).toContainText('ログイン');
    await check('login');
    await login(page);

    // 2. Registration: credential ID and two consecutive codes.
    await check('register');
    const reg = await registerToken(page);
    await expect(screenTitle(page)).toHaveText('トークンの登録が完了しました');
    await expect(screenTitle(page)).toBeFocused();
    await expect(page.locator('.pr-ok')).toContainText(reg.id);
    await expect(page.locator('.pr-screen')).toContainText('登録に使った数字は、ログインには使えません。');
    await check('registered');
    await page.getByRole('button', { name: 'ログアウトして次へ' }).click();

    // 3. Login with a code: the registration's code is used, so the customer waits for the next.
    await expect(page.locator('.pr-progress__list [aria-current="step"]')).toContainText('コードでログイン');
    await check('code login');
    await nextCode(page);
    await codeLogin(page, (await readToken(page)).code);

    // 4. Transfer: payee and amount, then the 資金移動用パスワード and a new code.
    await expect(screenTitle(page)).toHaveText('お振込み（振込先と金額）');
    await check('transfer form');
    await page.getByLabel(/ミホン タロウ/).check();
    await page.getByLabel('金額').fill('1000');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await expect(screenTitle(page)).toHaveText('お振込み内容の確認');
    await expect(page.locator('.pr-summary')).toContainText('1,000円');
    await check('transfer confirmation');
    await nextCode(page);
    await page.getByLabel('資金移動用パスワード').fill(practice.transferPassword);
    await page.getByLabel('ワンタイムパスワード').fill((await readToken(page)).code);
    await page.getByRole('button', { name: '実行する' }).click();
    await expect(screenTitle(page)).toHaveText('お振込みを受け付けました');
    await check('transfer done');

    // 5. The email notice, with the advice of ※④.
    await page.getByRole('button', { name: '届いたメールを見る' }).click();
    await expect(screenTitle(page)).toHaveText('メール通知（練習用の見本）');
    const mail = page.locator('.pr-mail');
    await expect(mail).toContainText('ミホン タロウ 様');
    await expect(mail).toContainText('1,000円');
    await expect(mail).toContainText('2026年11月24日 10時01分');
    await expect(mail.locator('a')).toHaveCount(0); // the bank's mails never carry links to click
    await expect(page.locator('.pr-aside')).toContainText('「ここをクリックしてください」');
    await expect(page.locator('.pr-aside')).toContainText('「メール通知」を「受け取る」設定にしてください');
    await expect(page.locator('.pr-aside a[href="/security/#email-notice"]')).toHaveCount(1);
    await expect(page.locator('.pr-aside a[href="/security/#suspicious-email"]')).toHaveCount(1);
    await check('mail');
    await page.getByRole('button', { name: '次へ（機種変更の練習）' }).click();

    // 6. Phone change: reinstalling gives a new credential ID; its codes fail until it is registered again.
    await expect(screenTitle(page)).toHaveText('機種変更の練習');
    await check('phone change');
    if (await isPhone(page)) await page.getByRole('button', { name: 'トークンの画面を開く' }).click();
    await page.getByRole('button', { name: 'アプリを入れ直す' }).click();
    const reinstalled = page.locator('#pr-reinstalled');
    await expect(reinstalled).toBeVisible();
    // What it says is what the customer sees: the bank beside the token on a wide screen, behind a button on a phone.
    const said = await reinstalled.innerText();
    const back = page.getByRole('button', { name: 'WEBバンキングに戻る' });
    if (await isPhone(page)) {
      await expect(reinstalled).toBeFocused();
      expect(said).toContain('下のボタンで、WEBバンキングの画面に戻ってください。');
      expect(said).not.toContain('右の');
      await check('reinstalled, on a phone');
      await back.click();
      await expect(page.getByRole('button', { name: 'WEBバンキング', exact: true })).toHaveAttribute('aria-pressed', 'true');
      await expect(screenTitle(page)).toBeFocused();
    } else {
      expect(said).toContain('続きは、右の「練習用 WEBバンキング」の画面で行います。');
      expect(said).not.toContain('戻って');
      await expect(back).toBeHidden();
      await expect(screenTitle(page)).toBeVisible();
    }
    const renewed = await readToken(page);
    expect(renewed.id).not.toBe(reg.id);
    await expect(page.locator('.pr-guide')).toContainText('受け付けられないはず');
    await codeLogin(page, renewed.code);
    await expectError(page, 'pr-otp-code', CODE_MESSAGES.unregistered);
    // The page asked for this try: it says so, and nothing counts toward the lock.
    await expect(page.locator('.pr-errors')).toContainText(REHEARSED_TRY_NOTE);
    await expect(page.locator('.pr-errors')).not.toContainText('ロック）');
    await check('new token refused');
    await page.getByRole('button', { name: '登録し直す画面へ進む' }).click();
    await expect(screenTitle(page)).toHaveText('トークンの登録し直し');
    // The old ID is refused, and the message says why.
    await fillRegistration(page, reg.id, renewed.code, renewed.code);
    await expectError(page, 'pr-reg-id', ID_MESSAGES.previous);
    await page.getByLabel('セキュリティコード（1つ目）').fill('');
    const again = await registerToken(page);
    expect(again.id).toBe(renewed.id);
    await expect(screenTitle(page)).toHaveText('登録し直しが完了しました');
    await check('registered again');
    await page.getByRole('button', { name: 'ログアウトして次へ' }).click();
    await nextCode(page);
    await codeLogin(page, (await readToken(page)).code);
    await expect(screenTitle(page)).toHaveText('練習はこれで終わりです');
    await expect(page.locator('.pr-progress__now')).toHaveText('練習はすべて終わりました');
    await expect(page.locator('.pr-progress__list .is-done')).toHaveCount(6);
    await check('finished');

    // Nothing left the page during the rehearsal; only the progress is in sessionStorage.
    expect(requests).toEqual([]);
    expect(seen.problems).toEqual([]);
    expect(seen.offOrigin).toEqual([]);
    const stored = await page.evaluate(() => ({ ...sessionStorage }));
    expect(Object.keys(stored)).toEqual([practice.storageKey]);
    expect(JSON.parse(stored[practice.storageKey]!)).toEqual({
      v: 1,
      stage: 'finished',
      done: ['login', 'register', 'otp-login', 'transfer', 'mail', 'change'],
    });
    expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({});
    expect(await page.context().cookies()).toEqual([]);
  });
}

test.describe('each refusal has its own kind message', () => {
  test.describe.configure({ timeout: 60_000 });
  test('a wrong code', async ({ page }) => {
    await open(page);
    await toCodeLogin(page);
    await nextCode(page);
    const { code } = await readToken(page);
    await codeLogin(page, otherThan(code));
    await expectError(page, 'pr-otp-code', CODE_MESSAGES.wrong);
    await expect(page.getByLabel('ワンタイムパスワード')).toHaveValue('');
    await axe(page, 'wrong code');
    // The link in the summary takes the customer to the field.
    await page.locator('.pr-errors').getByRole('link').click();
    await expect(page.getByLabel('ワンタイムパスワード')).toBeFocused();
  });

  test('a code from the previous 30-second step is still accepted; an older one is expired', async ({ page }) => {
    await open(page);
    await toCodeLogin(page);
    await nextCode(page);
    const old = (await readToken(page)).code;
    await nextCode(page, 2); // two steps later: too old
    await codeLogin(page, old);
    await expectError(page, 'pr-otp-code', CODE_MESSAGES.expired);
    await axe(page, 'expired code');
    const previous = (await readToken(page)).code;
    await nextCode(page); // one step later: tolerated
    await codeLogin(page, previous);
    await expect(screenTitle(page)).toHaveText('お振込み（振込先と金額）');
  });

  test('a code already used: at login right after the registration, and for the transfer right after the login', async ({ page }) => {
    await open(page);
    const reg = await toCodeLogin(page);
    await codeLogin(page, reg.code2);
    await expectError(page, 'pr-otp-code', CODE_MESSAGES.reused);
    await axe(page, 'reused code');
    await nextCode(page);
    const { code } = await readToken(page);
    await codeLogin(page, code);
    await page.getByLabel(/ミホン ハナコ/).check();
    await page.getByLabel('金額').fill('500');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await page.getByLabel('資金移動用パスワード').fill(practice.transferPassword);
    await page.getByLabel('ワンタイムパスワード').fill(code);
    await page.getByRole('button', { name: '実行する' }).click();
    await expectError(page, 'pr-tc-code', CODE_MESSAGES.reused);
  });

  test('right after the registration, the code still on the token is refused where it is typed, with the countdown to the next code', async ({ page }) => {
    await open(page, VIEWPORTS.phone);
    await login(page);
    const reg = await registerToken(page);
    await expect(screenTitle(page)).toHaveText('トークンの登録が完了しました');
    await page.getByRole('button', { name: 'ログアウトして次へ' }).click();
    // The customer types what the token shows: the second code of the registration, 25 s before the next one.
    await expect(page.locator('.pr-strip [data-token-code]')).toHaveText(reg.code2);
    await codeLogin(page, reg.code2);
    await expectError(page, 'pr-otp-code', codeMessage('reused', 25));
    const error = page.locator('#pr-otp-code-error');
    const link = page.locator('.pr-errors').getByRole('link');
    await expect(error).toContainText('あと25秒で新しい数字に変わります');
    await axe(page, 'used code, with the countdown');
    // It counts down with the token, in the field's message and in the summary alike…
    await setTime(page, frozenAt.get(page)! + 10_000);
    await expect(error).toContainText(nextCodeIn(15));
    await expect(link).toContainText(nextCodeIn(15));
    // …and says so when the new code is there.
    await nextCode(page);
    await expect(error).toContainText(nextCodeIn(0));
    await expect(link).toContainText(nextCodeIn(0));
    await codeLogin(page, (await readToken(page)).code);
    await expect(screenTitle(page)).toHaveText('お振込み（振込先と金額）');
  });

  test('the phone-change try that the page asks for never locks, even after more tries than the lock allows', async ({ page }) => {
    test.setTimeout(90_000);
    await open(page);
    await toPhoneChange(page);
    await page.getByRole('button', { name: 'アプリを入れ直す' }).click();
    const renewed = await readToken(page);
    for (let i = 1; i <= practice.maxFailures + 2; i++) {
      // As invited: the new token's code; and once a mistyped one, which does not count here either.
      await codeLogin(page, i === 3 ? otherThan(renewed.code) : renewed.code);
      await expectError(page, 'pr-otp-code', i === 3 ? CODE_MESSAGES.wrong : CODE_MESSAGES.unregistered);
      await expect(page.locator('.pr-errors')).toContainText(REHEARSED_TRY_NOTE);
      await expect(page.locator('.pr-errors')).not.toContainText(triesLeftMessage(1));
      await expect(page.locator('.pr-errors')).not.toContainText(triesLeftMessage(2));
      await expect(page.locator('.pr')).toHaveAttribute('data-locked', 'false');
    }
    await axe(page, 'the invited try, refused seven times');
    await page.getByRole('button', { name: '登録し直す画面へ進む' }).click();
    await expect(screenTitle(page)).toHaveText('トークンの登録し直し');
    await registerToken(page);
    await expect(screenTitle(page)).toHaveText('登録し直しが完了しました');
  });

  test('registration: the same code twice, and two codes that are not consecutive', async ({ page }) => {
    await open(page);
    await login(page);
    const a = await readToken(page);
    await fillRegistration(page, a.id, a.code, a.code);
    await expectError(page, 'pr-reg-code2', REG_CODE2_MESSAGES.same);
    // The first code is kept: the customer waits for the next number and types it in the second field.
    await expect(page.getByLabel('セキュリティコード（1つ目）')).toHaveValue(a.code);
    await expect(page.getByLabel('セキュリティコード（2つ目）')).toHaveValue('');
    await axe(page, 'same code twice');
    await nextCode(page, 2);
    const c = await readToken(page);
    await fillRegistration(page, a.id, a.code, c.code);
    await expectError(page, 'pr-reg-code1', REG_CODE1_MESSAGES['not-consecutive']);
    await expect(page.getByLabel('セキュリティコード（1つ目）')).toHaveValue('');
    await axe(page, 'not consecutive');
  });

  test('registration: a credential ID in the wrong format, and the ID of another token', async ({ page }) => {
    await open(page);
    await login(page);
    const { id, code } = await readToken(page);
    await fillRegistration(page, id.slice(0, 11), code, '');
    // Every input mistake at once, each linked to its field.
    await expectError(page, 'pr-reg-id', ID_MESSAGES.format);
    await expect(page.locator('.pr-errors').getByRole('link', { name: REG_CODE2_MESSAGES.empty })).toHaveAttribute('href', '#pr-reg-code2');
    await axe(page, 'ID format');
    const other = id.startsWith('VSMT') ? 'SYMC12345678' : 'VSMT12345678';
    await nextCode(page);
    await fillRegistration(page, other, code, (await readToken(page)).code);
    await expectError(page, 'pr-reg-id', ID_MESSAGES.other);
    await axe(page, 'another token');
  });

  test('full-width digits, letters and spaces are accepted', async ({ page }) => {
    await open(page);
    await page.getByLabel('お客様ID').fill(fullWidth(practice.customerId.toUpperCase()));
    await page.getByLabel('ログインパスワード').fill(` ${practice.loginPassword} `);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(screenTitle(page)).toHaveText('ワンタイムパスワード（トークン）の登録');
    const a = await readToken(page);
    await page.getByLabel('クレデンシャルID').fill(fullWidth(`${a.id.slice(0, 4).toLowerCase()} ${a.id.slice(4, 8)} ${a.id.slice(8)}`));
    await page.getByLabel('セキュリティコード（1つ目）').fill(fullWidth(`${a.code.slice(0, 3)}　${a.code.slice(3)}`));
    await nextCode(page);
    const b = await readToken(page);
    await page.getByLabel('セキュリティコード（2つ目）').fill(`${b.code.slice(0, 3)}-${b.code.slice(3)}`);
    await page.getByRole('button', { name: '登録する' }).click();
    await expect(screenTitle(page)).toHaveText('トークンの登録が完了しました');
    await page.getByRole('button', { name: 'ログアウトして次へ' }).click();
    await nextCode(page);
    await codeLogin(page, fullWidth((await readToken(page)).code));
    await expect(screenTitle(page)).toHaveText('お振込み（振込先と金額）');
    await page.getByLabel(/ミホン タロウ/).check();
    await page.getByLabel('金額').fill('１，０００円');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await expect(page.locator('.pr-summary')).toContainText('1,000円');
  });

  test('five failures in a row lock the sandbox, with the bank\'s contact; unlocking continues', async ({ page }) => {
    await open(page);
    await toCodeLogin(page);
    await nextCode(page);
    const { code } = await readToken(page);
    for (let i = 1; i <= practice.maxFailures; i++) {
      await codeLogin(page, otherThan(code));
      if (i < practice.maxFailures) await expectError(page, 'pr-otp-code', CODE_MESSAGES.wrong);
      if (i === practice.maxFailures - 1) await expect(page.locator('.pr-errors')).toContainText(triesLeftMessage(1));
    }
    await expect(screenTitle(page)).toHaveText('ご利用を止めました（ロック）');
    await expect(screenTitle(page)).toBeFocused();
    // Said as what happened (refused five times), not as the customer's mistake.
    await expect(page.locator('.pr-error-text')).toHaveText(lockedMessage(practice.maxFailures));
    await expect(page.locator('.pr-screen')).not.toContainText(/まちが|間違/);
    await expect(page.locator('.pr-screen')).toContainText(bank.contact.group);
    await expect(page.locator(`.pr-screen a[href="${bank.contact.telHref}"]`)).toHaveText(bank.contact.tel);
    await expect(page.locator('.pr-screen a[href="/contact/"]')).toHaveCount(1);
    await expect(page.locator('.pr')).toHaveAttribute('data-locked', 'true');
    await axe(page, 'locked');
    await page.getByRole('button', { name: '練習用のロックを解除して続ける' }).click();
    await expect(screenTitle(page)).toHaveText('ログイン');
    await codeLogin(page, code);
    await expect(screenTitle(page)).toHaveText('お振込み（振込先と金額）');
  });

  test('anything but the practice ID and password is refused, cleared, with a warning never to type real ones', async ({ page }) => {
    await open(page);
    await page.getByLabel('お客様ID').fill('yamada1234');
    await page.getByLabel('ログインパスワード').fill('MyRealPassword!');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expectError(page, 'pr-login-id', LOGIN_MESSAGES.idNotPractice);
    await expectWarningFirst(page);
    await expect(page.getByLabel('お客様ID')).toHaveValue('');
    await expect(page.getByLabel('ログインパスワード')).toHaveValue('');
    await axe(page, 'not practice credentials');
    // The 資金移動用パスワード too.
    await login(page);
    await registerToken(page);
    await page.getByRole('button', { name: 'ログアウトして次へ' }).click();
    await nextCode(page);
    await codeLogin(page, (await readToken(page)).code);
    await page.getByLabel(/ミホン タロウ/).check();
    await page.getByLabel('金額').fill('1000');
    await page.getByRole('button', { name: '確認画面へ' }).click();
    await page.getByLabel('資金移動用パスワード').fill('9999');
    await page.getByRole('button', { name: '実行する' }).click();
    await expectWarningFirst(page);
    await expect(page.getByLabel('資金移動用パスワード')).toHaveValue('');
    // No field asks the browser to remember or fill anything.
    for (const input of await page.locator('.pr input[type="text"], .pr input[type="password"]').all()) {
      await expect(input).toHaveAttribute('autocomplete', 'off');
    }
  });
});

test.describe('accessible and safe', () => {
  test.describe.configure({ timeout: 60_000 });
  test('keyboard only: log in and register with Tab, typing and Enter', async ({ page }) => {
    await open(page);
    await page.getByLabel('お客様ID').focus();
    await page.keyboard.type(practice.customerId);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('ログインパスワード')).toBeFocused();
    await page.keyboard.type(practice.loginPassword);
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toBeFocused();
    const a = await readToken(page);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('クレデンシャルID')).toBeFocused();
    await page.keyboard.type(a.id);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('セキュリティコード（1つ目）')).toBeFocused();
    await page.keyboard.type(a.code);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('セキュリティコード（2つ目）')).toBeFocused();
    await nextCode(page);
    const b = await readToken(page);
    await page.keyboard.type(b.code);
    await page.keyboard.press('Enter');
    await expect(screenTitle(page)).toHaveText('トークンの登録が完了しました');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'ログアウトして次へ' })).toBeFocused();
  });

  test('the countdown is not announced; a new code is, only where codes are typed', async ({ page }) => {
    await open(page);
    const timer = page.locator('.pr-app [role="timer"]');
    await expect(timer).toContainText('あと25秒');
    await expect(timer).not.toHaveAttribute('aria-live', /polite|assertive/);
    await expect(page.locator('.pr [aria-live]:not([aria-live="off"])')).toHaveCount(1);
    const live = page.locator('.pr [aria-live="polite"]');
    await setTime(page, T0 + 10_000);
    await expect(timer).toContainText('あと15秒');
    await expect(live).toHaveText('');
    await nextCode(page); // on the login screen no code is typed: nothing to announce
    await expect(live).toHaveText('');
    await login(page);
    await nextCode(page);
    await expect(live).toContainText('新しい数字に変わりました');
  });

  test('a reload resumes at the registration with a new token, and sessionStorage holds only the progress', async ({ page }) => {
    await open(page);
    await toCodeLogin(page);
    const before = (await readToken(page)).id;
    expect(Object.keys(await page.evaluate(() => ({ ...sessionStorage })))).toEqual([practice.storageKey]);
    const raw = await page.evaluate((k) => sessionStorage.getItem(k), practice.storageKey);
    expect(JSON.parse(raw!)).toEqual({ v: 1, stage: 'otp-login', done: ['login', 'register'] });
    await page.reload();
    await expect(screenTitle(page)).toHaveText('ワンタイムパスワード（トークン）の登録');
    await expect(page.locator('.pr-guide__note')).toContainText('練習用トークンが新しくなりました');
    expect((await readToken(page)).id).not.toBe(before);
    await expect(page.locator('.pr-progress__list .is-done')).toHaveCount(1);
  });

  test('respects reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    const name = await page.locator('.pr-app__code').evaluate((el) => getComputedStyle(el).animationName);
    expect(name).toBe('none');
  });

  test('at 200% zoom (a 320 px window) every screen reflows without horizontal scroll', async ({ page }) => {
    await open(page, { width: 320, height: 640 });
    await noHorizontalScroll(page, 'login');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await noHorizontalScroll(page, 'login errors');
    await login(page);
    await fillRegistration(page, 'x', 'y', 'z');
    await noHorizontalScroll(page, 'registration errors');
    await page.getByRole('button', { name: 'トークン', exact: true }).click();
    await noHorizontalScroll(page, 'token');
    await axe(page, 'token at 320 px');
  });

  test('progress labels break only between words, at 360 and 320 px and with the text at 200%', async ({ page }) => {
    await open(page, VIEWPORTS.phone);
    /** Each phrase of a label (a word with its particle) on one line and inside its step; which labels take two lines. */
    const layout = () =>
      page.locator('.pr-progress').evaluate((root) => {
        const problems: string[] = [];
        const twoLines: string[] = [];
        for (const phrase of root.querySelectorAll<HTMLElement>('.pr-progress__phrase')) {
          const lines = [...phrase.getClientRects()].filter((r) => r.width > 0);
          if (lines.length !== 1) problems.push(`「${phrase.textContent}」 is cut over ${lines.length} lines`);
          const box = phrase.closest('li, p')!.getBoundingClientRect();
          const r = phrase.getBoundingClientRect();
          if (r.left < box.left - 0.5 || r.right > box.right + 0.5) problems.push(`「${phrase.textContent}」 overflows its step`);
        }
        for (const label of root.querySelectorAll<HTMLElement>('.pr-progress__label')) {
          const tops = new Set([...label.querySelectorAll('.pr-progress__phrase')].map((p) => Math.round(p.getBoundingClientRect().top)));
          if (tops.size > 1) twoLines.push(label.textContent!);
        }
        return { problems, twoLines };
      });
    for (const width of [360, 320]) {
      for (const text of ['100%', '200%']) {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate((size) => {
          document.documentElement.style.fontSize = size;
        }, text);
        const where = `${width} px, text at ${text}`;
        const { problems, twoLines } = await layout();
        expect(problems, where).toEqual([]);
        if (width === 360 && text === '100%') {
          // Three steps side by side: the longer labels take two lines, cut between their words.
          expect(twoLines, where).toEqual(expect.arrayContaining(['トークン登録', 'コードでログイン', 'メール通知']));
          const tops = await page.locator('.pr-progress__list li').evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
          expect(new Set(tops).size, 'two rows of three').toBe(2);
        }
        await noHorizontalScroll(page, where);
      }
    }
    // The line above the steps too.
    await expect(page.locator('.pr-progress__now')).toHaveText('手順 1 / 6：ログイン');
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '';
    });
  });

  test('without JavaScript the page explains the steps in plain text and links to the guide', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/practice/');
    await expect(page.locator('h1')).toHaveText('練習ページ');
    await expect(page.getByRole('heading', { name: '練習の流れ' })).toBeVisible();
    await expect(page.locator('main ol li')).toHaveCount(6);
    await expect(page.locator('main a[href="/guide/"]').first()).toBeVisible();
    // (Chromium with scripts disabled by Playwright still parses <noscript> as text: read it as such.)
    expect(await page.locator('main noscript').textContent()).toContain('JavaScriptを有効にしてください');
    await expect(page.locator('.pr')).toHaveCount(0);
    await context.close();
  });

  test('the island hydrates only on this page, and no CSP violation is reported', async ({ page, baseURL }) => {
    const seen = watch(page, new URL(baseURL!).origin);
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await open(page);
    await expect(page.locator('astro-island')).toHaveCount(1);
    expect(csp).toEqual([]);
    expect(seen.problems).toEqual([]);
    await page.goto('/guide/');
    await expect(page.locator('astro-island')).toHaveCount(0);
  });
});
