/** What every screen of the sandbox bank is given by the island (Practice.tsx, through Bank.tsx). */
import type { ComponentChildren } from 'preact';
import type { Action, PracticeState } from '../../../lib/practice/machine';
import type { CodeVerdict, RegistrationVerdict } from '../../../lib/practice/verify';

export interface Transfer {
  payeeId: string;
  amount: number;
  /** When it was accepted (ms), for the email notice. */
  at?: number;
}

/**
 * Static prose for some screens, written in practice.astro and passed in as Astro named slots
 * (HTML, not JavaScript: it costs the island nothing and stays editable next to the page).
 */
export interface Slots {
  mailAdvice?: ComponentChildren;
  changeHelp?: ComponentChildren;
  lockedHelp?: ComponentChildren;
  finishedText?: ComponentChildren;
}

export interface BankProps {
  slots: Slots;
  state: PracticeState;
  dispatch: (a: Action) => void;
  tokenId: string;
  registeredId: string | null;
  /** Seconds until the token shows a code the bank has not accepted yet (0: the code on it now). Changes every second. */
  codeWait: number;
  verifyCode: (input: string) => Promise<CodeVerdict>;
  register: (input: { id: string; code1: string; code2: string }) => Promise<RegistrationVerdict>;
  transfer: Transfer | null;
  setTransfer: (t: Transfer) => void;
  /** On a phone: show the token app. */
  openToken: () => void;
}
