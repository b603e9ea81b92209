/**
 * The values of the practice enrollment (/practice/), shown on screen so that nobody types a real one.
 * None of these is a fact about the bank: they exist only in the sandbox.
 */
export interface Payee {
  /** Stable key for the form. */
  id: string;
  /** As the sandbox shows it: obviously a sample name. */
  name: string;
  /** Where the money would go: obviously a sample account. */
  account: string;
}

export const practice = {
  /** The practice お客様ID. Only this value is accepted (case and full-width letters do not matter). */
  customerId: 'renshu01',
  /** The practice ログインパスワード. */
  loginPassword: 'renshu1234',
  /** The practice 資金移動用パスワード. */
  transferPassword: '5678',
  /** The sandbox's payees. */
  payees: [
    { id: 'taro', name: 'ミホン タロウ 様', account: '練習銀行 本店 普通 1234567' },
    { id: 'hanako', name: 'ミホン ハナコ 様', account: '練習銀行 駅前支店 普通 7654321' },
  ] satisfies Payee[],
  /** Amounts the practice transfer accepts, in yen. */
  minAmount: 1,
  maxAmount: 1_000_000,
  /** Security-code failures in a row after which the sandbox locks, as a bank does. */
  maxFailures: 5,
  /** From this many failures left, the error says how many tries remain. */
  warnWhenLeft: 2,
  /**
   * How far back (in 30-second steps) a code is still recognised as 「時間がたった」 rather than 「正しくない」.
   * 10 steps = 5 minutes. A code from the previous step is accepted; older ones are refused as expired.
   */
  expiredWindowSteps: 10,
  /** Prefixes the sandbox token's credential ID may start with (those of the VIP Access mobile app). */
  credentialPrefixes: ['VSMT', 'SYMC'],
  /** The key in sessionStorage under which the rehearsal's progress (and nothing else) is kept. */
  storageKey: 'practice-progress',
} as const;
