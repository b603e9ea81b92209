/**
 * The practice enrollment: a sandbox VIP Access token beside a sandbox WEBバンキング.
 * The token's secret is made here, per visit, with the Web Crypto API and never leaves memory;
 * only the rehearsal's progress (stage and steps done) goes to sessionStorage. No network request.
 */
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { practice } from '../../data/practice';
import { codeAt, newSecret, secondsLeft, stepOf, TOTP } from '../../lib/totp';
import { newCredentialId } from '../../lib/practice/input';
import { initialState, reduce, restore, toSaved, type Action, type PracticeState, type Stage } from '../../lib/practice/machine';
import { checkCode, checkRegistration, secondsUntilUnusedCode, type AppToken, type BankToken } from '../../lib/practice/verify';
import { Bank, type Slots, type Transfer } from './Bank';
import { Progress } from './Progress';
import { Code, TokenPane } from './Token';

type Pane = 'token' | 'bank';
type Load = { type: 'load'; state: PracticeState };

const RULES = { expiredWindowSteps: practice.expiredWindowSteps };

/** Screens on which the customer types a code: there, a new code is announced to screen readers. */
const CODE_STAGES: readonly Stage[] = ['register', 'otp-login', 'transfer-confirm', 'change-login', 'change-register', 'change-otp-login'];
/** Screens on which the credential ID matters: the phone's code strip shows it too. */
const ID_STAGES: readonly Stage[] = ['register', 'change', 'change-register'];

function makeToken(): AppToken {
  return { id: newCredentialId(practice.credentialPrefixes, (a) => crypto.getRandomValues(a)), secret: newSecret() };
}

const nowSeconds = () => Date.now() / 1000;

function reducer(state: PracticeState, action: Action | Load): PracticeState {
  if (action.type === 'load') return action.state;
  return reduce(state, action, practice.maxFailures);
}

function readProgress(): string | null {
  try {
    return sessionStorage.getItem(practice.storageKey);
  } catch {
    return null;
  }
}

function writeProgress(state: PracticeState) {
  try {
    sessionStorage.setItem(practice.storageKey, JSON.stringify(toSaved(state)));
  } catch {
    /* storage off: the rehearsal still works, it just does not survive a reload */
  }
}

/*
 * Effects here are layout effects: they run right after the render, not after the next animation frame,
 * so that focus moves and new codes do not wait for a frame (which a background tab, or a test's paused clock, delays).
 */
