import { describe, expect, it } from 'vitest';
import { practice } from '../../src/data/practice';
import { checkLogin, checkTransferForm, checkTransferPassword, payeeOf } from '../../src/lib/practice/forms';
import { formatDateTime } from '../../src/lib/practice/input';

const fullWidth = (s: string) => s.replace(/[0-9a-z]/gi, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('the practice お客様ID and passwords', () => {
  it('accepts the practice values, in any case and width for the ID, with spaces around', () => {
    expect(checkLogin(practice.customerId, practice.loginPassword)).toEqual({ notPractice: false });
    expect(checkLogin(fullWidth(practice.customerId.toUpperCase()), ` ${practice.loginPassword} `)).toEqual({ notPractice: false });
  });
  it('says which field is empty, without the warning', () => {
    expect(checkLogin('', '')).toEqual({ id: 'empty', password: 'empty', notPractice: false });
  });
  it('refuses anything else as not a practice value, with the warning never to type real ones', () => {
    expect(checkLogin('yamada1234', practice.loginPassword)).toEqual({ id: 'not-practice', notPractice: true });
    expect(checkLogin(practice.customerId, 'MyRealPassword!')).toEqual({ password: 'not-practice', notPractice: true });
    // The password is compared as typed: its case matters.
    expect(checkLogin(practice.customerId, practice.loginPassword.toUpperCase()).password).toBe('not-practice');
  });
  it('checks the 資金移動用パスワード the same way', () => {
    expect(checkTransferPassword(practice.transferPassword)).toBeUndefined();
    expect(checkTransferPassword(fullWidth(practice.transferPassword))).toBeUndefined();
    expect(checkTransferPassword('')).toBe('empty');
    expect(checkTransferPassword('9999')).toBe('not-practice');
  });
});

describe('the transfer form', () => {
  it('accepts a payee of the sandbox and an amount as customers type it', () => {
    expect(checkTransferForm('taro', '１，０００円')).toEqual({ ok: true, payeeId: 'taro', amount: 1000 });
  });
  it('says every problem at once', () => {
    expect(checkTransferForm('', '')).toEqual({ ok: false, payee: 'empty', amount: 'empty' });
    expect(checkTransferForm('nobody', '千円')).toEqual({ ok: false, payee: 'empty', amount: 'format' });
  });
  it('keeps the amount within the practice range', () => {
    expect(checkTransferForm('hanako', '0')).toEqual({ ok: false, amount: 'range' });
    expect(checkTransferForm('hanako', String(practice.maxAmount + 1))).toEqual({ ok: false, amount: 'range' });
    expect(checkTransferForm('hanako', String(practice.maxAmount))).toEqual({ ok: true, payeeId: 'hanako', amount: practice.maxAmount });
  });
  it('finds the payees by id', () => {
    expect(payeeOf('taro')?.name).toBe('ミホン タロウ 様');
    expect(payeeOf(undefined)).toBeUndefined();
  });
});

describe('the email notice', () => {
  it('says the time in Japanese, in the device time zone', () => {
    expect(formatDateTime(new Date(2026, 10, 24, 10, 1, 30).getTime())).toBe('2026年11月24日 10時01分');
  });
});
