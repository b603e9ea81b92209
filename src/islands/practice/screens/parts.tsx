/** Pieces that several screens of the sandbox bank share: form state, the warning, the tries left. */
import { useRef, useState } from 'preact/hooks';
import { practice } from '../../../data/practice';
import type { LoginCheck } from '../../../lib/practice/forms';
import { triesLeft, type PracticeState } from '../../../lib/practice/machine';
import { LOGIN_MESSAGES, REAL_CREDENTIALS_WARNING, REHEARSED_TRY_NOTE, triesLeftMessage } from '../../../lib/practice/messages';
import type { FieldError } from '../ui';

export const CODE_HINT = 'トークンにいま表示されている、6桁のセキュリティコードです。';

/** A message, or one that is said again with the seconds to wait (it counts down with the token). */
export type Message = string | ((wait: number) => string);

export interface Problem {
  field: string;
  message: Message;
}

/**
 * Form state shared by every screen: the problems of the last submission (their text said again on every render,
 * with `wait`, the seconds until the token shows an unused code) and a guard against double submits.
 */
export function useSubmission(wait = 0) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [notPractice, setNotPractice] = useState(false);
  const [counted, setCounted] = useState(false);
  const busy = useRef(false);
  const show = (probs: Problem[], opts: { notPractice?: boolean; counted?: boolean } = {}) => {
    setProblems(probs);
    setNotPractice(!!opts.notPractice);
    setCounted(!!opts.counted);
    setAttempt((n) => n + 1);
  };
  const run = (fn: () => Promise<void> | void) => async (e: Event) => {
    e.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      await fn();
    } finally {
      busy.current = false;
    }
  };
  const errors: FieldError[] = problems.map((p) => ({ field: p.field, text: typeof p.message === 'function' ? p.message(wait) : p.message }));
  const errorFor = (field: string) => errors.find((x) => x.field === field)?.text;
  return { errors, attempt, notPractice, counted, show, run, errorFor };
}

/** The problems of a login form (お客様ID and ログインパスワード), for fields `${prefix}-id` and `${prefix}-pw`. */
export function loginProblems(prefix: string, r: LoginCheck): Problem[] {
  const probs: Problem[] = [];
  if (r.id) probs.push({ field: `${prefix}-id`, message: r.id === 'empty' ? LOGIN_MESSAGES.idEmpty : LOGIN_MESSAGES.idNotPractice });
  if (r.password) {
    probs.push({
      field: `${prefix}-pw`,
      message: r.password === 'empty' ? LOGIN_MESSAGES.passwordEmpty : LOGIN_MESSAGES.passwordNotPractice,
    });
  }
  return probs;
}

/** After a counted failure, how many tries remain, when few do. */
export function TriesLeft({ state, show }: { state: PracticeState; show: boolean }) {
  const left = triesLeft(state, practice.maxFailures);
  if (!show || left > practice.warnWhenLeft || left === 0) return null;
  return <p class="pr-errors__extra">{triesLeftMessage(left)}</p>;
}

/** Never to type real credentials: the first thing in the error summary whenever something else was typed. */
export function RealWarning({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p class="pr-errors__extra pr-errors__warning">
      <strong>ご注意ください。</strong>
      {REAL_CREDENTIALS_WARNING}
    </p>
  );
}

/** Where the page itself asked for the refused try: it is not held against the customer. */
export function RehearsedTry({ show }: { show: boolean }) {
  if (!show) return null;
  return <p class="pr-errors__extra pr-errors__note">{REHEARSED_TRY_NOTE}</p>;
}
