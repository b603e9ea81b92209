/**
 * The checker's words for customers: headlines, status words, the detected device, and the next steps.
 * Shared by the island (src/islands/check/) and the static page text (src/pages/check.astro), so both always
 * say the same. Plain, polite Japanese (です・ます), calm: the OS verdict is the notice's rule (※④ 4), the
 * browser advice is ※④ 2's "keep it updated", and advice comes in the order update → ask the bank → a new
 * device only where nothing else helps. Pure: no DOM.
 */
import { browserRule, supportPolicy, type SupportPolicy } from '../../data/support-policy';
import type { DetectedOs, FindingStatus, Status, StepId, Verdict } from './types';

export type VerdictState = Status | 'pending';

/** Which headline a result gets. `data-verdict` keeps its three values; the words say more. */
export type HeadlineKind =
  | 'pending'
  | 'supported'
  | 'update-browser'
  | 'os-ended'
  | 'browser-unusable'
  | 'feature-phone'
  | 'unknown-os'
  | 'unknown-browser'
  | 'unknown';

/**
 * The one-line result (announced once to screen readers). Never alarming: what is the case, calmly.
 * 「OS\u00a0は」: a no-break space, so that a narrow screen never starts a line with the particle.
 */
export const HEADLINE: Record<HeadlineKind, string> = {
  pending: 'お使いの機器を確かめています…',
  supported: 'お使いの OS\u00a0は、メーカーのサポート中です',
  'update-browser': 'OS\u00a0はサポート中です。ブラウザーの更新をお願いします',
  'os-ended': 'お使いの OS\u00a0は、メーカーのサポートが終了しています',
  'browser-unusable': 'このブラウザーでは、ご利用いただけません',
  'feature-phone': '携帯電話（ガラケー）からは、サービスをご利用いただけなくなります',
  'unknown-os': 'OS\u00a0がサポート中か、自動では分かりませんでした',
  'unknown-browser': 'OS\u00a0はサポート中です。ブラウザーの版は分かりませんでした',
  unknown: 'お使いの機器が、自動では分かりませんでした',
};

/** The headline for a result (or for the pending state). */
export function headlineKind(v: Pick<Verdict, 'verdict' | 'device' | 'os' | 'browser' | 'detection'> | undefined): HeadlineKind {
  if (!v) return 'pending';
  if (v.device === 'feature-phone') return 'feature-phone';
  if (v.verdict === 'unsupported') return v.os.status === 'unsupported' ? 'os-ended' : 'browser-unusable';
  if (v.verdict === 'supported') return v.browser.status === 'outdated' ? 'update-browser' : 'supported';
  if (v.detection.problem || v.os.rule === 'os-none') return 'unknown';
  return v.os.status === 'supported' ? 'unknown-browser' : 'unknown-os';
}

export function headlineFor(v: Parameters<typeof headlineKind>[0]): string {
  return HEADLINE[headlineKind(v)];
}

/** The notice's rule, in the notice's words, as the page says it. */
export const NOTICE_RULE = 'お知らせ（※④ 4.）では、サポートが終了している OS は、当金庫WEBバンキングの推奨環境の対象外となります。';

/** What to read after the headline, for this result. Short: each part's reason and the steps say the rest. */
export function leadFor(v: Pick<Verdict, 'verdict' | 'device' | 'os' | 'browser' | 'detection' | 'steps'>): string {
  const next = '下の「次にしていただくこと」をご覧ください。';
  const updated = 'お使いの OS には、メーカーからいまもセキュリティの更新が届いています。';
  switch (headlineKind(v)) {
    case 'feature-phone':
      return '恐れ入りますが、お近くの当金庫本支店またはお問い合わせ先までご連絡ください。';
    case 'supported':
      return `${updated}${v.browser.status === 'supported' ? 'ブラウザーも最新の版です。' : ''}${
        v.steps.length ? '下の「次にしていただくこと」もご覧ください。' : '下の「ワンタイムパスワードに必要な設定」もあわせてご確認ください。'
      }`;
    case 'update-browser':
      return `${updated}ブラウザーには新しい版が出ていますので、更新をお願いします（お知らせ ※④ 2.）。${next}`;
    case 'os-ended':
      return `${NOTICE_RULE}お使いの OS には、メーカーからセキュリティの更新が届かなくなっています。下の「次にしていただくこと」を、上から順にご覧ください。`;
    case 'browser-unusable':
      return `このブラウザーは更新が終わっているため、ご利用いただけません。${next}`;
    case 'unknown-os':
      return '下の「次にしていただくこと」の方法で、お確かめください。';
    default:
      return next;
  }
}

/** The word beside the OS's icon: the notice's rule (※④ 4). */
export const OS_STATUS_WORD: Record<Status, string> = {
  supported: 'サポート中',
  unsupported: 'サポート終了',
  unknown: '確かめられません',
};

