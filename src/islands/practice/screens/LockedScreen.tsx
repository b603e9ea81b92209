/** The lock after repeated refused codes: said without blaming the customer, with the bank's contact (a slot). */
import { practice } from '../../../data/practice';
import { lockedMessage } from '../../../lib/practice/messages';
import { Title } from '../ui';
import type { BankProps } from './types';

export function LockedScreen({ dispatch, slots }: BankProps) {
  return (
    <>
      <Title>ご利用を止めました（ロック）</Title>
      <p class="pr-error-text">{lockedMessage(practice.maxFailures)}</p>
      <p>
        続けて受け付けられないとご利用が止まるのは、ほかの人がお客様になりすまして、何度も試すことを防ぐためのしくみです。実際のWEBバンキングで止まるまでの回数やその後の手続きは、この練習とは違うことがあります。
      </p>
      {slots.lockedHelp}
      <p>練習では、下のボタンでロックを解除して、続きから練習できます。</p>
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'unlock' })}>
        練習用のロックを解除して続ける
      </button>
    </>
  );
}
