/**
 * The sandbox WEBバンキング: one screen per stage of the rehearsal, each with the narrator's guide above it.
 * Checking codes and keeping the token are the parent's job (Practice.tsx); the screens hold their own fields.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { practice } from '../../data/practice';
import { bank } from '../../data/bank';
import { formatYen, normalizeSecretText, parseAmount } from '../../lib/practice/input';
import type { Action, PracticeState, Stage } from '../../lib/practice/machine';
import { triesLeft } from '../../lib/practice/machine';
import {
  CODE_MESSAGES,
  ID_MESSAGES,
  LOGIN_MESSAGES,
  REAL_CREDENTIALS_WARNING,
  REG_CODE1_MESSAGES,
  REG_CODE2_MESSAGES,
  TRANSFER_MESSAGES,
  triesLeftMessage,
} from '../../lib/practice/messages';
import { counts, type CodeVerdict, type RegistrationVerdict } from '../../lib/practice/verify';
import { ErrorSummary, Field, Guide, PracticeValues, type FieldError } from './ui';

export interface Transfer {
  payeeId: string;
  amount: number;
  /** When it was accepted (ms), for the email notice. */
  at?: number;
}

/**
 * Static prose for some screens, written in practice.astro and passed in as Astro named slots
 * (HTML, not JavaScript: it costs the island nothing and stays editable next to the page).
 */
export interface Slots {
  mailAdvice?: ComponentChildren;
  changeHelp?: ComponentChildren;
  lockedHelp?: ComponentChildren;
  finishedText?: ComponentChildren;
}

export interface BankProps {
  slots: Slots;
  state: PracticeState;
  dispatch: (a: Action) => void;
  tokenId: string;
  registeredId: string | null;
  verifyCode: (input: string) => Promise<CodeVerdict>;
  register: (input: { id: string; code1: string; code2: string }) => Promise<RegistrationVerdict>;
  transfer: Transfer | null;
  setTransfer: (t: Transfer) => void;
  /** On a phone: show the token app. */
  openToken: () => void;
}

const CODE_HINT = 'トークン（VIP Access）にいま表示されている、6桁のセキュリティコードです。';

/** The screen's heading: the focus moves here when the screen changes. */
function Title({ children }: { children: ComponentChildren }) {
  return (
    <h3 id="pr-screen-title" class="pr-screen__title" tabIndex={-1}>
      {children}
    </h3>
  );
}

function payeeOf(id: string | undefined) {
  return practice.payees.find((p) => p.id === id);
}

/** After a counted failure, how many tries remain, when few do. */
function TriesLeft({ state, show }: { state: PracticeState; show: boolean }) {
  const left = triesLeft(state, practice.maxFailures);
  if (!show || left > practice.warnWhenLeft || left === 0) return null;
  return <p class="pr-errors__extra">{triesLeftMessage(left)}</p>;
}

function RealWarning({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p class="pr-errors__extra pr-errors__warning">
      <strong>ご注意ください。</strong>
      {REAL_CREDENTIALS_WARNING}
    </p>
  );
}

/** Checks the practice ID and login password; anything else is refused (and cleared) with the warning. */
function checkLogin(id: string, pw: string, prefix: string) {
  const errors: FieldError[] = [];
  let notPractice = false;
  let idOk = true;
  let pwOk = true;
  const idN = normalizeSecretText(id).toLowerCase();
  const pwN = normalizeSecretText(pw);
  if (idN === '') {
    errors.push({ field: `${prefix}-id`, text: LOGIN_MESSAGES.idEmpty });
    idOk = false;
  } else if (idN !== practice.customerId) {
    errors.push({ field: `${prefix}-id`, text: LOGIN_MESSAGES.idNotPractice });
    notPractice = true;
    idOk = false;
  }
  if (pwN === '') {
    errors.push({ field: `${prefix}-pw`, text: LOGIN_MESSAGES.passwordEmpty });
    pwOk = false;
  } else if (pwN !== practice.loginPassword) {
    errors.push({ field: `${prefix}-pw`, text: LOGIN_MESSAGES.passwordNotPractice });
    notPractice = true;
    pwOk = false;
  }
  return { errors, notPractice, idOk, pwOk };
}

/** Form state shared by every screen: the errors of the last submission and a guard against double submits. */
function useSubmission() {
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [notPractice, setNotPractice] = useState(false);
  const [counted, setCounted] = useState(false);
  const busy = useRef(false);
  const show = (errs: FieldError[], opts: { notPractice?: boolean; counted?: boolean } = {}) => {
    setErrors(errs);
    setNotPractice(!!opts.notPractice);
    setCounted(!!opts.counted);
    setAttempt((n) => n + 1);
  };
  const run = (fn: () => Promise<void> | void) => async (e: Event) => {
    e.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      await fn();
    } finally {
      busy.current = false;
    }
  };
  const errorFor = (field: string) => errors.find((x) => x.field === field)?.text;
  return { errors, attempt, notPractice, counted, show, run, errorFor };
}