/** The word beside the browser's icon: ※④ 2 (keep it updated), or cannot be used at all. */
export const BROWSER_STATUS_WORD: Record<FindingStatus, string> = {
  supported: '最新の版です',
  outdated: '新しい版があります',
  unsupported: 'ご利用いただけません',
  unknown: '確かめられません',
};

/** The word beside a part's icon. Never colour alone: the icon shape and this word say it too. */
export function statusWord(part: 'os' | 'browser', status: FindingStatus, rule?: string): string {
  if (rule === 'feature-phone') return 'ご利用いただけなくなります';
  return part === 'os' ? OS_STATUS_WORD[status === 'outdated' ? 'unknown' : status] : BROWSER_STATUS_WORD[status];
}

/** What each part is judged by, said on the page beside it. */
export const PART = {
  os: { title: 'OS（基本ソフト）', basis: 'お知らせ ※④ 4.（サポートが終了した OS について）', href: '/security/#unsupported-os' },
  browser: { title: 'ブラウザー（インターネットを見るアプリ）', basis: 'お知らせ ※④ 2.（ソフトウェアのこまめな更新）', href: '/security/#antivirus' },
} as const;

function deviceName(os: DetectedOs, device: Verdict['device'], model?: string): string {
  switch (os.family) {
    case 'ios':
      return 'iPhone';
    case 'ipados':
      return os.ipadDesktop ? 'iPad（パソコン用の表示）' : 'iPad';
    case 'macos':
      return 'Mac';
    case 'windows':
    case 'linux':
      return 'パソコン';
    case 'chromeos':
      return 'Chromebook';
    case 'android':
    case 'windows-phone':
    case 'other':
      return `${device === 'tablet' ? 'タブレット' : device === 'pc' ? 'パソコン' : 'スマートフォン'}${model ? `（${model}）` : ''}`;
    default:
      return '';
  }
}

/**
 * The detected device in plain words a customer can read to staff: 「iPhone・iOS 18.6・Safari」,
 * 「パソコン・Windows 11・Google Chrome 150」. No User-Agent string, no codes.
 */
export function deviceWords(v: Verdict, policy: SupportPolicy = supportPolicy): string {
  const d = v.detection;
  if (d.problem === 'robot') return 'ロボット（自動で巡回するプログラム）';
  if (d.problem || (d.os.family === 'none' && d.browser.family === 'none')) return '分かりませんでした';
  if (d.device === 'feature-phone') return v.os.label;
  const b = d.browser;
  const id = b.family === 'chrome' || b.family === 'edge' || b.family === 'firefox' || b.family === 'safari' ? b.family : undefined;
  const browser =
    id === 'safari' && b.onIos && !b.inApp ? 'Safari' : id && b.major !== undefined ? `${browserRule(id, policy).label} ${b.major}` : v.browser.label === '分かりませんでした' ? 'ブラウザーは不明' : v.browser.label;
  const os = v.os.label === '分かりませんでした' ? 'OS は不明' : v.os.label;
  return [deviceName(d.os, d.device, d.model), os, browser].filter(Boolean).join('・');
}

export interface StepLink {
  href: string;
  label: string;
}

export interface StepText {
  id: StepId;
  title: string;
  paragraphs: string[];
  /** Numbered steps to follow, in order. */
  list?: string[];
  links?: StepLink[];
}

/** winver: how to tell Windows 10 from 11 (also printed on the page for browsers without JavaScript). */
export const WINVER_STEPS = [
  'キーボードの Windows キー（旗のマークのキー）を押しながら、R キーを押します。',
  '「ファイル名を指定して実行」という小さな画面が出ます。「名前」の欄に winver と入力し、Enter キーを押します。',
  '出てきた画面の上のほうに「Windows 11」と書かれていれば、サポート中です。「Windows 10」と書かれていれば、拡張セキュリティ更新（ESU）に登録しているかをお確かめください。',
];

/** Windows 10: how to see whether the PC can take Windows 11 or is enrolled in ESU. */
export const WINDOWS10_STEPS = [
  '「スタート」→「設定」→「更新とセキュリティ」→「Windows Update」を開きます。',
  'Windows 11 へのアップグレードの案内が出ていれば、案内に沿って Windows 11 にできます。',
  '拡張セキュリティ更新（ESU）に登録済みと出ていれば、その期間中は、このパソコンにセキュリティの更新が届きます。',
];

const CONTACT: StepLink = { href: '/contact/', label: 'お問い合わせ先' };
const FEATURE_PHONE: StepLink = { href: '/notice/#feature-phone', label: 'お知らせの5.「携帯電話（ガラケー）をご利用のお客様へ」' };
const UNSUPPORTED_OS: StepLink = { href: '/security/#unsupported-os', label: 'お知らせ ※④ 4.「サポートの終了したパソコンを利用しないでください」' };

