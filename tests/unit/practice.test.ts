import { describe, expect, it } from 'vitest';
import { codeOfStep, stepOf } from '../../src/lib/totp';
import {
  formatYen,
  isCredentialIdShape,
  newCredentialId,
  normalizeCode,
  normalizeCredentialId,
  parseAmount,
} from '../../src/lib/practice/input';
import { checkCode, checkRegistration, counts, secondsUntilUnusedCode, type AppToken, type BankToken } from '../../src/lib/practice/verify';
import {
  CODE_MESSAGES,
  codeMessage,
  ID_MESSAGES,
  LOGIN_MESSAGES,
  lockedMessage,
  nextCodeIn,
  REAL_CREDENTIALS_WARNING,
  REG_CODE1_MESSAGES,
  REG_CODE2_MESSAGES,
  REHEARSED_TRY_NOTE,
  TRANSFER_MESSAGES,
  triesLeftMessage,
} from '../../src/lib/practice/messages';
import { practice } from '../../src/data/practice';

const RULES = { expiredWindowSteps: practice.expiredWindowSteps };
const secretA = new Uint8Array(20).map((_, i) => i + 1);
const secretB = new Uint8Array(20).map((_, i) => 200 - i);
const tokenA: AppToken = { id: 'VSMT12345678', secret: secretA };
const tokenB: AppToken = { id: 'SYMC87654321', secret: secretB };
const bankA = (usedSteps: number[] = []): BankToken => ({ ...tokenA, usedSteps });

/** 10 s into a step. */
const NOW = 1_800_000_010;
const N = stepOf(NOW);
const code = (step: number, secret = secretA) => codeOfStep(secret, step);
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('normalising what customers type', () => {
  it('accepts full-width digits, spaces of both widths and hyphens in a code', () => {
    expect(normalizeCode('１２３４５６')).toBe('123456');
    expect(normalizeCode(' 123 456 ')).toBe('123456');
    expect(normalizeCode('１２３　４５６')).toBe('123456');
    expect(normalizeCode('123-456')).toBe('123456');
    expect(normalizeCode('123ー456')).toBe('123456');
  });
  it('makes credential IDs upper case and compact', () => {
    expect(normalizeCredentialId('vsmt 1234 5678')).toBe('VSMT12345678');
    expect(normalizeCredentialId('ＶＳＭＴ１２３４５６７８')).toBe('VSMT12345678');
  });
  it('knows the credential ID format: 4 letters, 8 digits', () => {
    expect(isCredentialIdShape('VSMT12345678')).toBe(true);
    expect(isCredentialIdShape('SYMC00000000')).toBe(true);
    expect(isCredentialIdShape('VSMT1234567')).toBe(false);
    expect(isCredentialIdShape('VSMT1234567O')).toBe(false);
    expect(isCredentialIdShape('VSM112345678')).toBe(false);
    expect(isCredentialIdShape('VSMT123456789')).toBe(false);
  });
  it('makes credential IDs in the real format', () => {
    let n = 0;
    const fake = (a: Uint32Array) => a.map(() => n++);
    expect(newCredentialId(practice.credentialPrefixes, fake)).toBe('VSMT12345678');
    for (let i = 0; i < 50; i++) {
      const id = newCredentialId(practice.credentialPrefixes, (a) => crypto.getRandomValues(a));
      expect(id).toMatch(/^(VSMT|SYMC)\d{8}$/);
    }
  });
  it('reads amounts with commas, 円 and full-width digits', () => {
    expect(parseAmount('1000')).toBe(1000);
    expect(parseAmount('１，０００円')).toBe(1000);
    expect(parseAmount('1,000')).toBe(1000);
    expect(parseAmount('千円')).toBeNull();
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('-5')).toBe(5); // a hyphen is a separator: the range check refuses 0, not this
    expect(formatYen(1234567)).toBe('1,234,567');
  });
});

