/** The end of the rehearsal: what was practised (a slot of practice.astro), and that the real screens may differ. */
import { Title } from '../ui';
import type { BankProps } from './types';

export function FinishedScreen({ dispatch, slots }: BankProps) {
  return (
    <>
      <Title>練習はこれで終わりです</Title>
      <p class="pr-ok">おつかれさまでした。ワンタイムパスワードの登録から機種変更までの、おおまかな流れを練習しました。</p>
      <p>
        当金庫の実際の画面は、この練習の画面と、見た目や言葉、手順が違うことがあります。実際の画面や手続きは、当金庫WEBバンキングの画面のご案内に従ってください。
      </p>
      {slots.finishedText}
      <button class="pr-button pr-button--secondary" type="button" onClick={() => dispatch({ type: 'reset' })}>
        もう一度はじめから練習する
      </button>
    </>
  );
}