function browserUpdate(v: Verdict | undefined): StepText {
  const id = v?.browserToUpdate;
  const mobile = v?.device === 'smartphone' || v?.device === 'tablet';
  const title = 'ブラウザーを最新の版に更新してください';
  if (id === 'safari') {
    return {
      id: 'browser-update',
      title,
      paragraphs: ['Mac の Safari は、macOS と一緒に更新されます。アップルメニュー →「システム設定」→「一般」→「ソフトウェアアップデート」から更新してください。'],
    };
  }
  if (mobile) {
    return {
      id: 'browser-update',
      title,
      paragraphs: ['Android は「Google Play ストア」、iPhone・iPad は「App Store」を開き、お使いのブラウザー（Chrome など）を「更新」してください。'],
    };
  }
  const how: Record<string, string> = {
    chrome: 'Chrome の右上の「︙」→「ヘルプ」→「Google Chrome について」を開くと、自動で最新の版に更新されます。終わったら「再起動」を押してください。',
    edge: 'Edge の右上の「…」→「ヘルプとフィードバック」→「Microsoft Edge について」を開くと、自動で最新の版に更新されます。終わったら「再起動」を押してください。この項目がない古い Edge は、「Windows Update」で新しい Edge になります。',
    firefox: 'Firefox の右上の「≡」→「ヘルプ」→「Firefox について」を開くと、自動で最新の版に更新されます。終わったら「再起動して Firefox を更新」を押してください。',
  };
  return { id: 'browser-update', title, paragraphs: [how[id ?? ''] ?? 'お使いのブラウザーの「ヘルプ」から、最新の版に更新してください。'] };
}

