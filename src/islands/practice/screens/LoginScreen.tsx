/** The first login, with the practice お客様ID and ログインパスワード shown on screen. */
import { useState } from 'preact/hooks';
import { practice } from '../../../data/practice';
import { checkLogin } from '../../../lib/practice/forms';
import { ErrorSummary, Field, Guide, PracticeValues, Title } from '../ui';
import { loginProblems, RealWarning, useSubmission } from './parts';
import type { BankProps } from './types';

export function LoginScreen({ dispatch }: BankProps) {
  const [id, setId] = useState('');
  const [pw, setPw] = useState('');
  const f = useSubmission();
  const submit = f.run(() => {
    const r = checkLogin(id, pw);
    // Anything but the practice values is cleared at once (it may be a real one).
    if (r.id === 'not-practice') setId('');
    if (r.password) setPw('');
    const probs = loginProblems('pr-login', r);
    if (probs.length) return f.show(probs, { notPractice: r.notPractice });
    dispatch({ type: 'login-ok' });
  });
  return (
    <>
      <Title>ログイン</Title>
      <Guide>
        <p>まず、練習用のお客様IDとログインパスワードで、WEBバンキングにログインします。下の「練習用の値」を見ながら入力してください。</p>
      </Guide>
      <PracticeValues rows={[['お客様ID', practice.customerId], ['ログインパスワード', practice.loginPassword]]} />
      <form class="pr-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={f.errors} attempt={f.attempt} first={<RealWarning show={f.notPractice} />} />
        <Field id="pr-login-id" label="お客様ID" value={id} onValue={setId} error={f.errorFor('pr-login-id')} size="id" />
        <Field id="pr-login-pw" label="ログインパスワード" type="password" value={pw} onValue={setPw} error={f.errorFor('pr-login-pw')} size="id" />
        <button class="pr-button" type="submit">
          ログイン
        </button>
      </form>
    </>
  );
}
