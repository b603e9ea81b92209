/** The registration is done: log out and log in with a code next. */
import { Title } from '../ui';
import type { BankProps } from './types';

export function RegisteredScreen({ state, dispatch, registeredId }: BankProps) {
  const again = state.stage === 'change-registered';
  return (
    <>
      <Title>{again ? '登録し直しが完了しました' : 'トークンの登録が完了しました'}</Title>
      <p class="pr-ok">
        クレデンシャルID <code class="pr-mono">{registeredId}</code> のトークンを登録しました。
      </p>
      {again ? (
        <p>
          次は、いったんログアウトして、新しいトークンのセキュリティコードでログインできることを確かめます。実際に機種変更するときは、ここまで確かめてから、前のスマートフォンのアプリを消します。
        </p>
      ) : (
        <p>次は、いったんログアウトして、ワンタイムパスワードを使ってログインします。</p>
      )}
      <p>
        <strong>登録に使った数字は、ログインには使えません。</strong>ログインでは、トークンの数字が次に変わるのを待ってから、新しい数字を入力します。
      </p>
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'continue' })}>
        ログアウトして次へ
      </button>
    </>
  );
}