export default function Practice(slots: Slots) {
  const [state, dispatch] = useReducer(reducer, initialState);
  const [ready, setReady] = useState(false);
  const [token, setToken] = useState<AppToken | null>(null);
  const [bankToken, setBankToken] = useState<BankToken | null>(null);
  const [previousIds, setPreviousIds] = useState<string[]>([]);
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const [sec, setSec] = useState(() => Math.floor(Date.now() / 1000));
  const [shown, setShown] = useState<{ tokenId: string; step: number; code: string } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [pane, setPane] = useState<Pane>('bank');
  const [reinstalled, setReinstalled] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const firstRender = useRef(true);
  /** After a button switched the pane on a phone: the heading to put the focus on (the button itself is gone). */
  const focusAfterSwitch = useRef<string | null>(null);

  // Start: a new token, and the progress of this tab's rehearsal if there is one.
  useLayoutEffect(() => {
    setToken(makeToken());
    dispatch({ type: 'load', state: restore(readProgress()) });
    setReady(true);
    const timer = setInterval(() => {
      const s = Math.floor(Date.now() / 1000);
      setSec((prev) => (prev === s ? prev : s));
    }, 250);
    return () => clearInterval(timer);
  }, []);

  const stateRef = useRef(state);
  stateRef.current = state;
  const lastCode = useRef('');

  const step = stepOf(sec);
  // The code of the current step (computed asynchronously by Web Crypto).
  useLayoutEffect(() => {
    if (!token) return;
    let live = true;
    codeAt(token.secret, step * TOTP.period).then((code) => {
      if (!live) return;
      // A new code is worth announcing where the customer is typing codes; the countdown never is.
      if (lastCode.current && lastCode.current !== code && CODE_STAGES.includes(stateRef.current.stage)) {
        setAnnounce(`トークンのセキュリティコードが、新しい数字に変わりました：${code.split('').join(' ')}`);
      }
      lastCode.current = code;
      setShown({ tokenId: token.id, step, code });
    });
    return () => {
      live = false;
    };
  }, [token, step]);

  // Progress to sessionStorage (after it was read), and the focus to the new screen's heading.
  useLayoutEffect(() => {
    if (!ready) return;
    writeProgress(state);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const title = document.getElementById('pr-screen-title');
    if (title && title.offsetParent !== null) {
      // Show the bank's screen from its top (its title and the guide below it), and put the focus on the title.
      title.focus({ preventScroll: true });
      const site = title.closest('.pr-site');
      const box = site?.getBoundingClientRect();
      if (site && box && (box.top < 0 || box.top > window.innerHeight / 3)) site.scrollIntoView({ block: 'start' });
    } else {
      // On a phone with the token app in front (after reinstalling it): keep the focus there, on what happened.
      document.getElementById('pr-reinstalled')?.focus({ preventScroll: true });
    }
  }, [ready, state.stage, state.locked]);

  useLayoutEffect(() => {
    const id = focusAfterSwitch.current;
    focusAfterSwitch.current = null;
    if (id) document.getElementById(id)?.focus({ preventScroll: true });
  }, [pane]);

  if (!ready || !token) return null;

  const registeredId = bankToken?.id ?? null;

  const verifyCode = async (input: string) => {
    const b = bankToken;
    if (!b) return { ok: false as const, problem: 'wrong' as const };
    const v = await checkCode(input, b, token, nowSeconds(), RULES);
    if (v.ok) setBankToken({ ...b, usedSteps: [...b.usedSteps, v.step] });
    return v;
  };

  const register = async (input: { id: string; code1: string; code2: string }) => {
    const used = bankToken && bankToken.id === token.id ? bankToken.usedSteps : [];
    const r = await checkRegistration(input, token, previousIds, used, nowSeconds(), RULES);
    if (r.ok) setBankToken({ id: token.id, secret: token.secret, usedSteps: [r.step - 1, r.step] });
    return r;
  };

  const reinstall = () => {
    setPreviousIds((ids) => [...ids, token.id]);
    setToken(makeToken());
    setReinstalled(true);
    dispatch({ type: 'reinstall' });
  };

  const switchTo = (p: Pane, focus?: string) => {
    focusAfterSwitch.current = focus ?? null;
    setPane(p);
    // Bring the top of the app into view, as opening an app shows its top.
    const root = rootRef.current;
    if (root && root.getBoundingClientRect().top < 0) root.scrollIntoView({ block: 'start' });
  };

  const reset = () => {
    setBankToken(null);
    setTransfer(null);
    setReinstalled(false);
    setPreviousIds([]);
    setToken(makeToken());
    dispatch({ type: 'reset' });
  };

  const fresh = shown !== null && shown.tokenId === token.id && shown.step === step;
  const display = shown && shown.tokenId === token.id ? shown : null;
  const code = display ? display.code : '------';
  const left = secondsLeft(sec);
  const stage = state.stage;
  const codeWait = bankToken ? secondsUntilUnusedCode(bankToken.usedSteps, sec) : 0;

  return (
    <div class="pr" ref={rootRef} data-stage={stage} data-locked={state.locked ? 'true' : 'false'}>
      <Progress stage={stage} done={state.done} />

      <div class="pr-switch">
        <div class="pr-switch__buttons" role="group" aria-label="表示する画面">
          <button type="button" class="pr-switch__button" aria-pressed={pane === 'token'} onClick={() => switchTo('token')}>
            トークン
          </button>
          <button type="button" class="pr-switch__button" aria-pressed={pane === 'bank'} onClick={() => switchTo('bank')}>
            WEB
            <wbr />
            バンキング
          </button>
        </div>
        {pane === 'bank' && (
          <p class="pr-strip">
            <span class="pr-strip__label">トークン：</span>
            <span class="visually-hidden">セキュリティコード</span>
            <Code code={code} step={display?.step ?? null} fresh={fresh} cls="pr-strip__code pr-mono" />
            <span class="pr-strip__left">（あと{left}秒）</span>
            {ID_STAGES.includes(stage) && (
              <span class="pr-strip__id">
                クレデンシャルID：<code class="pr-mono">{token.id}</code>
              </span>
            )}
          </p>
        )}
      </div>

      <div class="pr-panes">
        <TokenPane
          active={pane === 'token'}
          id={token.id}
          code={code}
          step={display?.step ?? null}
          fresh={fresh}
          left={left}
          canReinstall={stage === 'change' && !state.locked}
          onReinstall={reinstall}
          reinstalled={reinstalled && stage === 'change-login' && !state.locked}
          openBank={() => switchTo('bank', 'pr-screen-title')}
        />

        <section class={`pr-pane pr-pane--bank${pane === 'bank' ? ' is-active' : ''}`} aria-labelledby="pr-bank-title">
          <h2 id="pr-bank-title" class="pr-pane__title">
            練習用 WEBバンキング
          </h2>
          <div class="pr-site">
            <p class="pr-site__bar">
              <span>WEBバンキング</span>
              <span class="pr-stamp">練習用</span>
            </p>
            <p class="pr-site__notice">本物ではありません。入力した内容は、どこにも送られません。</p>
            <Bank
              slots={slots}
              state={state}
              dispatch={dispatch}
              tokenId={token.id}
              registeredId={registeredId}
              codeWait={codeWait}
              verifyCode={verifyCode}
              register={register}
              transfer={transfer}
              setTransfer={setTransfer}
              openToken={() => switchTo('token', 'pr-token-title')}
            />
          </div>
        </section>
      </div>

      <p class="visually-hidden" aria-live="polite">
        {announce}
      </p>

      <div class="pr-footer">
        <button class="pr-link-button" type="button" onClick={reset}>
          練習をはじめからやり直す
        </button>
      </div>
    </div>
  );
}
