/** Registering the token (first time, and again after the phone change): credential ID and two consecutive codes. */
import { useState } from 'preact/hooks';
import { ID_MESSAGES, REG_CODE1_MESSAGES, REG_CODE2_MESSAGES } from '../../../lib/practice/messages';
import { ErrorSummary, Field, Guide, Title } from '../ui';
import { TriesLeft, useSubmission, type Problem } from './parts';
import type { BankProps } from './types';

export function RegisterScreen({ state, dispatch, register }: BankProps) {
  const again = state.stage === 'change-register';
  const [id, setId] = useState('');
  const [c1, setC1] = useState('');
  const [c2, setC2] = useState('');
  const f = useSubmission();
  const submit = f.run(async () => {
    const r = await register({ id, code1: c1, code2: c2 });
    if (r.ok) return dispatch({ type: 'register-ok' });
    const probs: Problem[] = [];
    if (r.errors.id) probs.push({ field: 'pr-reg-id', message: ID_MESSAGES[r.errors.id] });
    if (r.errors.code1) probs.push({ field: 'pr-reg-code1', message: REG_CODE1_MESSAGES[r.errors.code1] });
    if (r.errors.code2) probs.push({ field: 'pr-reg-code2', message: REG_CODE2_MESSAGES[r.errors.code2] });
    // A refused pair is typed again: the second code always, the first too when it is the one at fault
    // (wrong, old, not followed by the second) or when the ID was wrong (the codes will have aged by then).
    if (r.counts) setC2('');
    if (r.errors.id || r.errors.code1 || r.errors.code2 === 'reused') setC1('');
    if (r.counts) dispatch({ type: 'fail' });
    f.show(probs, { counted: r.counts });
  });
  return (
    <>
      <Title>{again ? 'トークンの登録し直し' : 'ワンタイムパスワード（トークン）の登録'}</Title>
      <Guide>
        {state.resumed && (
          <p class="pr-guide__note">
            ページを読み込み直したため、練習用トークンが新しくなりました（アプリを入れ直したときと同じです）。もう一度、トークンの登録から続けてください。
          </p>
        )}
        {again ? (
          <p>
            新しいトークンを登録し直します。手引きの例では、前のスマートフォンのセキュリティコードでログインしてから、登録の画面を開きます。実際の画面や手続きは、当金庫WEBバンキングの画面のご案内に従ってください。
          </p>
        ) : (
          <p>ワンタイムパスワードのトークンを登録します。トークンの画面を見ながら、次の順に入力してください。</p>
        )}
        <ol class="pr-guide__steps">
          <li>トークンのクレデンシャルID（12文字）を入力します。</li>
          <li>いま表示されているセキュリティコードを、1つ目の欄に入力します。</li>
          <li>数字が次の数字に変わるのを待ちます（長くても30秒です）。</li>
          <li>新しく表示された数字を2つ目の欄に入力し、「登録する」を押します。</li>
        </ol>
      </Guide>
      <form class="pr-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={f.errors} attempt={f.attempt}>
          <TriesLeft state={state} show={f.counted} />
        </ErrorSummary>
        <Field
          id="pr-reg-id"
          label="クレデンシャルID"
          hint="英字4文字と数字8桁の12文字です（例：VSMT12345678）。"
          value={id}
          onValue={setId}
          error={f.errorFor('pr-reg-id')}
          size="id"
          autoCapitalize="characters"
        />
        <Field
          id="pr-reg-code1"
          label="セキュリティコード（1つ目）"
          hint="いま表示されている6桁の数字です。"
          value={c1}
          onValue={setC1}
          error={f.errorFor('pr-reg-code1')}
          inputMode="numeric"
          size="code"
        />
        <Field
          id="pr-reg-code2"
          label="セキュリティコード（2つ目）"
          hint="数字が変わってから、新しく表示された6桁の数字です。"
          value={c2}
          onValue={setC2}
          error={f.errorFor('pr-reg-code2')}
          inputMode="numeric"
          size="code"
        />
        <button class="pr-button" type="submit">
          登録する
        </button>
      </form>
    </>
  );
}
