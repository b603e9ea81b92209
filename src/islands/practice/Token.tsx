/**
 * The sandbox token, drawn like the VIP Access app (marked 練習用): its credential ID, the security code of the
 * current 30-second step and the countdown. On the phone-change step it offers to reinstall the app.
 */
import { TOTP } from '../../lib/totp';

/**
 * The code split in two groups of three, as the app shows it; the text stays the six digits.
 * `data-step` is the 30-second step the code belongs to (what a test waits for after moving the clock).
 */
export function Code({ code, step, fresh, cls }: { code: string; step: number | null; fresh: boolean; cls: string }) {
  return (
    <span class={cls} data-token-code="" data-step={step ?? undefined} data-fresh={fresh ? 'true' : 'false'}>
      <span>{code.slice(0, 3)}</span>
      <span>{code.slice(3)}</span>
    </span>
  );
}

/** The countdown ring: an SVG arc (attributes, not inline styles, so the CSP has nothing to block). */
function Ring({ left }: { left: number }) {
  const c = 2 * Math.PI * 16;
  return (
    <svg class="pr-ring" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
      <circle cx="20" cy="20" r="16" class="pr-ring__track" />
      <circle cx="20" cy="20" r="16" class="pr-ring__arc" stroke-dasharray={`${(c * left) / TOTP.period} ${c}`} transform="rotate(-90 20 20)" />
    </svg>
  );
}

export interface TokenPaneProps {
  active: boolean;
  id: string;
  code: string;
  step: number | null;
  fresh: boolean;
  /** Seconds until the next code. */
  left: number;
  /** The phone-change step, before the reinstall: offer it. */
  canReinstall: boolean;
  onReinstall: () => void;
  /** Just reinstalled: say what changed and where to go on. */
  reinstalled: boolean;
  /** On a phone: back to the bank's screen. */
  openBank: () => void;
}

export function TokenPane(p: TokenPaneProps) {
  const soon = p.left <= 5;
  return (
    <section class={`pr-pane pr-pane--token${p.active ? ' is-active' : ''}`} aria-labelledby="pr-token-title">
      <h2 id="pr-token-title" class="pr-pane__title" tabIndex={-1}>
        練習用トークン<span class="pr-keep">（アプリ「VIP Access」）</span>
      </h2>
      <div class="pr-app" data-testid="token">
        <p class="pr-app__bar">
          <span>VIP Access</span>
          <span class="pr-stamp">練習用</span>
        </p>
        <dl class="pr-app__fields">
          <div>
            <dt>クレデンシャルID</dt>
            <dd>
              <code class="pr-app__id pr-mono" data-token-id="">
                {p.id}
              </code>
            </dd>
          </div>
          <div>
            <dt>セキュリティコード</dt>
            <dd>
              <Code key={p.code} code={p.code} step={p.step} fresh={p.fresh} cls={`pr-app__code pr-mono${soon ? ' is-soon' : ''}`} />
            </dd>
          </div>
        </dl>
        <div class={`pr-app__timer${soon ? ' is-soon' : ''}`} role="timer">
          <Ring left={p.left} />
          <span>
            次の数字まで あと<span class="pr-app__seconds">{p.left}</span>秒
          </span>
        </div>
        <p class="pr-app__note">{soon ? 'まもなく次の数字に変わります。' : '数字は30秒ごとに変わります。'}</p>
      </div>
      {p.canReinstall && (
        <div class="pr-reinstall">
          <p>練習：スマートフォンを買い替えて、アプリを入れ直したことにします。</p>
          <button class="pr-button" type="button" onClick={p.onReinstall}>
            アプリを入れ直す
          </button>
        </div>
      )}
      {p.reinstalled && (
        <div class="pr-reinstall pr-reinstall--done">
          {/* Worded for the layout the customer sees: side by side on a wide screen, one at a time on a phone. */}
          <p id="pr-reinstalled" tabIndex={-1} role="status">
            アプリを入れ直しました。クレデンシャルIDが新しくなりました。
            <span class="pr-only-wide">続きは、右の「練習用 WEBバンキング」の画面で行います。</span>
            <span class="pr-only-narrow">下のボタンで、WEBバンキングの画面に戻ってください。</span>
          </p>
          <button class="pr-button pr-only-narrow" type="button" onClick={p.openBank}>
            WEBバンキングに戻る
          </button>
        </div>
      )}
    </section>
  );
}
