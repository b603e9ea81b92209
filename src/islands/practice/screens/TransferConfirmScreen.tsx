/** The transfer's confirmation: the 資金移動用パスワード and a one-time password. */
import { useState } from 'preact/hooks';
import { practice } from '../../../data/practice';
import { checkTransferPassword, payeeOf } from '../../../lib/practice/forms';
import { formatYen } from '../../../lib/practice/input';
import { countsTowardLock } from '../../../lib/practice/machine';
import { codeMessage, TRANSFER_MESSAGES } from '../../../lib/practice/messages';
import { counts } from '../../../lib/practice/verify';
import { ErrorSummary, Field, Guide, PracticeValues, Title } from '../ui';
import { CODE_HINT, RealWarning, TriesLeft, useSubmission } from './parts';
import type { BankProps } from './types';

export function TransferConfirmScreen({ state, dispatch, verifyCode, codeWait, transfer, setTransfer }: BankProps) {
  const [pw, setPw] = useState('');
  const [code, setCode] = useState('');
  const f = useSubmission(codeWait);
  const payee = payeeOf(transfer?.payeeId);
  const submit = f.run(async () => {
    const pwProblem = checkTransferPassword(pw);
    if (pwProblem) {
      setPw('');
      return f.show(
        [{ field: 'pr-tc-pw', message: pwProblem === 'empty' ? TRANSFER_MESSAGES.passwordEmpty : TRANSFER_MESSAGES.passwordNotPractice }],
        { notPractice: pwProblem === 'not-practice' },
      );
    }
    const v = await verifyCode(code);
    if (v.ok) {
      if (transfer) setTransfer({ ...transfer, at: Date.now() });
      return dispatch({ type: 'transfer-ok' });
    }
    const problem = v.problem;
    const counted = countsTowardLock(state.stage, problem);
    if (counts(problem)) setCode('');
    if (counted) dispatch({ type: 'fail' });
    f.show([{ field: 'pr-tc-code', message: (wait) => codeMessage(problem, wait) }], { counted });
  });
  return (
    <>
      <Title>お振込み内容の確認</Title>
      <Guide>
        <p>
          振込先と金額をよく確かめてから、資金移動用パスワードと、トークンにいま表示されているセキュリティコードを入力します。
          <strong>ログインのときに使った数字は、もう使えません。</strong>数字が変わっていなければ、変わるまで待ってください。
        </p>
      </Guide>
      <PracticeValues rows={[['資金移動用パスワード', practice.transferPassword]]} />
      <dl class="pr-summary">
        <div>
          <dt>振込先</dt>
          <dd>
            {payee?.name}
            <br />
            {payee?.account}
          </dd>
        </div>
        <div>
          <dt>金額</dt>
          <dd>{transfer ? `${formatYen(transfer.amount)}円` : ''}</dd>
        </div>
      </dl>
      <form class="pr-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={f.errors} attempt={f.attempt} first={<RealWarning show={f.notPractice} />}>
          <TriesLeft state={state} show={f.counted} />
        </ErrorSummary>
        <Field id="pr-tc-pw" label="資金移動用パスワード" type="password" value={pw} onValue={setPw} error={f.errorFor('pr-tc-pw')} size="id" />
        <Field
          id="pr-tc-code"
          label="ワンタイムパスワード"
          hint={CODE_HINT}
          value={code}
          onValue={setCode}
          error={f.errorFor('pr-tc-code')}
          inputMode="numeric"
          size="code"
        />
        <div class="pr-buttons">
          <button class="pr-button" type="submit">
            実行する
          </button>
          <button class="pr-button pr-button--secondary" type="button" onClick={() => dispatch({ type: 'transfer-back' })}>
            振込先・金額を直す
          </button>
        </div>
      </form>
    </>
  );
}
