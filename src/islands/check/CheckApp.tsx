/**
 * The environment checker island (/check/). Reads the User-Agent, the client hints (at most 1 s),
 * judges them by the facts in src/data/support-policy.ts, and shows the verdict on #env-verdict
 * (`data-verdict`: pending → supported | unsupported | unknown), the detected device in plain words
 * (no User-Agent string), each part with what it is judged by (the OS: the notice's ※④ 4; the browser:
 * ※④ 2), the next steps, and the checks a one-time password needs (JavaScript, cookies, the device clock
 * against the server's).
 *
 * The verdict is announced once to screen readers: only the headline is a live region (role=status),
 * and its text changes exactly once, from "確かめています…" to the result.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkEnvironment, type Verdict } from '../../lib/environment';
import { CLOCK_HOWTO, describeClock, measureOffset, type ClockResult } from '../../lib/environment/clock';
import { deviceWords, HEADLINE, headlineKind, leadFor, PART, statusWord, stepText, type HeadlineKind } from '../../lib/environment/messages';
import type { Finding } from '../../lib/environment/types';
import { cookiesWork, readClientHints, sampleServerClock, touchPoints, userAgent } from './browser';
import { Keys } from './Keys';
import { StatusIcon, type IconStatus } from './StatusIcon';

const HINTS_TIMEOUT_MS = 1000;

interface Checked {
  verdict: Verdict;
  cookies: boolean;
}

type ClockState = { state: 'pending' } | { state: 'done'; result: ClockResult };

const HEADLINE_ICON: Record<HeadlineKind, IconStatus> = {
  pending: 'pending',
  supported: 'supported',
  'update-browser': 'outdated',
  'os-ended': 'unsupported',
  'browser-unusable': 'unsupported',
  'feature-phone': 'unsupported',
  'unknown-os': 'unknown',
  'unknown-browser': 'unknown',
  unknown: 'unknown',
};

function FindingRow({ part, finding }: { part: 'os' | 'browser'; finding: Finding }) {
  const p = PART[part];
  return (
    <div class={`finding finding--${finding.status}`} data-part={part} data-status={finding.status}>
      <dt class="finding__title">{p.title}</dt>
      <dd class="finding__body">
        <span class={`badge badge--${finding.status}`}>
          <StatusIcon status={finding.status} class="badge__icon" />
          {statusWord(part, finding.status, finding.rule)}
        </span>
        <strong class="finding__label">{finding.label}</strong>
        <p class="finding__reason">{finding.reason}</p>
        <p class="finding__basis">
          判定のもと：<a href={p.href}>{p.basis}</a>
        </p>
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

export default function CheckApp() {
  const [checked, setChecked] = useState<Checked | undefined>(undefined);
  const [clock, setClock] = useState<ClockState>({ state: 'pending' });
  const [hydrated, setHydrated] = useState(false);

  const runClock = async () => {
    setClock({ state: 'pending' });
    const sample = await sampleServerClock();
    const result = describeClock(sample ? measureOffset(sample.sentAt, sample.receivedAt, sample.dateHeader, sample.ageHeader) : undefined);
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
        result = { verdict, cookies: cookiesWork() };
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

  const v = checked?.verdict;
  const kind = headlineKind(v);

  return (
    <div class="checker">
      <section
        id="env-verdict"
        class="verdict"
        data-verdict={v ? v.verdict : 'pending'}
        data-headline={kind}
        data-hydrated={hydrated ? 'true' : undefined}
        aria-labelledby="env-verdict-title"
      >
        <h2 id="env-verdict-title" class="verdict__title">
          確認結果
        </h2>
        <div class="verdict__summary">
          <StatusIcon status={HEADLINE_ICON[kind]} class="verdict__icon" />
          <p id="env-verdict-headline" class="verdict__headline" role="status">
            {HEADLINE[kind]}
          </p>
        </div>
        {!v && (
          <p id="env-verdict-note" class="verdict__note">
            しばらくたっても表示が変わらない場合は、お使いのブラウザーが古いか、JavaScript が使えない状態です。下の「OS とブラウザーごとの状況」でお確かめください。Internet Explorer では、ご利用いただけません。携帯電話（ガラケー）からは、サービスをご利用いただけなくなります。
          </p>
        )}
        {v && (
          <>
            <p class="verdict__device">
              <span class="verdict__device-name">お使いの機器</span>
              <strong id="env-device">{deviceWords(v)}</strong>
            </p>
            <p class="verdict__lead">{leadFor(v)}</p>
            {v.device !== 'feature-phone' && (
              <dl class="findings">
                <FindingRow part="os" finding={v.os} />
                <FindingRow part="browser" finding={v.browser} />
              </dl>
            )}
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
    </div>
  );
}
