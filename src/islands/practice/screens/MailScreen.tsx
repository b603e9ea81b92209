/** A sample of the email notice of the transfer, with the advice of the notice's ※④ (a slot of practice.astro). */
import { bank } from '../../../data/bank';
import { payeeOf } from '../../../lib/practice/forms';
import { formatDateTime, formatYen } from '../../../lib/practice/input';
import { Guide, Title } from '../ui';
import type { BankProps } from './types';

export function MailScreen({ dispatch, transfer, slots }: BankProps) {
  const payee = payeeOf(transfer?.payeeId);
  return (
    <>
      <Title>メール通知（練習用の見本）</Title>
      <Guide>
        <p>お振込みのあとに届く「メール通知」の練習用の見本です。身に覚えのないお振込みに、すぐ気付くことができます。</p>
      </Guide>
      <article class="pr-mail" aria-label="練習用のメールの見本">
        <dl class="pr-mail__head">
          <div>
            <dt>差出人</dt>
            <dd>{bank.name}（練習用）</dd>
          </div>
          <div>
            <dt>件名</dt>
            <dd>【練習用】お振込み受付のお知らせ</dd>
          </div>
        </dl>
        <div class="pr-mail__body">
          <p>WEBバンキングで、次のお振込みを受け付けました。</p>
          <dl class="pr-mail__facts">
            <div>
              <dt>受付日時</dt>
              <dd>{transfer?.at ? formatDateTime(transfer.at) : ''}</dd>
            </div>
            <div>
              <dt>振込先</dt>
              <dd>{payee?.name}</dd>
            </div>
            <div>
              <dt>金額</dt>
              <dd>{transfer ? `${formatYen(transfer.amount)}円` : ''}</dd>
            </div>
          </dl>
          <p>このお振込みに心当たりがないときは、すぐに当金庫へご連絡ください。</p>
        </div>
        <p class="pr-mail__note">これは練習用の見本です。実際のメールの文面とは異なります。</p>
      </article>
      {slots.mailAdvice}
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'mail-read' })}>
        次へ（機種変更の練習）
      </button>
    </>
  );
}
