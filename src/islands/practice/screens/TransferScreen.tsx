/** The transfer form: payee and amount. */
import { useState } from 'preact/hooks';
import { practice } from '../../../data/practice';
import { checkTransferForm } from '../../../lib/practice/forms';
import { TRANSFER_MESSAGES } from '../../../lib/practice/messages';
import { ErrorSummary, Field, Guide, Title } from '../ui';
import { useSubmission, type Problem } from './parts';
import type { BankProps } from './types';

const AMOUNT_MESSAGES = {
  empty: TRANSFER_MESSAGES.amountEmpty,
  format: TRANSFER_MESSAGES.amountFormat,
  range: TRANSFER_MESSAGES.amountRange,
} as const;

export function TransferScreen({ dispatch, transfer, setTransfer }: BankProps) {
  const [payee, setPayee] = useState(transfer?.payeeId ?? '');
  const [amount, setAmount] = useState(transfer ? String(transfer.amount) : '');
  const f = useSubmission();
  const submit = f.run(() => {
    const r = checkTransferForm(payee, amount);
    if (!r.ok) {
      const probs: Problem[] = [];
      if (r.payee) probs.push({ field: `pr-tr-payee-${practice.payees[0].id}`, message: TRANSFER_MESSAGES.payeeEmpty });
      if (r.amount) probs.push({ field: 'pr-tr-amount', message: AMOUNT_MESSAGES[r.amount] });
      return f.show(probs);
    }
    setTransfer({ payeeId: r.payeeId, amount: r.amount });
    dispatch({ type: 'transfer-form-ok' });
  });
  const payeeError = f.errors.find((e) => e.field.startsWith('pr-tr-payee'))?.text;
  return (
    <>
      <Title>お振込み（振込先と金額）</Title>
      <Guide>
        <p>ログインできました。次は、お振込みの練習です。振込先を選び、金額を入力してください。練習ですので、お金は動きません。</p>
      </Guide>
      <form class="pr-form" onSubmit={submit} noValidate>
        <ErrorSummary errors={f.errors} attempt={f.attempt} />
        <fieldset class={`pr-fieldset${payeeError ? ' pr-field--error' : ''}`} aria-describedby={payeeError ? 'pr-tr-payee-error' : undefined}>
          <legend class="pr-field__label">振込先</legend>
          {payeeError && (
            <p class="pr-field__error" id="pr-tr-payee-error">
              <span class="visually-hidden">エラー：</span>
              {payeeError}
            </p>
          )}
          {practice.payees.map((p) => (
            <div class="pr-radio" key={p.id}>
              <input
                type="radio"
                id={`pr-tr-payee-${p.id}`}
                name="pr-tr-payee"
                value={p.id}
                checked={payee === p.id}
                onChange={() => setPayee(p.id)}
              />
              <label for={`pr-tr-payee-${p.id}`}>
                {p.name}
                <span class="pr-radio__sub">{p.account}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          id="pr-tr-amount"
          label="金額"
          hint="数字で入力します（例：1000）。"
          value={amount}
          onValue={setAmount}
          error={f.errorFor('pr-tr-amount')}
          inputMode="numeric"
          size="code"
          suffix="円"
        />
        <button class="pr-button" type="submit">
          確認画面へ
        </button>
      </form>
    </>
  );
}
