/**
 * The environment checker island (/check/). Reads the User-Agent, the client hints (at most 1 s),
 * judges them by the support policy, and shows the verdict on #env-verdict (`data-verdict`:
 * pending → supported | unsupported | unknown), the reasons, the next steps, and the checks a
 * one-time password needs (JavaScript, cookies, the device clock against the server's).
 *
 * The verdict is announced once to screen readers: only the headline is a live region (role=status),
 * and its text changes exactly once, from "確かめています…" to the result.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkEnvironment, type Verdict } from '../../lib/environment';
import { CLOCK_HOWTO, describeClock, measureOffset, type ClockResult } from '../../lib/environment/clock';
import { HEADLINE, leadFor, STATUS_LABEL, stepText, type VerdictState } from '../../lib/environment/messages';
import type { Finding } from '../../lib/environment/types';
import { cookiesWork, readClientHints, sampleServerClock, touchPoints, userAgent } from './browser';
import { Keys } from './Keys';
import { StatusIcon, type IconStatus } from './StatusIcon';

const HINTS_TIMEOUT_MS = 1000;

interface Checked {
  verdict: Verdict;
  hints?: Record<string, unknown>;
  cookies: boolean;
}

type ClockState = { state: 'pending' } | { state: 'done'; result: ClockResult };

function FindingRow({ title, finding }: { title: string; finding: Finding }) {
  return (
    <div class={`finding finding--${finding.status}`} data-status={finding.status}>
      <dt class="finding__title">{title}</dt>
      <dd class="finding__body">
        <span class={`badge badge--${finding.status}`}>
          <StatusIcon status={finding.status} class="badge__icon" />
          {STATUS_LABEL[finding.status]}
        </span>
        <strong class="finding__label">{finding.label}</strong>
        <p class="finding__reason">{finding.reason}</p>
      </dd>
    </div>
  );
}

function NextSteps({ verdict }: { verdict: Verdict }) {
  if (!verdict.steps.length) return null;
  return (
    <div class="next-steps">
      <h3 id="env-next-steps">次にしていただくこと</h3>
      <ol class="next-steps__list">
        {verdict.steps.map((id) => {
          const s = stepText(id, verdict);
          return (
            <li key={id} class="next-step" data-step={id}>
              <p class="next-step__title">{s.title}</p>
              {s.paragraphs.map((p) => (
                <p key={p}>{p}</p>
              ))}
              {s.list && (
                <ol class="next-step__how">
                  {s.list.map((item) => (
                    <li key={item}>
                      <Keys text={item} />
                    </li>
                  ))}
                </ol>
              )}
              {s.links && (
                <ul class="next-step__links">
                  {s.links.map((l) => (
                    <li key={l.href}>
                      <a href={l.href}>{l.label}</a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const CLOCK_WORD: Record<ClockResult['status'], string> = {
  ok: '合っています',
  'slightly-off': '少しずれています',
  off: 'ずれています',
  error: '確かめられませんでした',
};
const CLOCK_ICON: Record<ClockResult['status'], IconStatus> = {
  ok: 'supported',
  'slightly-off': 'unknown',
  off: 'unsupported',
  error: 'unknown',
};

function Check(props: { name: string; state: string; icon: IconStatus; word: string; children?: ComponentChildren }) {
  return (
    <li class={`env-check env-check--${props.icon}`} data-check={props.name} data-state={props.state}>
      <p class="env-check__head">
        <span class="env-check__name">{props.name === 'javascript' ? 'JavaScript' : props.name === 'cookies' ? 'Cookie（クッキー）' : '時計'}</span>
        <span class={`badge badge--${props.icon}`}>
          <StatusIcon status={props.icon} class="badge__icon" />
          {props.word}
        </span>
      </p>
      {props.children}
    </li>
  );
}

function hintsSummary(h: Record<string, unknown> | undefined): string {
  if (!h) return 'なし（このブラウザーは知らせていません）';
  try {
    const keep: Record<string, unknown> = {};
    for (const k of ['platform', 'platformVersion', 'model', 'mobile', 'fullVersionList', 'brands']) if (h[k] !== undefined && h[k] !== '') keep[k] = h[k];
    if (keep.fullVersionList) delete keep.brands;
    return JSON.stringify(keep);
  } catch {
    return '読み取れませんでした';
  }
}

export default function CheckApp() {
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [clock, setClock] = useState<ClockState>({ state: 'pending' });
  const [hydrated, setHydrated] = useState(false);

  const runClock = async () => {
    setClock({ state: 'pending' });
    const sample = await sampleServerClock();
    const result = describeClock(sample ? measureOffset(sample.sentAt, sample.receivedAt, sample.dateHeader) : undefined);
    setClock({ state: 'done', result });
  };

  useEffect(() => {
    setHydrated(true);
    let alive = true;
    (async () => {
      let result: Checked;
      try {
        const hints = await readClientHints(HINTS_TIMEOUT_MS);
        const verdict = checkEnvironment({ userAgent: userAgent(), hints, maxTouchPoints: touchPoints() });
        result = { verdict, hints, cookies: cookiesWork() };
      } catch {
        // checkEnvironment never throws; this guards the browser reads. Never stay pending.
        result = { verdict: checkEnvironment({ userAgent: '' }), cookies: false };
      }
      if (alive) setChecked(result);
    })();
    void runClock();
    return () => {
      alive = false;
    };
  }, []);

  const state: VerdictState = checked ? checked.verdict.verdict : 'pending';
  const v = checked?.verdict;
  const iconStatus: IconStatus = state;

  return (
    <div class="checker">
      <section
        id="env-verdict"
        class="verdict"
        data-verdict={state}
        data-hydrated={hydrated ? 'true' : undefined}
        aria-labelledby="env-verdict-title"
      >
        <h2 id="env-verdict-title" class="verdict__title">
          確認結果
        </h2>
        <div class="verdict__summary">
          <StatusIcon status={iconStatus} class="verdict__icon" />
          <p id="env-verdict-headline" class="verdict__headline" role="status">
            {HEADLINE[state]}
          </p>
        </div>
        {!v && (
          <p id="env-verdict-note" class="verdict__note">
            しばらくたっても表示が変わらない場合は、お使いのブラウザーが古いか、JavaScript が使えない状態です。下の「ご利用いただける環境」の一覧でお確かめください。Internet Explorer と携帯電話（ガラケー）は、ご利用いただけません。
          </p>
        )}
        {v && (
          <>
            <p class="verdict__lead">{leadFor(v)}</p>
            <dl class="findings">
              <FindingRow title="OS（基本ソフト）" finding={v.os} />
              <FindingRow title="ブラウザー（インターネットを見るアプリ）" finding={v.browser} />
            </dl>
            <NextSteps verdict={v} />
          </>
        )}
      </section>

      <section class="env-checks" aria-labelledby="env-checks-title">
        <h2 id="env-checks-title">ワンタイムパスワードに必要な設定</h2>
        <ul class="env-checks__list">
          <Check name="javascript" state={hydrated ? 'ok' : 'pending'} icon={hydrated ? 'supported' : 'pending'} word={hydrated ? '有効です' : '確かめています…'}>
            {hydrated && <p>このページの自動の確認が動いているので、JavaScript は有効です。WEBバンキングにも必要です。</p>}
          </Check>
          {!checked ? (
            <Check name="cookies" state="pending" icon="pending" word="確かめています…" />
          ) : checked.cookies ? (
            <Check name="cookies" state="ok" icon="supported" word="有効です">
              <p>Cookie（クッキー）は有効です。WEBバンキングへのログインに必要です。</p>
            </Check>
          ) : (
            <Check name="cookies" state="off" icon="unsupported" word="無効です">
              <p>
                Cookie（クッキー）が無効になっています。このままでは WEBバンキングにログインできません。ブラウザーの設定で Cookie を「許可する」にしてください。
              </p>
            </Check>
          )}
          {clock.state === 'pending' ? (
            <Check name="clock" state="pending" icon="pending" word="確かめています…">
              <p>この機器の時計を、このサイトのサーバーの時刻と比べています。</p>
            </Check>
          ) : (
            <Check name="clock" state={clock.result.status} icon={CLOCK_ICON[clock.result.status]} word={CLOCK_WORD[clock.result.status]}>
              <p class="env-check__clock" data-clock-offset={clock.result.offsetSeconds}>
                {clock.result.message}
              </p>
              {(clock.result.status === 'off' || clock.result.status === 'slightly-off') && (
                <ul class="env-check__howto">
                  {CLOCK_HOWTO.map((h) => (
                    <li key={h}>{h}</li>
                  ))}
                </ul>
              )}
              <button type="button" class="button" onClick={() => void runClock()}>
                時計をもう一度確かめる
              </button>
            </Check>
          )}
        </ul>
      </section>

      {checked && (
        <details class="env-details">
          <summary>くわしい情報（お問い合わせのときにお伝えください）</summary>
          <dl>
            <dt>ユーザーエージェント（ブラウザーが知らせる名前）</dt>
            <dd>
              <code>{checked.verdict.detection.userAgent || userAgent().slice(0, 300) || '（空です）'}</code>
            </dd>
            <dt>クライアントヒント（Chrome・Edge などが知らせる情報）</dt>
            <dd>
              <code>{hintsSummary(checked.hints)}</code>
            </dd>
            <dt>判定の決まり（職員用）</dt>
            <dd>
              <code>
                {checked.verdict.os.rule} / {checked.verdict.browser.rule}
              </code>
            </dd>
          </dl>
          <p>この情報と確認の結果は、このページの中だけで使い、どこにも送信しません。</p>
        </details>
      )}
    </div>
  );
}
