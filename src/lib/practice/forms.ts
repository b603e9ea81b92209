/**
 * The sandbox bank's rules for the fields that are not codes: the practice お客様ID and passwords (anything else is
 * refused, so that nobody types a real one), and the transfer form (payee and amount). Pure functions, no DOM;
 * the screens turn the problems into the messages of messages.ts.
 */
import { practice, type Payee } from '../../data/practice';
import { normalizeSecretText, parseAmount } from './input';

/** Why an ID or password field was refused: left empty, or not the practice value shown on screen. */
export type CredentialProblem = 'empty' | 'not-practice';

export interface LoginCheck {
  id?: CredentialProblem;
  password?: CredentialProblem;
  /** Something other than a practice value was typed: the warning never to type real ones is shown (first). */
  notPractice: boolean;
}

function credential(input: string, expected: string, fold = false): CredentialProblem | undefined {
  let v = normalizeSecretText(input);
  if (fold) v = v.toLowerCase();
  if (v === '') return 'empty';
  return v === expected ? undefined : 'not-practice';
}

/** Checks the practice お客様ID (case and full-width letters do not matter) and ログインパスワード. */
export function checkLogin(id: string, password: string): LoginCheck {
  const r: LoginCheck = { notPractice: false };
  const idP = credential(id, practice.customerId, true);
  const pwP = credential(password, practice.loginPassword);
  if (idP) r.id = idP;
  if (pwP) r.password = pwP;
  r.notPractice = idP === 'not-practice' || pwP === 'not-practice';
  return r;
}

/** Checks the practice 資金移動用パスワード. */
export function checkTransferPassword(password: string): CredentialProblem | undefined {
  return credential(password, practice.transferPassword);
}

export function payeeOf(id: string | undefined): Payee | undefined {
  return practice.payees.find((p) => p.id === id);
}

export type AmountProblem = 'empty' | 'format' | 'range';

export type TransferFormCheck =
  | { ok: true; payeeId: string; amount: number }
  | { ok: false; payee?: 'empty'; amount?: AmountProblem };

/** Checks the transfer form: a payee of the sandbox, and a whole number of yen within the practice range. */
export function checkTransferForm(payeeId: string, amountText: string): TransferFormCheck {
  const payee = payeeOf(payeeId) ? undefined : ('empty' as const);
  const yen = parseAmount(amountText);
  let amount: AmountProblem | undefined;
  if (amountText.trim() === '') amount = 'empty';
  else if (yen === null) amount = 'format';
  else if (yen < practice.minAmount || yen > practice.maxAmount) amount = 'range';
  if (payee || amount || yen === null) return { ok: false, ...(payee && { payee }), ...(amount && { amount }) };
  return { ok: true, payeeId, amount: yen };
}
