/**
 * Login with a one-time password: after the first registration, the phone-change try with the new (not yet
 * registered) token, and the login with the token registered again.
 */
import { useState } from 'preact/hooks';
import { practice } from '../../../data/practice';
import { checkLogin } from '../../../lib/practice/forms';
import { countsTowardLock } from '../../../lib/practice/machine';
import { codeMessage } from '../../../lib/practice/messages';
import { counts } from '../../../lib/practice/verify';
import { ErrorSummary, Field, Guide, PracticeValues, Title } from '../ui';
import { CODE_HINT, loginProblems, RealWarning, RehearsedTry, TriesLeft, useSubmission } from './parts';
import type { BankProps } from './types';

export function OtpLoginScreen({ state, dispatch, verifyCode, codeWait, slots }: BankProps) {
  const [id, setId] = useState('');
  const [pw, setPw] = useState('');
  const [code, setCode] = useState('');
  const [rehearsed, setRehearsed] = useState(false);
  const f = useSubmission(codeWait);
  const trial = state.stage === 'change-login';
  const submit = f.run(async () => {
    const r = checkLogin(id, pw);
    if (r.id === 'not-practice') setId('');
    if (r.password) setPw('');
    const probs = loginProblems('pr-otp', r);
    setRehearsed(false);
    if (probs.length) return f.show(probs, { notPractice: r.notPractice });
    const v = await verifyCode(code);
    if (v.ok) return dispatch({ type: 'otp-login-ok' });
    const problem = v.problem;
    const counted = countsTowardLock(state.stage, problem);
    if (counts(problem)) setCode('');
    if (counted) dispatch({ type: 'fail' });
    setRehearsed(trial && counts(problem));
    f.show([{ field: 'pr-otp-code', message: (wait) => codeMessage(problem, wait) }], { counted });
  });
  return (
    <>
      <Title>ログイン</Title>
      <Guide>
        {trial ? (
          <p>
            新しいトークンの数字で、ログインしてみましょう。まだ登録し直していないので、<strong>受け付けられないはず</strong>
            です。登録し直すまでは新しいトークンを使えないことを、ここで確かめます。ここで試していただく分は、受け付けられなくても、ロックまでの回数には数えません。
          </p>
        ) : state.stage === 'change-otp-login' ? (
          <p>登録し直した新しいトークンの数字で、ログインできることを確かめます。</p>
        ) : (
          <p>
            これからは、お客様ID・ログインパスワードに加えて、トークンにいま表示されている6桁のセキュリティコードを、「ワンタイムパスワード」の欄に入力します。
          </p>
        )}
        <p>登録やログインで一度使った数字は、もう使えません。残り時間が少ないときは、次の数字に変わるのを待ってから入力すると確実です。</p>
      </Guide>
      <PracticeValues rows={[['お客様ID', practice.customerId], ['ログインパスワード', practice.loginPassword]]} />
      <form class="pr-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={f.errors} attempt={f.attempt} first={<RealWarning show={f.notPractice} />}>
          <RehearsedTry show={rehearsed} />
          <TriesLeft state={state} show={f.counted} />
        </ErrorSummary>
        <Field id="pr-otp-id" label="お客様ID" value={id} onValue={setId} error={f.errorFor('pr-otp-id')} size="id" />
        <Field id="pr-otp-pw" label="ログインパスワード" type="password" value={pw} onValue={setPw} error={f.errorFor('pr-otp-pw')} size="id" />
        <Field
          id="pr-otp-code"
          label="ワンタイムパスワード"
          hint={CODE_HINT}
          value={code}
          onValue={setCode}
          error={f.errorFor('pr-otp-code')}
          inputMode="numeric"
          size="code"
        />
        <button class="pr-button" type="submit">
          ログイン
        </button>
      </form>
      {trial && (
        <div class="pr-aside">
          {slots.changeHelp}
          <p>練習では、このまま登録し直す画面に進めます。</p>
          <button class="pr-button pr-button--secondary" type="button" onClick={() => dispatch({ type: 'to-reregister' })}>
            登録し直す画面へ進む
          </button>
        </div>
      )}
    </>
  );
}