describe('checking a code at login or for a transfer', () => {
  it('accepts the current code, typed in full-width digits with a space', async () => {
    const c = await code(N);
    expect(await checkCode(fullWidth(c.slice(0, 3)) + '　' + fullWidth(c.slice(3)), bankA(), tokenA, NOW, RULES)).toEqual({ ok: true, step: N });
  });
  it('tolerates the code of the previous 30-second step', async () => {
    expect(await checkCode(await code(N - 1), bankA(), tokenA, NOW, RULES)).toEqual({ ok: true, step: N - 1 });
  });
  it('refuses an older code as expired', async () => {
    expect(await checkCode(await code(N - 2), bankA(), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'expired' });
    expect(await checkCode(await code(N - 9), bankA(), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'expired' });
  });
  it('refuses a code already used, also once it has grown old', async () => {
    expect(await checkCode(await code(N), bankA([N]), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'reused' });
    expect(await checkCode(await code(N - 3), bankA([N - 3]), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'reused' });
  });
  it('refuses the previous step once a newer code was used', async () => {
    expect(await checkCode(await code(N - 1), bankA([N]), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'expired' });
  });
  it('refuses a wrong code, and input that is not 6 digits as a format mistake', async () => {
    const c = await code(N);
    const wrong = c === '000000' ? '111111' : '000000';
    expect(await checkCode(wrong, bankA(), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'wrong' });
    expect(await checkCode('12345', bankA(), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'format' });
    expect(await checkCode('', bankA(), tokenA, NOW, RULES)).toEqual({ ok: false, problem: 'empty' });
  });
  it('refuses the code of a reinstalled (not yet registered) token and says so', async () => {
    expect(await checkCode(await code(N, secretB), bankA(), tokenB, NOW, RULES)).toEqual({ ok: false, problem: 'unregistered' });
  });
  it('counts only real failures towards the lock', () => {
    expect(counts('wrong')).toBe(true);
    expect(counts('expired')).toBe(true);
    expect(counts('reused')).toBe(true);
    expect(counts('empty')).toBe(false);
    expect(counts('format')).toBe(false);
  });
});

describe('registering a token: credential ID and two consecutive codes', () => {
  const reg = async (id: string, c1: string, c2: string, used: number[] = [], previous: string[] = []) =>
    checkRegistration({ id, code1: c1, code2: c2 }, tokenA, previous, used, NOW, RULES);

  it('accepts the ID and the codes of the previous and the current step', async () => {
    expect(await reg('VSMT12345678', await code(N - 1), await code(N))).toEqual({ ok: true, id: 'VSMT12345678', step: N });
  });
  it('accepts them typed in lower case, full width, with spaces', async () => {
    const r = await reg('ｖｓｍｔ １２３４ ５６７８', fullWidth(await code(N - 2)), ` ${await code(N - 1)} `);
    expect(r).toEqual({ ok: true, id: 'VSMT12345678', step: N - 1 });
  });
  it('refuses an ID in the wrong format, without counting a failure', async () => {
    expect(await reg('VSMT1234567', await code(N - 1), await code(N))).toEqual({ ok: false, errors: { id: 'format' }, counts: false });
  });
  it('refuses the ID of another token, and says when it is the one before the reinstall', async () => {
    expect(await reg('VSMT87654321', await code(N - 1), await code(N))).toEqual({ ok: false, errors: { id: 'other' }, counts: false });
    expect(await reg('SYMC11112222', await code(N - 1), await code(N), [], ['SYMC11112222'])).toEqual({
      ok: false,
      errors: { id: 'previous' },
      counts: false,
    });
  });
  it('reports every empty or malformed field at once', async () => {
    expect(await reg('', '12', '')).toEqual({ ok: false, errors: { id: 'empty', code1: 'format', code2: 'empty' }, counts: false });
  });
  it('refuses the same code twice', async () => {
    const c = await code(N);
    expect(await reg('VSMT12345678', c, c)).toEqual({ ok: false, errors: { code2: 'same' }, counts: true });
  });
  it('refuses two codes that are not consecutive', async () => {
    expect(await reg('VSMT12345678', await code(N - 3), await code(N))).toEqual({
      ok: false,
      errors: { code1: 'not-consecutive' },
      counts: true,
    });
  });
  it('refuses a pair that has grown old', async () => {
    expect(await reg('VSMT12345678', await code(N - 4), await code(N - 3))).toEqual({ ok: false, errors: { code1: 'expired' }, counts: true });
  });
  it('refuses a wrong first or second code', async () => {
    const c = await code(N);
    const wrong = ['000000', '111111', '222222'].find((w) => w !== c && w !== '')!;
    expect(await reg('VSMT12345678', wrong, c)).toEqual({ ok: false, errors: { code1: 'wrong' }, counts: true });
    expect(await reg('VSMT12345678', c, wrong)).toEqual({ ok: false, errors: { code2: 'wrong' }, counts: true });
  });
  it('refuses a code that was already used', async () => {
    expect(await reg('VSMT12345678', await code(N - 1), await code(N), [N])).toEqual({ ok: false, errors: { code2: 'reused' }, counts: true });
  });
});

