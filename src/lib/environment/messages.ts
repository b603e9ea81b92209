/**
 * The checker's words for customers: headlines, status names, and the next steps. Shared by the island
 * (src/islands/check/) and the static page text (src/pages/check.astro), so both always say the same.
 * Plain, polite Japanese (です・ます). Pure: no DOM.
 */
import { browserRule, supportPolicy, windowsRule, type SupportPolicy } from '../../data/support-policy';
import { dateJa } from './format';
import type { Status, StepId, Verdict } from './types';

export type VerdictState = Status | 'pending';

/** The one-line result. */
export const HEADLINE: Record<VerdictState, string> = {
  pending: 'お使いの機器を確かめています…',
  supported: 'お使いの機器で、WEBバンキングをご利用いただけます',
  unsupported: 'お使いの機器は、当金庫WEBバンキングの推奨環境の対象外です',
  unknown: 'お使いの機器が推奨環境かどうか、自動では判定できませんでした',
};

/** What to read after the headline. */
export const LEAD: Record<Status, string> = {
  supported: 'OS（基本ソフト）とブラウザー（インターネットを見るアプリ）は、どちらも推奨環境です。下の「ワンタイムパスワードに必要な設定」もあわせてご確認ください。',
  unsupported: 'このままでは安全にご利用いただけません。下の「次にしていただくこと」をご覧ください。',
  unknown: '下の「次にしていただくこと」の方法で、お確かめください。',
};

/** What to read after the headline, for this result. */
export function leadFor(v: Pick<Verdict, 'verdict' | 'device'>): string {
  if (v.device === 'feature-phone') {
    return '携帯電話（ガラケー）からは、WEBバンキングをご利用いただけなくなりました。下の「次にしていただくこと」をご覧ください。';
  }
  return LEAD[v.verdict];
}

/** The word beside each part's icon. Never colour alone: the icon shape and this word say it too. */
export const STATUS_LABEL: Record<Status, string> = {
  supported: '対応',
  unsupported: '対象外',
  unknown: '判定できません',
};

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
  '「Windows のバージョン情報」の画面に「Windows 11」と書かれていれば、ご利用いただけます。「Windows 10」と書かれていれば、推奨環境の対象外です。',
];

const CONTACT: StepLink = { href: '/contact/', label: 'お問い合わせ先' };
const FEATURE_PHONE: StepLink = { href: '/notice/#feature-phone', label: 'お知らせの5.「携帯電話（ガラケー）をご利用のお客様へ」' };
const UNSUPPORTED_OS: StepLink = { href: '/security/#unsupported-os', label: 'サポートの終了したパソコンを利用しないでください' };

function smartphones(policy: SupportPolicy): string {
  return `iPhone・iPad（iOS・iPadOS ${policy.ios.minSupportedMajor} 以降）、Android（${policy.android.minSupportedMajor} 以降）`;
}

