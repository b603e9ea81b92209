/** The phone change: the customer reinstalls the app on the token's side (Token.tsx). */
import { Guide, Title } from '../ui';
import type { BankProps } from './types';

export function ChangeScreen({ openToken }: BankProps) {
  return (
    <>
      <Title>機種変更の練習</Title>
      <Guide>
        <p>
          最後は、スマートフォンを買い替えたときや、アプリ「VIP Access」を入れ直したときの練習です。アプリを入れ直すと、<strong>クレデンシャルIDが新しくなります</strong>
          。新しいクレデンシャルIDは、WEBバンキングに登録し直すまで使えません。
        </p>
        <p>トークンの画面にある「アプリを入れ直す」ボタンを押してください。</p>
        <button class="pr-button pr-button--secondary pr-only-narrow" type="button" onClick={openToken}>
          トークンの画面を開く
        </button>
      </Guide>
      <p>実際に機種変更するときは、新しいスマートフォンの登録が終わるまで、前のスマートフォンのアプリは消さないでください。</p>
      <p>
        くわしくは、<a href="/guide/#change-device">ご利用の手引き「スマートフォンを買い替えたとき・なくしたとき」</a>をご覧ください。
      </p>
    </>
  );
}
