/**
 * The device clock against the site's own server time. A one-time password changes every 30 seconds;
 * a clock that is further off makes correct codes fail. Pure: the island does the request and passes
 * the times in.
 */
import { supportPolicy, type SupportPolicy } from '../../data/support-policy';

export type ClockStatus = 'ok' | 'slightly-off' | 'off' | 'error';

export interface ClockResult {
  status: ClockStatus;
  /** Device minus server, in whole seconds (positive: the device is ahead). */
  offsetSeconds?: number;
  /** One or two plain sentences for the customer. */
  message: string;
}

/**
 * `sentAt` and `receivedAt`: the device's Date.now() before and after the request; `dateHeader`: the
 * response's `Date` header (whole seconds). The server's clock read the time somewhere between the two;
 * its header drops the milliseconds, so its true time is on average half a second later than written.
 */
export function measureOffset(
  sentAt: number,
  receivedAt: number,
  dateHeader: string | null | undefined,
  ageHeader?: string | null,
): number | undefined {
  if (!dateHeader || typeof dateHeader !== 'string' || dateHeader.length > 64) return undefined;
  // A cache in front of the site (a CDN) that served a stored response says how long it kept it (`Age`, seconds):
  // the server's clock read the time that much earlier. (The page asks for no-store; this covers a cache that keeps
  // it anyway.)
  const age = ageHeader && /^\d{1,9}$/.test(ageHeader.trim()) ? Number(ageHeader.trim()) : 0;
  const server = Date.parse(dateHeader) + age * 1000;
  if (!Number.isFinite(server) || !Number.isFinite(sentAt) || !Number.isFinite(receivedAt) || receivedAt < sentAt) return undefined;
  const device = (sentAt + receivedAt) / 2;
  return Math.round((device - (server + 500)) / 1000);
}

function describeOffset(seconds: number): string {
  const abs = Math.abs(seconds);
  const amount = abs >= 120 ? `約${Math.round(abs / 60)}分（${abs}秒）` : `約${abs}秒`;
  return `${amount}${seconds > 0 ? '進んで' : '遅れて'}います`;
}

/** The words for a measured offset (or for a failed measurement: `undefined`). */
export function describeClock(offsetSeconds: number | undefined, policy: SupportPolicy = supportPolicy): ClockResult {
  const { fineWithinSeconds, failsBeyondSeconds } = policy.clock;
  if (offsetSeconds === undefined || !Number.isFinite(offsetSeconds)) {
    return {
      status: 'error',
      message:
        'このサイトのサーバーの時刻を受け取れなかったため、時計のずれを確かめられませんでした。インターネットにつながっているかをお確かめのうえ、「もう一度確かめる」を押してください。',
    };
  }
  const abs = Math.abs(offsetSeconds);
  if (abs <= fineWithinSeconds) {
    return { status: 'ok', offsetSeconds, message: `この機器の時計は正しく合っています（ずれは${fineWithinSeconds}秒以内です）。` };
  }
  const base = `この機器の時計は、このサイトのサーバーの時刻より${describeOffset(offsetSeconds)}。`;
  if (abs <= failsBeyondSeconds) {
    return {
      status: 'slightly-off',
      offsetSeconds,
      message: `${base}いまはご利用いただけますが、${failsBeyondSeconds}秒ほど以上ずれると、セキュリティコードが正しくても受け付けられなくなります。時計を自動で合わせる設定をおすすめします。`,
    };
  }
  return {
    status: 'off',
    offsetSeconds,
    message: `${base}${failsBeyondSeconds}秒ほど以上ずれていると、セキュリティコードが正しくても受け付けられません。時計を自動で合わせる設定にしてください。`,
  };
}

/** How to set the clock automatically, per device. */
export const CLOCK_HOWTO = [
  'Windows：「スタート」→「設定」→「時刻と言語」→「日付と時刻」で「時刻を自動的に設定する」をオンにし、「今すぐ同期」を押します。',
  'iPhone・iPad：「設定」→「一般」→「日付と時刻」で「自動設定」をオンにします。',
  'Android：「設定」→「システム」→「日付と時刻」で「日時を自動的に設定」をオンにします（機種によって名前が少し違います）。',
  'Mac：アップルメニュー →「システム設定」→「一般」→「日付と時刻」で「時刻と日付を自動的に設定」をオンにします。',
];
