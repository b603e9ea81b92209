/**
 * The rehearsal as a state machine: which screen the sandbox bank shows, which steps are done,
 * the failures in a row and the lock. Pure: the island keeps the token and the clock, checks codes
 * (verify.ts), and tells this reducer what happened.
 */
import { counts } from './verify';

/**
 * The six steps of the progress indicator, in order. `phrases` are the label cut at the places where a line may
 * break (between words, never inside one): the indicator allows a break only there. No phrase is longer than
 * 4 characters, so that three steps fit side by side on a 360 px phone.
 */
export const STEPS = [
  { id: 'login', label: 'ログイン', phrases: ['ログイン'] },
  { id: 'register', label: 'トークン登録', phrases: ['トークン', '登録'] },
  { id: 'otp-login', label: 'コードでログイン', phrases: ['コードで', 'ログイン'] },
  { id: 'transfer', label: 'お振込み', phrases: ['お振込み'] },
  { id: 'mail', label: 'メール通知', phrases: ['メール', '通知'] },
  { id: 'change', label: '機種変更', phrases: ['機種', '変更'] },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

/** Every screen of the sandbox bank. */
export const STAGES = [
  'login', // お客様ID・ログインパスワードでログイン
  'register', // トークンの登録（クレデンシャルID + 2つのセキュリティコード）
  'registered', // 登録完了
  'otp-login', // ワンタイムパスワードでログイン
  'transfer', // 振込先と金額
  'transfer-confirm', // 資金移動用パスワード + ワンタイムパスワード
  'transfer-done', // 受付完了
  'mail', // メール通知
  'change', // 機種変更：アプリを入れ直す
  'change-login', // 新しいトークンの数字でログインしてみる（登録前なので受け付けられない）
  'change-register', // 登録し直す
  'change-registered', // 登録し直し完了
  'change-otp-login', // 新しいトークンでログイン
  'finished', // 練習の終わり
] as const;

export type Stage = (typeof STAGES)[number];

const STEP_OF: Record<Stage, StepId | 'finished'> = {
  login: 'login',
  register: 'register',
  registered: 'register',
  'otp-login': 'otp-login',
  transfer: 'transfer',
  'transfer-confirm': 'transfer',
  'transfer-done': 'transfer',
  mail: 'mail',
  change: 'change',
  'change-login': 'change',
  'change-register': 'change',
  'change-registered': 'change',
  'change-otp-login': 'change',
  finished: 'finished',
};

/** The step a screen belongs to (for the progress indicator). */
export function stepOf(stage: Stage): StepId | 'finished' {
  return STEP_OF[stage];
}

/**
 * Screens on which the page itself asks for a try that will be refused, to show what that looks like
 * (a code of the reinstalled, not yet registered token). Such tries never count toward the lock.
 */
export const REHEARSED_REFUSAL_STAGES: readonly Stage[] = ['change-login'];

/** Whether a refused code counts toward the lock: a real failure (not an input mistake), on a screen that did not ask for it. */
export function countsTowardLock(stage: Stage, problem: string): boolean {
  return counts(problem) && !REHEARSED_REFUSAL_STAGES.includes(stage);
}

/** Stages at which the bank has a registered token that codes are checked against. */
export function needsRegisteredToken(stage: Stage): boolean {
  return !['login', 'register', 'finished'].includes(stage);
}

export interface PracticeState {
  stage: Stage;
  /** Steps completed, in the order they were completed (no repeats). */
  done: StepId[];
  /** Counted failures in a row (wrong, expired, reused codes …); a success resets it. */
  failures: number;
  locked: boolean;
  /** Set when the page was reloaded mid-rehearsal: the token is new and must be registered again. */
  resumed: boolean;
}

export type Action =
  | { type: 'login-ok' }
  | { type: 'register-ok' }
  | { type: 'continue' }
  | { type: 'otp-login-ok' }
  | { type: 'transfer-form-ok' }
  | { type: 'transfer-back' }
  | { type: 'transfer-ok' }
  | { type: 'mail-read' }
  | { type: 'reinstall' }
  | { type: 'to-reregister' }
  | { type: 'fail' }
  | { type: 'unlock' }
  | { type: 'reset' };

export const initialState: PracticeState = { stage: 'login', done: [], failures: 0, locked: false, resumed: false };

function withDone(done: StepId[], step: StepId): StepId[] {
  return done.includes(step) ? done : [...done, step];
}

/** Where to go after logging in with a code: the first of transfer → mail → change not yet done. */
export function nextAfterLogin(done: readonly StepId[]): Stage {
  // The email notice is about the transfer just made, so a missing transfer or notice starts at the transfer.
  if (!done.includes('transfer') || !done.includes('mail')) return 'transfer';
  return 'change';
}

/** What `continue` does on each screen that has a 「次へ」 button. */
const CONTINUE: Partial<Record<Stage, Stage>> = {
  registered: 'otp-login',
  'transfer-done': 'mail',
  'change-registered': 'change-otp-login',
};

export function reduce(state: PracticeState, action: Action, maxFailures: number): PracticeState {
  if (action.type === 'reset') return initialState;
  if (action.type === 'unlock') return { ...state, failures: 0, locked: false };
  if (state.locked) return state; // nothing else happens while locked
  const ok = (stage: Stage, done = state.done): PracticeState => ({ ...state, stage, done, failures: 0, resumed: false });
  const s = state.stage;
  switch (action.type) {
    case 'fail': {
      // A try the page itself asked for is never held against the customer.
      if (REHEARSED_REFUSAL_STAGES.includes(s)) return state;
      const failures = state.failures + 1;
      return { ...state, failures, locked: failures >= maxFailures };
    }
    case 'login-ok':
      return s === 'login' ? ok('register', withDone(state.done, 'login')) : state;
    case 'register-ok':
      if (s === 'register') return ok('registered', withDone(state.done, 'register'));
      if (s === 'change-register') return ok('change-registered');
      return state;
    case 'continue': {
      const next = CONTINUE[s];
      return next ? { ...state, stage: next } : state;
    }
    case 'otp-login-ok':
      if (s === 'otp-login') {
        const done = withDone(state.done, 'otp-login');
        return ok(nextAfterLogin(done), done);
      }
      if (s === 'change-otp-login') return ok('finished', withDone(state.done, 'change'));
      return state;
    case 'transfer-form-ok':
      return s === 'transfer' ? { ...state, stage: 'transfer-confirm' } : state;
    case 'transfer-back':
      return s === 'transfer-confirm' ? { ...state, stage: 'transfer' } : state;
    case 'transfer-ok':
      return s === 'transfer-confirm' ? ok('transfer-done', withDone(state.done, 'transfer')) : state;
    case 'mail-read':
      return s === 'mail' ? ok('change', withDone(state.done, 'mail')) : state;
    case 'reinstall':
      return s === 'change' ? { ...state, stage: 'change-login' } : state;
    case 'to-reregister':
      return s === 'change-login' ? { ...state, stage: 'change-register' } : state;
  }
}

/** The failures left before the lock. */
export function triesLeft(state: PracticeState, maxFailures: number): number {
  return Math.max(0, maxFailures - state.failures);
}

// ---- Progress in sessionStorage: the stage and the steps done, nothing else (never the secret). ----

export interface SavedProgress {
  v: 1;
  stage: Stage;
  done: StepId[];
}

export function toSaved(state: PracticeState): SavedProgress {
  return { v: 1, stage: state.stage, done: state.done };
}

const STEP_IDS = STEPS.map((s) => s.id) as readonly string[];

/**
 * The state to start from, given what sessionStorage held (any string, or null).
 * The token's secret is never stored, so after a reload the token on screen is a new one that the bank
 * does not know: a rehearsal past the first login resumes at the registration, as after reinstalling the app.
 */
export function restore(raw: string | null): PracticeState {
  if (!raw) return initialState;
  let saved: unknown;
  try {
    saved = JSON.parse(raw);
  } catch {
    return initialState;
  }
  if (!saved || typeof saved !== 'object') return initialState;
  const { v, stage, done } = saved as Partial<SavedProgress>;
  if (v !== 1 || !STAGES.includes(stage as Stage) || !Array.isArray(done)) return initialState;
  const steps = STEPS.map((s) => s.id).filter((id) => done.includes(id)) as StepId[];
  if (!steps.every((id) => STEP_IDS.includes(id))) return initialState;
  if (stage === 'login') return { ...initialState, done: steps };
  if (stage === 'finished') return { ...initialState, stage: 'finished', done: steps };
  return { ...initialState, stage: 'register', done: withDone(steps, 'login'), resumed: true };
}