function browserUpdate(v: Verdict | undefined, policy: SupportPolicy): StepText {
  const id = v?.browserToUpdate;
  const mobile = v?.device === 'smartphone' || v?.device === 'tablet';
  const title = 'ブラウザーを最新の版に更新してください';
  if (id === 'safari') {
    return {
      id: 'browser-update',
      title,
      paragraphs: [
        `Safari は、OS と一緒に更新されます（Safari ${browserRule('safari', policy).minVersion} 以降が必要です）。`,
        'Mac は、画面左上のアップルメニュー →「システム設定」→「一般」→「ソフトウェアアップデート」から更新してください。更新できない古い Mac では、Google Chrome などのブラウザーをお使いいただく方法もあります。',
      ],
      links: [CONTACT],
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
    chrome: 'Chrome の右上の「︙」→「ヘルプ」→「Google Chrome について」を開くと、自動で最新版に更新されます。終わったら「再起動」を押してください。',
    edge: 'Edge の右上の「…」→「ヘルプとフィードバック」→「Microsoft Edge について」を開くと、自動で最新版に更新されます。終わったら「再起動」を押してください。',
    firefox: 'Firefox の右上の「≡」→「ヘルプ」→「Firefox について」を開くと、自動で最新版に更新されます。終わったら「再起動して Firefox を更新」を押してください。',
  };
  const need = (['chrome', 'edge', 'firefox'] as const).map((b) => `${browserRule(b, policy).label} ${browserRule(b, policy).minVersion} 以降`).join('、');
  return {
    id: 'browser-update',
    title,
    paragraphs: [how[id ?? ''] ?? 'お使いのブラウザーの「ヘルプ」から、最新版に更新してください。', `必要な版：${need}、Safari ${browserRule('safari', policy).minVersion} 以降。`],
  };
}

/** The words of one next step. `v` gives the details (which browser to update); `policy` the numbers. */
export function stepText(id: StepId, v?: Verdict, policy: SupportPolicy = supportPolicy): StepText {
  const win10 = windowsRule('windows-10', policy);
  switch (id) {
    case 'feature-phone':
      return {
        id,
        title: '携帯電話（ガラケー）をお使いのお客様へ',
        paragraphs: [
          '携帯電話（ガラケー）からは、WEBバンキングをご利用いただけなくなりました。',
          '恐れ入りますが、お近くの当金庫支店またはお問い合わせ先までご連絡ください。',
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
        title: 'Windows 11 にするか、パソコンの買い替えをご検討ください',
        paragraphs: [
          `Windows 10 のサポートは${win10?.endOfSupport ? dateJa(win10.endOfSupport) : ''}に終了しました。`,
          'お使いのパソコンが Windows 11 の条件を満たしていれば、「スタート」→「設定」→「Windows Update」から Windows 11 にできます。満たしていない場合は、Windows 11 のパソコンへの買い替えをご検討ください。',
        ],
        links: [UNSUPPORTED_OS],
      };
    case 'windows-old':
      return {
        id,
        title: 'パソコンの買い替えをご検討ください',
        paragraphs: [
          'お使いの Windows はサポートが終わっており、セキュリティの修正が届きません。ウイルスなどの被害にあう危険が高い状態です。',
          'Windows 11 のパソコンへの買い替えをご検討ください。',
        ],
        links: [UNSUPPORTED_OS],
      };
    case 'use-smartphone':
      return {
        id,
        title: '推奨環境のスマートフォンをお使いいただく方法もあります',
        paragraphs: [`${smartphones(policy)}のスマートフォンでも、このページで確かめてからご利用いただけます。`],
      };
    case 'mac-update':
      return {
        id,
        title: 'macOS を新しくしてください',
        paragraphs: [
          '画面左上のアップルメニュー →「このMacについて」で版を確かめ、「ソフトウェアアップデート」で新しい macOS にしてください。',
          '新しい macOS にできない古い Mac は、買い替えをご検討ください。',
        ],
      };
    case 'ios-update':
      return {
        id,
        title: `iOS（iPad は iPadOS）を ${policy.ios.minSupportedMajor} 以降にしてください`,
        paragraphs: [
          '「設定」→「一般」→「ソフトウェアアップデート」から更新してください。',
          `${policy.ios.minSupportedMajor} 以降にできない古い機種は、買い替えをご検討ください。`,
        ],
      };
    case 'ios-check':
      return {
        id,
        title: 'iOS の版を確かめてください',
        paragraphs: [
          `「設定」→「一般」→「情報」の「iOS バージョン」（iPad は「iPadOS バージョン」）をご覧ください。${policy.ios.minSupportedMajor} 以降ならご利用いただけます。`,
          'Safari でこのページを開くと、自動で確かめられます。',
        ],
      };
    case 'android-update':
      return {
        id,
        title: `Android を ${policy.android.minSupportedMajor} 以上にしてください`,
        paragraphs: [
          '「設定」→「システム」→「システム アップデート」から更新してください（機種によって名前が少し違います）。',
          `${policy.android.minSupportedMajor} 以上にできない機種は、買い替えをご検討ください。`,
        ],
      };
    case 'android-check':
      return {
        id,
        title: 'Android の版を確かめてください',
        paragraphs: [
          `「設定」→「デバイス情報」（機種によっては「端末情報」「スマートフォン情報」）の「Android バージョン」をご覧ください。${policy.android.minSupportedMajor} 以上ならご利用いただけます。`,
          ...(v?.detection.browser.family === 'chrome' ? [] : ['Google Chrome でこのページを開くと、自動で確かめられることがあります。']),
        ],
      };
    case 'browser-update':
      return browserUpdate(v, policy);
    case 'browser-switch':
      return {
        id,
        title: '別のブラウザーでご利用ください',
        paragraphs: [
          'Internet Explorer や、古い Android の標準ブラウザーはご利用いただけません。',
          'パソコンでは Microsoft Edge か Google Chrome、スマートフォンでは Chrome（Android）か Safari（iPhone）で、このページを開き直してください。',
        ],
      };
    case 'other-browser':
      return {
        id,
        title: '推奨のブラウザーで開き直してください',
        paragraphs: [
          'Google Chrome、Microsoft Edge、Firefox、Safari のどれかでこのページを開き直すと、自動で確かめられます。',
          'LINE などのアプリの中で開いている場合は、画面のメニューから「ブラウザで開く」（または「Safari で開く」）を選んでください。',
        ],
      };
    case 'os-unlisted':
      return {
        id,
        title: '推奨環境の機器でご利用ください',
        paragraphs: [`当金庫の推奨環境は、Windows 11 のパソコン、Mac、${smartphones(policy)}です。それ以外の機器については、お問い合わせください。`],
      };
    case 'contact':
    default:
      return {
        id: 'contact',
        title: 'わからないときは',
        paragraphs: ['お近くの当金庫支店、またはお問い合わせ先へご連絡ください。'],
        links: [CONTACT],
      };
  }
}

/** The sentence announced once to screen readers when the result is ready. */
export function announcement(v: Pick<Verdict, 'verdict'>): string {
  return `確認が終わりました。${HEADLINE[v.verdict]}。`;
}