describe('how long until the token shows a code not yet used', () => {
  it('is 0 when the code on the token now was not used', () => {
    expect(secondsUntilUnusedCode([], NOW)).toBe(0);
    expect(secondsUntilUnusedCode([N - 1], NOW)).toBe(0);
  });
  it('counts down with the token when the code on it now was just used (right after the registration)', () => {
    // NOW is 10 s into step N: the token says あと20秒.
    expect(secondsUntilUnusedCode([N - 1, N], NOW)).toBe(20);
    expect(secondsUntilUnusedCode([N - 1, N], NOW + 19)).toBe(1);
    expect(secondsUntilUnusedCode([N - 1, N], NOW + 20)).toBe(0);
  });
  it('skips every used step', () => {
    expect(secondsUntilUnusedCode([N, N + 1], NOW)).toBe(50);
  });
});

describe('messages', () => {
  const all = [
    ...[CODE_MESSAGES, ID_MESSAGES, REG_CODE1_MESSAGES, REG_CODE2_MESSAGES, LOGIN_MESSAGES, TRANSFER_MESSAGES].flatMap((t) => Object.values(t)),
    REAL_CREDENTIALS_WARNING,
    REHEARSED_TRY_NOTE,
    nextCodeIn(25),
    nextCodeIn(0),
    codeMessage('reused', 25),
    triesLeftMessage(1),
    lockedMessage(practice.maxFailures),
  ];
  it('has a polite Japanese message for every problem', () => {
    for (const text of all) expect(text).toMatch(/(ください|ます|ません|です|ました)(（[^）]*）)?。$/);
  });
  it('says 「ご利用いただけなくなります」, never 「ご利用できなく」', () => {
    for (const text of all) expect(text).not.toMatch(/ご利用できなく/);
    expect(triesLeftMessage(2)).toContain('ご利用いただけなくなります');
    expect(lockedMessage(5)).toContain('ご利用いただけなくなりました');
  });
  it('says, where a used code was refused, how many seconds until the token shows a new one', () => {
    expect(codeMessage('reused', 25)).toBe(`${CODE_MESSAGES.reused}${nextCodeIn(25)}`);
    expect(codeMessage('reused', 25)).toContain('あと25秒で新しい数字に変わります');
    expect(codeMessage('reused', 0)).toContain('新しい数字に変わりました');
    expect(codeMessage('wrong', 25)).toBe(CODE_MESSAGES.wrong);
  });
  it('does not blame the customer for the lock, nor call the practice the bank\'s own screens', () => {
    expect(lockedMessage(5)).not.toMatch(/まちが|間違/);
    expect(lockedMessage(5)).toContain('5回受け付けられなかった');
    expect(triesLeftMessage(1)).not.toMatch(/まちが|間違/);
    for (const text of all) expect(text).not.toMatch(/本番と同じ/);
  });
});
