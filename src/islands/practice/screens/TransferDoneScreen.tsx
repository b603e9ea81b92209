/** The transfer is accepted; next, the email notice. */
import { payeeOf } from '../../../lib/practice/forms';
import { formatYen } from '../../../lib/practice/input';
import { Title } from '../ui';
import type { BankProps } from './types';

export function TransferDoneScreen({ dispatch, transfer }: BankProps) {
  const payee = payeeOf(transfer?.payeeId);
  return (
    <>
      <Title>お振込みを受け付けました</Title>
      <p class="pr-ok">
        {payee?.name}へ、{transfer ? formatYen(transfer.amount) : ''}円のお振込みを受け付けました。
      </p>
      <p>練習ですので、お金は動いていません。</p>
      <p>お振込みのあとには、「メール通知」が届きます（メール通知を「受け取る」設定にしている場合）。次は、届いたメールを見てみましょう。</p>
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'continue' })}>
        届いたメールを見る
      </button>
    </>
  );
}
