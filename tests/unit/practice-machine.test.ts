import { describe, expect, it } from 'vitest';
import {
  countsTowardLock,
  initialState,
  nextAfterLogin,
  reduce,
  REHEARSED_REFUSAL_STAGES,
  restore,
  stepOf,
  toSaved,
  triesLeft,
  STAGES,
  STEPS,
  type Action,
  type PracticeState,
} from '../../src/lib/practice/machine';

const MAX = 5;
const run = (actions: Action['type'][], from: PracticeState = initialState) =>
  actions.reduce((s, type) => reduce(s, { type } as Action, MAX), from);

describe('the rehearsal, step by step', () => {
  it('goes login → register → login with a code → transfer → mail → phone change → finished', () => {
    const trail: string[] = [];
    let s = initialState;
    const steps: Action['type'][] = [
      'login-ok', 'register-ok', 'continue', 'otp-login-ok', 'transfer-form-ok', 'transfer-ok', 'continue', 'mail-read',
      'reinstall', 'to-reregister', 'register-ok', 'continue', 'otp-login-ok',
    ];
    for (const type of steps) {
      s = reduce(s, { type } as Action, MAX);
      trail.push(s.stage);
    }
    expect(trail).toEqual([
      'register', 'registered', 'otp-login', 'transfer', 'transfer-confirm', 'transfer-done', 'mail', 'change',
      'change-login', 'change-register', 'change-registered', 'change-otp-login', 'finished',
    ]);
    expect(s.done).toEqual(['login', 'register', 'otp-login', 'transfer', 'mail', 'change']);
  });

  it('ignores actions that do not belong to the current screen', () => {
    expect(run(['transfer-ok', 'mail-read', 'reinstall'])).toEqual(initialState);
  });

  it('can go back from the transfer confirmation to the form', () => {
    expect(run(['login-ok', 'register-ok', 'continue', 'otp-login-ok', 'transfer-form-ok', 'transfer-back']).stage).toBe('transfer');
  });

  it('maps every screen to a step of the progress indicator', () => {
    for (const stage of STAGES) expect(stepOf(stage)).toBeTruthy();
    expect(stepOf('transfer-confirm')).toBe('transfer');
    expect(stepOf('change-register')).toBe('change');
  });
});

describe('the lock after repeated failures', () => {
  it('locks after 5 failures in a row and then refuses everything but unlock and reset', () => {
    const s = run(['login-ok', 'fail', 'fail', 'fail', 'fail']);
    expect(s.locked).toBe(false);
    expect(triesLeft(s, MAX)).toBe(1);
    const locked = reduce(s, { type: 'fail' }, MAX);
    expect(locked.locked).toBe(true);
    expect(reduce(locked, { type: 'register-ok' }, MAX)).toBe(locked);
    const unlocked = reduce(locked, { type: 'unlock' }, MAX);
    expect(unlocked).toMatchObject({ stage: 'register', failures: 0, locked: false });
  });
  it('a success resets the count', () => {
    expect(run(['login-ok', 'fail', 'fail', 'register-ok']).failures).toBe(0);
  });
});

describe('a try the page itself asks for never locks', () => {
  const toChangeLogin: Action['type'][] = [
    'login-ok', 'register-ok', 'continue', 'otp-login-ok', 'transfer-form-ok', 'transfer-ok', 'continue', 'mail-read', 'reinstall',
  ];
  it('the phone-change try with the new, not yet registered token does not count, however often it is refused', () => {
    const s = run([...toChangeLogin, ...Array<Action['type']>(MAX * 2).fill('fail')]);
    expect(s).toMatchObject({ stage: 'change-login', failures: 0, locked: false });
    expect(triesLeft(s, MAX)).toBe(MAX);
    // …and the customer goes on to register again.
    expect(reduce(s, { type: 'to-reregister' }, MAX).stage).toBe('change-register');
  });
  it('only that screen is such a rehearsal: elsewhere refused codes count as before', () => {
    expect(REHEARSED_REFUSAL_STAGES).toEqual(['change-login']);
    expect(countsTowardLock('change-login', 'unregistered')).toBe(false);
    expect(countsTowardLock('change-login', 'wrong')).toBe(false);
    for (const stage of ['otp-login', 'transfer-confirm', 'change-otp-login'] as const) {
      expect(countsTowardLock(stage, 'wrong')).toBe(true);
      expect(countsTowardLock(stage, 'reused')).toBe(true);
      expect(countsTowardLock(stage, 'format')).toBe(false);
      expect(countsTowardLock(stage, 'empty')).toBe(false);
    }
    expect(run(['login-ok', 'register-ok', 'continue', 'fail', 'fail']).failures).toBe(2);
  });
});

describe('the progress labels', () => {
  it('are cut into phrases that make up the label, at most 4 characters each (three steps fit on a 360 px phone)', () => {
    for (const s of STEPS) {
      expect(s.phrases.join('')).toBe(s.label);
      for (const p of s.phrases) expect([...p].length).toBeLessThanOrEqual(4);
    }
  });
  it('never cut a word: a particle stays with its word (「コードで」), a compound splits between its words (「メール｜通知」)', () => {
    const cuts = Object.fromEntries(STEPS.map((s) => [s.id, s.phrases.join('|')]));
    expect(cuts).toEqual({
      login: 'ログイン',
      register: 'トークン|登録',
      'otp-login': 'コードで|ログイン',
      transfer: 'お振込み',
      mail: 'メール|通知',
      change: '機種|変更',
    });
  });
});

describe('progress in sessionStorage', () => {
  it('keeps only the stage and the steps done', () => {
    const s = run(['login-ok', 'register-ok']);
    expect(toSaved(s)).toEqual({ v: 1, stage: 'registered', done: ['login', 'register'] });
    expect(Object.keys(toSaved(s)).sort()).toEqual(['done', 'stage', 'v']);
  });
  it('starts afresh from nothing or from anything unreadable', () => {
    expect(restore(null)).toEqual(initialState);
    expect(restore('{')).toEqual(initialState);
    expect(restore('{"v":2,"stage":"mail","done":[]}')).toEqual(initialState);
    expect(restore('{"v":1,"stage":"nowhere","done":[]}')).toEqual(initialState);
    expect(restore('"x"')).toEqual(initialState);
  });
  it('resumes past the first login at the registration, since the token is new after a reload', () => {
    const s = restore(JSON.stringify({ v: 1, stage: 'transfer-confirm', done: ['login', 'register', 'otp-login'] }));
    expect(s).toMatchObject({ stage: 'register', resumed: true, done: ['login', 'register', 'otp-login'] });
  });
  it('after re-registering and logging in, goes on where the customer left off', () => {
    expect(nextAfterLogin(['login', 'register', 'otp-login'])).toBe('transfer');
    expect(nextAfterLogin(['login', 'register', 'otp-login', 'transfer'])).toBe('transfer');
    expect(nextAfterLogin(['login', 'register', 'otp-login', 'transfer', 'mail'])).toBe('change');
    const resumed = restore(JSON.stringify({ v: 1, stage: 'change-login', done: ['login', 'register', 'otp-login', 'transfer', 'mail'] }));
    expect(run(['register-ok', 'continue', 'otp-login-ok'], resumed).stage).toBe('change');
  });
  it('keeps a finished rehearsal finished, and a first login at the first login', () => {
    expect(restore(JSON.stringify({ v: 1, stage: 'finished', done: ['login'] })).stage).toBe('finished');
    expect(restore(JSON.stringify({ v: 1, stage: 'login', done: [] }))).toEqual(initialState);
  });
});