// ---------------------------------------------------------------- screens

function LoginScreen({ dispatch }: BankProps) {
  const [id, setId] = useState('');
  const [pw, setPw] = useState('');
  const f = useSubmission();
  const submit = f.run(() => {
    const r = checkLogin(id, pw, 'pr-login');
    if (!r.idOk && r.notPractice) setId('');
    if (!r.pwOk) setPw('');
    if (r.errors.length) return f.show(r.errors, { notPractice: r.notPractice });
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
        <ErrorSummary errors={f.errors} attempt={f.attempt}>
          <RealWarning show={f.notPractice} />
        </ErrorSummary>
        <Field id="pr-login-id" label="お客様ID" value={id} onValue={setId} error={f.errorFor('pr-login-id')} size="id" />
        <Field id="pr-login-pw" label="ログインパスワード" type="password" value={pw} onValue={setPw} error={f.errorFor('pr-login-pw')} size="id" />
        <button class="pr-button" type="submit">
          ログイン
        </button>
      </form>
    </>
  );
}

function RegisterScreen({ state, dispatch, register }: BankProps) {
  const again = state.stage === 'change-register';
  const [id, setId] = useState('');
  const [c1, setC1] = useState('');
  const [c2, setC2] = useState('');
  const f = useSubmission();
  const submit = f.run(async () => {
    const r = await register({ id, code1: c1, code2: c2 });
    if (r.ok) return dispatch({ type: 'register-ok' });
    const errs: FieldError[] = [];
    if (r.errors.id) errs.push({ field: 'pr-reg-id', text: ID_MESSAGES[r.errors.id] });
    if (r.errors.code1) errs.push({ field: 'pr-reg-code1', text: REG_CODE1_MESSAGES[r.errors.code1] });
    if (r.errors.code2) errs.push({ field: 'pr-reg-code2', text: REG_CODE2_MESSAGES[r.errors.code2] });
    // A refused pair is typed again: the second code always, the first too when it is the one at fault
    // (wrong, old, not followed by the second) or when the ID was wrong (the codes will have aged by then).
    if (r.counts) setC2('');
    if (r.errors.id || r.errors.code1 || r.errors.code2 === 'reused') setC1('');
    if (r.counts) dispatch({ type: 'fail' });
    f.show(errs, { counted: r.counts });
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
          <p>新しいトークンを登録し直します。本番では、前のスマートフォンのセキュリティコードでログインしてから、この画面を開きます。</p>
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

function RegisteredScreen({ state, dispatch, registeredId }: BankProps) {
  const again = state.stage === 'change-registered';
  return (
    <>
      <Title>{again ? '登録し直しが完了しました' : 'トークンの登録が完了しました'}</Title>
      <p class="pr-ok">
        クレデンシャルID <code class="pr-mono">{registeredId}</code> のトークンを登録しました。
      </p>
      {again ? (
        <p>次は、いったんログアウトして、新しいトークンのセキュリティコードでログインできることを確かめます。本番では、確かめてから、前のスマートフォンのアプリを消します。</p>
      ) : (
        <p>次は、いったんログアウトして、ワンタイムパスワードを使ってログインします。</p>
      )}
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'continue' })}>
        ログアウトして次へ
      </button>
    </>
  );
}

function OtpLoginScreen({ state, dispatch, verifyCode, slots }: BankProps) {
  const [id, setId] = useState('');
  const [pw, setPw] = useState('');
  const [code, setCode] = useState('');
  const f = useSubmission();
  const trial = state.stage === 'change-login';
  const submit = f.run(async () => {
    const r = checkLogin(id, pw, 'pr-otp');
    if (!r.idOk && r.notPractice) setId('');
    if (!r.pwOk) setPw('');
    if (r.errors.length) return f.show(r.errors, { notPractice: r.notPractice });
    const v = await verifyCode(code);
    if (v.ok) return dispatch({ type: 'otp-login-ok' });
    const counted = counts(v.problem);
    if (counted) {
      setCode('');
      dispatch({ type: 'fail' });
    }
    f.show([{ field: 'pr-otp-code', text: CODE_MESSAGES[v.problem] }], { counted });
  });
  return (
    <>
      <Title>ログイン</Title>
      <Guide>
        {trial ? (
          <p>
            新しいトークンの数字で、ログインしてみましょう。まだ登録し直していないので、<strong>受け付けられないはず</strong>
            です。本番でどのような表示になるかを確かめます。
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
        <ErrorSummary errors={f.errors} attempt={f.attempt}>
          <RealWarning show={f.notPractice} />
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

function TransferScreen({ dispatch, transfer, setTransfer }: BankProps) {
  const [payee, setPayee] = useState(transfer?.payeeId ?? '');
  const [amount, setAmount] = useState(transfer ? String(transfer.amount) : '');
  const f = useSubmission();
  const submit = f.run(() => {
    const errs: FieldError[] = [];
    if (!payeeOf(payee)) errs.push({ field: `pr-tr-payee-${practice.payees[0].id}`, text: TRANSFER_MESSAGES.payeeEmpty });
    const yen = parseAmount(amount);
    if (amount.trim() === '') errs.push({ field: 'pr-tr-amount', text: TRANSFER_MESSAGES.amountEmpty });
    else if (yen === null) errs.push({ field: 'pr-tr-amount', text: TRANSFER_MESSAGES.amountFormat });
    else if (yen < practice.minAmount || yen > practice.maxAmount) errs.push({ field: 'pr-tr-amount', text: TRANSFER_MESSAGES.amountRange });
    if (errs.length) return f.show(errs);
    setTransfer({ payeeId: payee, amount: yen! });
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

function TransferConfirmScreen({ state, dispatch, verifyCode, transfer, setTransfer }: BankProps) {
  const [pw, setPw] = useState('');
  const [code, setCode] = useState('');
  const f = useSubmission();
  const payee = payeeOf(transfer?.payeeId);
  const submit = f.run(async () => {
    const pwN = normalizeSecretText(pw);
    if (pwN === '' || pwN !== practice.transferPassword) {
      setPw('');
      return f.show([{ field: 'pr-tc-pw', text: pwN === '' ? TRANSFER_MESSAGES.passwordEmpty : TRANSFER_MESSAGES.passwordNotPractice }], {
        notPractice: pwN !== '',
      });
    }
    const v = await verifyCode(code);
    if (v.ok) {
      if (transfer) setTransfer({ ...transfer, at: Date.now() });
      return dispatch({ type: 'transfer-ok' });
    }
    const counted = counts(v.problem);
    if (counted) {
      setCode('');
      dispatch({ type: 'fail' });
    }
    f.show([{ field: 'pr-tc-code', text: CODE_MESSAGES[v.problem] }], { counted });
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
        <ErrorSummary errors={f.errors} attempt={f.attempt}>
          <RealWarning show={f.notPractice} />
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

function TransferDoneScreen({ dispatch, transfer }: BankProps) {
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

function formatDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}時${pad(d.getMinutes())}分`;
}

function MailScreen({ dispatch, transfer, slots }: BankProps) {
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
              <dd>{transfer?.at ? formatDate(transfer.at) : ''}</dd>
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

function ChangeScreen({ openToken }: BankProps) {
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
      <p>本番では、新しいスマートフォンの登録が終わるまで、前のスマートフォンのアプリは消さないでください。</p>
      <p>
        くわしくは、<a href="/guide/#change-device">ご利用の手引き「スマートフォンを買い替えたとき・なくしたとき」</a>をご覧ください。
      </p>
    </>
  );
}

function FinishedScreen({ dispatch, slots }: BankProps) {
  return (
    <>
      <Title>練習はこれで終わりです</Title>
      <p class="pr-ok">おつかれさまでした。本番のWEBバンキングでも、同じ手順で進みます。</p>
      {slots.finishedText}
      <button class="pr-button pr-button--secondary" type="button" onClick={() => dispatch({ type: 'reset' })}>
        もう一度はじめから練習する
      </button>
    </>
  );
}

function LockedScreen({ dispatch, slots }: BankProps) {
  return (
    <>
      <Title>ご利用を止めました（ロック）</Title>
      <p class="pr-error-text">
        セキュリティコード（ワンタイムパスワード）を続けて{practice.maxFailures}
        回まちがえたため、練習用のWEBバンキングがご利用できなくなりました。ほかの人がなりすまして何度も試すことを防ぐ、本番と同じしくみです。
      </p>
      {slots.lockedHelp}
      <p>練習では、下のボタンでロックを解除して、続きから練習できます。</p>
      <button class="pr-button" type="button" onClick={() => dispatch({ type: 'unlock' })}>
        練習用のロックを解除して続ける
      </button>
    </>
  );
}

const SCREENS: Record<Stage, (p: BankProps) => preact.JSX.Element> = {
  login: LoginScreen,
  register: RegisterScreen,
  registered: RegisteredScreen,
  'otp-login': OtpLoginScreen,
  transfer: TransferScreen,
  'transfer-confirm': TransferConfirmScreen,
  'transfer-done': TransferDoneScreen,
  mail: MailScreen,
  change: ChangeScreen,
  'change-login': OtpLoginScreen,
  'change-register': RegisterScreen,
  'change-registered': RegisteredScreen,
  'change-otp-login': OtpLoginScreen,
  finished: FinishedScreen,
};

/** The sandbox bank, showing the screen of the current stage (or the lock). */
export function Bank(props: BankProps) {
  const Screen = props.state.locked ? LockedScreen : SCREENS[props.state.stage];
  // The key remounts the screen, so that each screen starts with empty fields.
  return (
    <div class="pr-screen" key={props.state.locked ? 'locked' : props.state.stage}>
      <Screen {...props} />
    </div>
  );
}