/** The words of one next step. `v` gives the details (which browser, iPhone or iPad); `policy` the numbers. */
export function stepText(id: StepId, v?: Verdict, policy: SupportPolicy = supportPolicy): StepText {
  const ios = v?.detection.os.family === 'ipados' ? 'iPadOS' : 'iOS';
  const iosNew = policy.ios.rules.find((r) => r.updates === 'shipped')?.fromMajor ?? 26;
  const iosLimited = policy.ios.rules.find((r) => r.updates === 'limited')?.fromMajor;
  const androidFrom = policy.android.rules.find((r) => r.updates === 'shipped')?.fromMajor ?? 12;
  const iosUpdated = iosLimited ? `${ios} ${iosNew} 以降と ${ios} ${iosLimited}` : `${ios} ${iosNew} 以降`;
  switch (id) {
    case 'feature-phone':
      return {
        id,
        title: '携帯電話（ガラケー）をお使いのお客様へ',
        paragraphs: [
          '携帯電話（ガラケー）からは、WEBバンキングをご利用いただけなくなります。',
          '恐れ入りますが、お近くの当金庫本支店またはお問い合わせ先までご連絡ください。',
        ],
        links: [FEATURE_PHONE, CONTACT],
      };
    case 'windows-check':
      return {
        id,
        title: 'Windows 10 か Windows 11 かを確かめてください（winver）',
        paragraphs: [
          v && (v.detection.browser.family === 'chrome' || v.detection.browser.family === 'edge')
            ? 'ご自分で確かめるには、次のとおりです。'
            : 'Google Chrome か Microsoft Edge でこのページを開くと、自動で見分けられることがあります。ご自分で確かめるには、次のとおりです。',
        ],
        list: WINVER_STEPS,
      };
    case 'windows-10':
      return {
        id,
        title:
          v?.os.rule === 'windows-10'
            ? 'Windows 11 にできるか、ESU に登録しているかをお確かめください'
            : 'Windows 10 だったときは、Windows 11 にできるか、ESU に登録しているかをお確かめください',
        paragraphs: ['Windows 11 にできれば、サポート中の OS になります。'],
        list: WINDOWS10_STEPS,
      };
    case 'windows-old':
      return {
        id,
        title: 'Windows を新しくできるか、お確かめください',
        paragraphs: [
          '古い Windows は、多くの場合、そのままでは Windows 11 にできません。お使いのパソコンで Windows 11 が使えるかは、パソコンのメーカーやお買い求めになったお店でお確かめいただけます。',
          'サポート中の OS のスマートフォンやタブレットをお持ちでしたら、そちらでもご利用いただけます。その機器でこのページを開くと、確かめられます。',
        ],
        links: [UNSUPPORTED_OS],
      };
    case 'mac-check':
      return {
        id,
        title: 'macOS を最新の状態にしてください',
        paragraphs: [
          'アップルメニュー →「システム設定」→「一般」→「ソフトウェアアップデート」を開き、更新があれば入れてください（少し前の Mac では、アップルメニュー →「システム環境設定」→「ソフトウェア・アップデート」）。',
          'お使いの macOS の名前と版は、アップルメニュー →「この Mac について」で分かります。',
        ],
      };
    case 'mac-update':
      return {
        id,
        title: 'macOS を新しい版にできるか、お確かめください',
        paragraphs: ['アップルメニュー →「システム環境設定」→「ソフトウェア・アップデート」を開き、新しい macOS が出ていれば、案内に沿って更新してください。'],
      };
    case 'ios-18':
      return {
        id,
        title: `${ios} を最新の状態にしてください`,
        paragraphs: [
          '「設定」→「一般」→「ソフトウェアアップデート」を開き、出ている更新を入れてください。',
          `${ios} ${iosNew} が出ていれば、${ios} ${iosNew} への更新をおすすめします。${iosLimited ? `${ios} ${iosLimited} へのセキュリティの更新は、主に ${ios} ${iosNew} にできない機種のために配布されています。` : ''}`,
        ],
      };
    case 'ios-update':
      return {
        id,
        title: `${ios} を新しい版にできるか、お確かめください`,
        paragraphs: [
          '「設定」→「一般」→「ソフトウェアアップデート」を開きます。',
          `${ios} ${iosNew}${iosLimited ? ` または ${ios} ${iosLimited}` : ''} への更新が出ていれば、案内に沿って更新してください。更新が終われば、サポート中の版になります。`,
        ],
      };
    case 'ios-check':
      return {
        id,
        title: `${ios} の版を確かめてください`,
        paragraphs: [
          `「設定」→「一般」→「情報」の「${ios} バージョン」をご覧ください。${iosUpdated}は、Apple がセキュリティの更新を配布している版です。`,
          'Safari でこのページを開くと、自動で確かめられます。',
        ],
      };
    case 'android-update':
      return {
        id,
        title: 'Android を新しい版にできるか、お確かめください',
        paragraphs: [
          '「設定」→「システム」→「システム アップデート」を開き、更新があれば入れてください（機種によって名前が少し違います）。',
          `Android ${androidFrom} 以降にできれば、サポート中の版になります。`,
        ],
      };
    case 'android-check':
      return {
        id,
        title: 'Android の版を確かめてください',
        paragraphs: [
          `「設定」→「デバイス情報」（機種によっては「端末情報」「スマートフォン情報」）の「Android バージョン」をご覧ください。Android ${androidFrom} 以降ならサポート中です。`,
          ...(v?.detection.browser.family === 'chrome' ? [] : ['Google Chrome でこのページを開くと、自動で確かめられることがあります。']),
        ],
      };
    case 'browser-update':
      return browserUpdate(v);
    case 'browser-switch':
      return {
        id,
        title: '別のブラウザーでご利用ください',
        paragraphs: [
          'Internet Explorer や、古い Android の標準ブラウザーは、更新が終わっているため、ご利用いただけません。',
          'パソコンでは Microsoft Edge か Google Chrome、スマートフォンでは Chrome（Android）か Safari（iPhone）で、このページを開き直してください。',
        ],
      };
    case 'other-browser':
      return {
        id,
        title: 'Chrome・Edge・Firefox・Safari で開き直してください',
        paragraphs: [
          'このブラウザーは、最新の版かどうかを自動では確かめられません。更新が出ていれば入れてください。',
          'Google Chrome、Microsoft Edge、Firefox、Safari のどれかでこのページを開き直すと、自動で確かめられます。',
          'LINE などのアプリの中で開いている場合は、画面のメニューから「ブラウザで開く」（または「Safari で開く」）を選んでください。',
        ],
      };
    case 'os-unlisted':
      return {
        id,
        title: 'OS の更新をお確かめください',
        paragraphs: [
          'お使いの機器の OS に、メーカーからいまもセキュリティの更新が届いているかをお確かめください。このページで自動で確かめられるのは、Windows、Mac、iPhone・iPad、Android です。',
        ],
      };
    case 'new-device':
      return {
        id,
        title: '更新できないときは、お買い替えもご検討ください',
        paragraphs: [
          '更新できず、ほかにサポート中の機器もお持ちでないときは、メーカーの更新が届く機器へのお買い替えをご検討ください。お買い替えの前に、当金庫へご相談いただいてもかまいません。',
        ],
      };
    case 'contact':
    default:
      return {
        id: 'contact',
        title: '分からないときは、当金庫へご相談ください',
        paragraphs: ['お近くの当金庫本支店、またはお問い合わせ先へご連絡ください。上の「お使いの機器」の名前をお伝えいただくと、ご案内が早くなります。'],
        links: [CONTACT],
      };
  }
}

/** The sentence announced once to screen readers when the result is ready. */
export function announcement(v: Parameters<typeof headlineKind>[0]): string {
  return `確認が終わりました。${headlineFor(v)}。`;
}
