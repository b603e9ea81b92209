/**
 * The sandbox bank's verification rules, as a bank applies them to a VIP Access token:
 *   - a code from the current 30-second step, or from the one before it, is accepted;
 *   - an older code is refused as expired; a code is accepted only once;
 *   - registration takes the credential ID and two consecutive codes (the second the step after the first).
 * Pure functions over a secret and a time; no DOM, no storage, no network.
 */
import { codeOfStep, matchStep, stepOf, TOTP } from '../totp';
import { isCodeShape, isCredentialIdShape, normalizeCode, normalizeCredentialId } from './input';

/** What the bank knows about a registered token: its ID, its secret, and the steps whose codes were used. */
export interface BankToken {
  id: string;
  secret: Uint8Array;
  usedSteps: number[];
}

/** A token as the sandbox app holds it. */
export interface AppToken {
  id: string;
  secret: Uint8Array;
}

export interface Rules {
  /** How many steps back a code is still told apart as 「expired」 rather than 「wrong」. */
  expiredWindowSteps: number;
}

/** Why a code field was refused. `empty` and `format` are input mistakes; the others count as failures. */
export type CodeProblem = 'empty' | 'format' | 'wrong' | 'expired' | 'reused' | 'unregistered';

export type CodeVerdict = { ok: true; step: number } | { ok: false; problem: CodeProblem };

/** Problems that a bank counts towards locking (a wrong guess); input mistakes do not count. */
export function counts(problem: string): boolean {
  return problem !== 'empty' && problem !== 'format';
}

/**
 * Seconds until the token shows a code the bank has not yet accepted: 0 when the code on the token now is unused,
 * else the countdown to the next unused one (the same number the token's own countdown shows).
 * Said in the message of a refused, already used code, so that the customer knows how long to wait.
 */
export function secondsUntilUnusedCode(usedSteps: readonly number[], nowSeconds: number): number {
  const now = Math.floor(nowSeconds);
  let step = stepOf(now);
  if (!usedSteps.includes(step)) return 0;
  while (usedSteps.includes(step)) step++;
  return step * TOTP.period - now;
}

/**
 * Checks a security code typed at login or for a transfer against the registered token.
 * `appToken` is the token on the customer's screen: when it is not the registered one (after reinstalling
 * the app), a code of it is refused as `unregistered`, so that the message can say why.
 */
export async function checkCode(
  input: string,
  bank: BankToken,
  appToken: AppToken | null,
  nowSeconds: number,
  rules: Rules,
): Promise<CodeVerdict> {
  const code = normalizeCode(input);
  if (code === '') return { ok: false, problem: 'empty' };
  if (!isCodeShape(code)) return { ok: false, problem: 'format' };
  const used = bank.usedSteps;
  const lastUsed = used.length ? Math.max(...used) : -Infinity;
  const step = await matchStep(bank.secret, code, nowSeconds, 1);
  if (step !== null) {
    if (used.includes(step)) return { ok: false, problem: 'reused' };
    // Older than a code already accepted: a bank refuses it (its time has passed).
    if (step < lastUsed) return { ok: false, problem: 'expired' };
    return { ok: true, step };
  }
  const older = await matchStep(bank.secret, code, nowSeconds, rules.expiredWindowSteps);
  if (older !== null) return { ok: false, problem: used.includes(older) ? 'reused' : 'expired' };
  if (appToken && appToken.id !== bank.id) {
    const other = await matchStep(appToken.secret, code, nowSeconds, rules.expiredWindowSteps);
    if (other !== null) return { ok: false, problem: 'unregistered' };
  }
  return { ok: false, problem: 'wrong' };
}

export type IdProblem = 'empty' | 'format' | 'other' | 'previous';
/** Problems of the pair of registration codes. `not-consecutive` and `expired` mean: start again from the first. */
export type RegCode1Problem = 'empty' | 'format' | 'wrong' | 'expired' | 'not-consecutive';
export type RegCode2Problem = 'empty' | 'format' | 'wrong' | 'same' | 'reused';

export interface RegistrationErrors {
  id?: IdProblem;
  code1?: RegCode1Problem;
  code2?: RegCode2Problem;
}

export type RegistrationVerdict =
  | { ok: true; id: string; step: number }
  | { ok: false; errors: RegistrationErrors; counts: boolean };

/**
 * Checks a registration: the credential ID must be the token's own (in the 4-letters-8-digits format),
 * and the two codes must be consecutive, the second from the current or the previous step.
 * `previousIds` are the IDs of tokens replaced by a reinstall (so that the message can say so).
 */
export async function checkRegistration(
  input: { id: string; code1: string; code2: string },
  token: AppToken,
  previousIds: readonly string[],
  usedSteps: readonly number[],
  nowSeconds: number,
  rules: Rules,
): Promise<RegistrationVerdict> {
  const id = normalizeCredentialId(input.id);
  const c1 = normalizeCode(input.code1);
  const c2 = normalizeCode(input.code2);

  // 1. Input mistakes, all fields at once; they do not count as failures.
  const errors: RegistrationErrors = {};
  if (id === '') errors.id = 'empty';
  else if (!isCredentialIdShape(id)) errors.id = 'format';
  if (c1 === '') errors.code1 = 'empty';
  else if (!isCodeShape(c1)) errors.code1 = 'format';
  if (c2 === '') errors.code2 = 'empty';
  else if (!isCodeShape(c2)) errors.code2 = 'format';
  if (errors.id || errors.code1 || errors.code2) return { ok: false, errors, counts: false };

  // 2. The ID must be this token's. The bank cannot check codes against a token it cannot find.
  if (id !== token.id) {
    return { ok: false, errors: { id: previousIds.includes(id) ? 'previous' : 'other' }, counts: false };
  }

  // 3. The two codes.
  if (c1 === c2) return { ok: false, errors: { code2: 'same' }, counts: true };
  const s2 = await matchStep(token.secret, c2, nowSeconds, 1);
  if (s2 !== null) {
    if (usedSteps.includes(s2)) return { ok: false, errors: { code2: 'reused' }, counts: true };
    if (c1 === (await codeOfStep(token.secret, s2 - 1))) return { ok: true, id, step: s2 };
    const s1 = await matchStep(token.secret, c1, nowSeconds, rules.expiredWindowSteps);
    return { ok: false, errors: { code1: s1 !== null ? 'not-consecutive' : 'wrong' }, counts: true };
  }
  const s2old = await matchStep(token.secret, c2, nowSeconds, rules.expiredWindowSteps);
  if (s2old !== null) return { ok: false, errors: { code1: 'expired' }, counts: true };
  return { ok: false, errors: { code2: 'wrong' }, counts: true };
}
