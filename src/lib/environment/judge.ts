/**
 * Applies the support policy (src/data/support-policy.ts) to what detect() found, and says why in plain
 * Japanese. Pure: no DOM. Never throws (checkEnvironment in index.ts catches what cannot happen).
 */
import {
  browserRule,
  supportPolicy,
  windowsRule,
  type BrowserId,
  type OsVersionRule,
  type SupportPolicy,
} from '../../data/support-policy';
import { dateJa } from './format';
import type { DetectedBrowser, DetectedOs, Detection, Finding, Status, StepId, Verdict } from './types';

const FEATURE_PHONE_LABEL: Record<string, string> = {
  docomo: 'ドコモの携帯電話（iモード）',
  au: 'au の携帯電話（EZweb）',
  softbank: 'ソフトバンクの携帯電話（Yahoo!ケータイ など）',
  willcom: 'WILLCOM・DDIポケット（PHS）の携帯電話',
  emobile: 'イー・モバイルの携帯電話',
  kaios: 'KaiOS の携帯電話',
  other: '携帯電話（ガラケー）',
};

const FEATURE_PHONE_REASON =
  '携帯電話（ガラケー）からは、WEBバンキングをご利用いただけなくなりました（お知らせの5.）。';

const LISTED = '当金庫の推奨環境（Windows 11、Mac、iPhone・iPad、Android）';

/** Joins a name and the following Japanese with a space after Latin letters or digits: 「Windows 11 です」「（…）です」. */
function sp(name: string): string {
  return /[A-Za-z0-9.]$/.test(name) ? `${name} ` : name;
}

/** 2025-10-14 → 令和7年10月14日（火）（2025年） */
function endedOn(rule: OsVersionRule): string {
  return rule.endOfSupport ? `マイクロソフトによるサポートは${dateJa(rule.endOfSupport)}に終了しています。` : 'マイクロソフトによるサポートは終了しています。';
}

function windowsVersionFinding(id: string, how: string, policy: SupportPolicy): Finding {
  const rule = windowsRule(id, policy);
  if (!rule) return { label: 'Windows', status: 'unknown', reason: 'Windows の版が分かりませんでした。', rule: 'windows-unknown' };
  if (rule.status === 'supported') {
    return { label: rule.label, status: 'supported', reason: `${sp(rule.label)}です${how}。`, rule: rule.id };
  }
  const note = rule.note ? rule.note : '';
  return { label: rule.label, status: 'unsupported', reason: `${sp(rule.label)}です${how}。${endedOn(rule)}${note}`, rule: rule.id };
}

const NT_TOKEN: Record<string, string> = { XP: 'windows-xp', '2000': 'windows-2000' };

function judgeWindows(os: DetectedOs, policy: SupportPolicy): Finding {
  const token = os.windowsToken;
  if (token === '10.0') {
    if (os.version) {
      const [maj, min] = os.version;
      const how = '（ブラウザーが知らせた版の番号から判断しました）';
      const { windows11FromMajor, windows10FromMajor } = policy.windows.clientHints;
      if (maj >= windows11FromMajor) return windowsVersionFinding('windows-11', how, policy);
      if (maj >= windows10FromMajor) return windowsVersionFinding('windows-10', how, policy);
      const id = maj === 0 && min === 1 ? 'windows-7' : maj === 0 && min === 2 ? 'windows-8' : maj === 0 && min === 3 ? 'windows-8.1' : 'windows-7-8';
      return windowsVersionFinding(id, how, policy);
    }
    return {
      label: 'Windows 10 または Windows 11',
      status: 'unknown',
      reason:
        'Windows 10 と Windows 11 は、このブラウザーからは同じに見えるため、見分けられません。Windows 11 ならご利用いただけますが、Windows 10 は対象外です。下の手順（winver）でお確かめください。',
      rule: 'windows-10-or-11',
    };
  }
  if (token) {
    const id = policy.windows.ntVersions[token] ?? NT_TOKEN[token] ?? (/^(95|98|9X|ME|CE|3\.1)$/.test(token) ? 'windows-old' : undefined);
    if (id && id !== 'ambiguous') return windowsVersionFinding(id, '', policy);
  }
  return {
    label: 'Windows（版は不明）',
    status: 'unknown',
    reason: 'Windows の版が分かりませんでした。下の手順（winver）でお確かめください。',
    rule: 'windows-unknown',
  };
}

function atLeast(v: readonly [number, number], min: readonly [number, number]): boolean {
  return v[0] > min[0] || (v[0] === min[0] && v[1] >= min[1]);
}

function judgeMac(os: DetectedOs, policy: SupportPolicy): Finding {
  const min = policy.macos.minSupported;
  if (!os.version) {
    return { label: 'Mac（版は不明）', status: 'unknown', reason: 'Mac の OS の版が分かりませんでした。', rule: 'macos-unknown' };
  }
  const [maj, min2] = os.version;
  if (atLeast(os.version, min)) {
    if (os.versionFrom === 'client-hints') {
      return { label: `macOS ${maj}`, status: 'supported', reason: `macOS ${maj} です（ブラウザーが知らせた版の番号から判断しました）。`, rule: 'macos-current' };
    }
    return {
      label: 'Mac（macOS）',
      status: 'supported',
      reason: `ブラウザーは、新しい Mac でもすべて「${min[0]}.${min[1]}」以降と知らせるため、くわしい版は分かりませんが、対象外となる古い版（${min[0]}.${min[1] - 1} 以前）ではありません。`,
      rule: 'macos-current',
    };
  }
  return {
    label: `Mac OS X ${maj}.${min2}`,
    status: 'unsupported',
    reason: `Mac OS X ${maj}.${min2} です。${min[0]}.${min[1] - 1} 以前の古い Mac は、推奨環境の対象外です。`,
    rule: 'macos-old',
  };
}

function judgeIos(os: DetectedOs, policy: SupportPolicy): Finding {
  const name = os.family === 'ipados' ? 'iPadOS' : 'iOS';
  const device = os.family === 'ipados' ? (os.ipadDesktop ? 'iPad（パソコン用の表示）' : 'iPad') : 'iPhone';
  const { minSupportedMajor: min, maxUnsupportedMajor: max } = policy.ios;
  if (!os.version) {
    return { label: `${device}（${name} の版は不明）`, status: 'unknown', reason: `${name} の版が分かりませんでした。`, rule: 'ios-unknown' };
  }
  const maj = os.version[0];
  const fromSafari = os.versionFrom === 'safari-version';
  const how = fromSafari ? `（Safari の版の番号から判断しました）` : '';
  if (!fromSafari && os.frozen) {
    return {
      label: `${device}（${name} ${max} または ${min} 以降）`,
      status: 'unknown',
      reason: `このブラウザーは、${name} ${min} 以降でも「${os.version[0]}.${os.version[1]}」と知らせることがあるため、${name} ${max} か ${min} 以降かを見分けられません。`,
      rule: 'ios-frozen',
    };
  }
  if (maj >= min) return { label: `${device}（${name} ${maj}）`, status: 'supported', reason: `${name} ${maj} です${how}。`, rule: 'ios-current' };
  if (maj <= max) {
    return {
      label: `${device}（${name} ${maj}）`,
      status: 'unsupported',
      reason: `${name} ${maj} です${how}。${name} ${min} より前の版は、推奨環境の対象外です。`,
      rule: 'ios-old',
    };
  }
  return {
    label: `${device}（${name} ${maj}）`,
    status: 'unknown',
    reason: `${name} ${maj} という版は存在しないため、判定できません。`,
    rule: 'ios-unknown',
  };
}

function judgeAndroid(os: DetectedOs, policy: SupportPolicy, model?: string): Finding {
  const min = policy.android.minSupportedMajor;
  const device = model ? `Android（${model}）` : 'Android';
  if (!os.version) {
    if (os.reduced) {
      return {
        label: `${device}（版は不明）`,
        status: 'unknown',
        reason: `このブラウザーは、Android の版をいつも「10」と知らせるため、本当の版が分かりません。Android ${min} 以上ならご利用いただけます。`,
        rule: 'android-reduced',
      };
    }
    return { label: `${device}（版は不明）`, status: 'unknown', reason: 'Android の版が分かりませんでした。', rule: 'android-unknown' };
  }
  const maj = os.version[0];
  const how = os.versionFrom === 'client-hints' ? '（ブラウザーが知らせた版の番号から判断しました）' : '';
  if (maj >= min) return { label: `Android ${maj}`, status: 'supported', reason: `Android ${maj} です${how}。`, rule: 'android-current' };
  return {
    label: `Android ${maj}`,
    status: 'unsupported',
    reason: `Android ${maj} です${how}。Android ${min} より前の版は、推奨環境の対象外です。`,
    rule: 'android-old',
  };
}

function judgeOs(d: Detection, policy: SupportPolicy): Finding {
  const os = d.os;
  switch (os.family) {
    case 'windows':
      return judgeWindows(os, policy);
    case 'windows-phone':
      return windowsVersionFinding('windows-phone', '', policy);
    case 'macos':
      return judgeMac(os, policy);
    case 'ios':
    case 'ipados':
      return judgeIos(os, policy);
    case 'android':
      return judgeAndroid(os, policy, d.model);
    case 'feature-phone':
      return {
        label: FEATURE_PHONE_LABEL[d.featurePhone ?? ''] ?? '携帯電話（ガラケー）',
        status: 'unsupported',
        reason: FEATURE_PHONE_REASON,
        rule: 'feature-phone',
      };
    case 'chromeos':
    case 'linux':
    case 'other': {
      const label = os.family === 'chromeos' ? 'ChromeOS（Chromebook）' : (os.name ?? 'そのほかの OS');
      return { label, status: 'unknown', reason: `${LISTED}にない OS のため、判定できません。`, rule: 'os-unlisted' };
    }
    default:
      return { label: '分かりませんでした', status: 'unknown', reason: 'OS（Windows、iOS、Android など）を読み取れませんでした。', rule: 'os-none' };
  }
}

const POLICY_BROWSER: Record<string, BrowserId> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari' };

function judgeBrowser(d: Detection, policy: SupportPolicy): Finding {
  const b: DetectedBrowser = d.browser;
  const id = POLICY_BROWSER[b.family];
  if (id) {
    const rule = browserRule(id, policy);
    const where = b.onIos && id !== 'safari' ? '（iPhone・iPad 用）' : '';
    if (b.major === undefined) {
      if (id === 'safari' && b.inApp) {
        return {
          label: 'アプリの中の画面',
          status: 'unknown',
          reason: 'LINE などのアプリの中で開いた画面のようです。ブラウザーの版が分からないため、判定できません。',
          rule: 'in-app',
        };
      }
      if (id === 'safari' && b.webkitMajor !== undefined && b.webkitMajor < 605) {
        return { label: 'Safari（古い版）', status: 'unsupported', reason: `とても古い Safari です。Safari ${rule.minVersion} より前の版は、推奨環境の対象外です。`, rule: 'safari-old' };
      }
      return { label: `${rule.label}（版は不明）`, status: 'unknown', reason: `${sp(rule.label)}の版が分かりませんでした。`, rule: `${id}-unknown` };
    }
    const label = `${rule.label}${where} ${b.major}`;
    const ios = b.onIos && id !== 'safari' ? 'iPhone・iPad のブラウザーは、どれも iOS の仕組みで動くため、iOS の版もあわせて確かめています。' : '';
    if (b.major >= rule.minVersion) {
      return { label, status: 'supported', reason: `${rule.label} ${rule.minVersion} 以降なので、ご利用いただけます。${ios}`, rule: `${id}-current` };
    }
    return {
      label,
      status: 'unsupported',
      reason: `${sp(rule.label)}は ${rule.minVersion} 以降が必要です。お使いの版は ${b.major} です。`,
      rule: `${id}-old`,
    };
  }
  switch (b.family) {
    case 'ie':
      return {
        label: b.major ? `Internet Explorer ${b.major}` : 'Internet Explorer',
        status: 'unsupported',
        reason: 'Internet Explorer はマイクロソフトのサポートが終了しており、当金庫WEBバンキングではご利用いただけません。',
        rule: 'ie',
      };
    case 'android-browser':
      return {
        label: 'Android 標準ブラウザー（古い「ブラウザ」）',
        status: 'unsupported',
        reason: '古い Android に入っていた標準のブラウザーは更新が終わっており、ご利用いただけません。',
        rule: 'android-browser',
      };
    case 'feature-phone':
      return { label: '携帯電話（ガラケー）のブラウザー', status: 'unsupported', reason: '携帯電話（ガラケー）のブラウザーでは、ご利用いただけません。', rule: 'feature-phone' };
    case 'robot':
      return { label: 'ロボット（自動で巡回するプログラム）', status: 'unknown', reason: 'お客様がお使いのブラウザーではないようです。', rule: 'robot' };
    case 'other': {
      const name = b.name ?? 'このブラウザー';
      return {
        label: b.major !== undefined && !/\d/.test(name) ? `${name} ${b.major}` : name,
        status: 'unknown',
        reason: `${name} は、当金庫の推奨ブラウザー（Chrome、Edge、Firefox、Safari）ではないため、判定できません。`,
        rule: 'browser-unlisted',
      };
    }
    default:
      return { label: '分かりませんでした', status: 'unknown', reason: 'ブラウザーの名前を読み取れませんでした。', rule: 'browser-none' };
  }
}

function problemVerdict(d: Detection): Verdict {
  const reasons: Record<string, string> = {
    empty: 'ブラウザーが、自分の名前や版を知らせていません。',
    'too-long': 'ブラウザーが知らせた情報が長すぎるため、読み取りませんでした。',
    robot: 'お客様がお使いのブラウザーではないようです。',
  };
  const reason = reasons[d.problem ?? ''] ?? 'ブラウザーの情報を読み取れませんでした。';
  const rule = d.problem ?? 'unreadable';
  const f: Finding = { label: '分かりませんでした', status: 'unknown', reason, rule };
  const browser: Finding = d.problem === 'robot' ? { ...f, label: 'ロボット（自動で巡回するプログラム）' } : f;
  return { verdict: 'unknown', device: d.device, os: { ...f, reason: 'ブラウザーの情報から OS を読み取れませんでした。' }, browser, steps: ['other-browser', 'contact'], detection: d };
}

function overall(os: Status, browser: Status): Status {
  if (os === 'unsupported' || browser === 'unsupported') return 'unsupported';
  if (os === 'supported' && browser === 'supported') return 'supported';
  return 'unknown';
}

const OS_STEPS: Record<string, StepId[]> = {
  'windows-10-or-11': ['windows-check'],
  'windows-unknown': ['windows-check'],
  'windows-10': ['windows-10', 'use-smartphone'],
  'macos-old': ['mac-update'],
  'ios-old': ['ios-update'],
  'ios-frozen': ['ios-check'],
  'ios-unknown': ['ios-check'],
  'android-old': ['android-update'],
  'android-reduced': ['android-check'],
  'android-unknown': ['android-check'],
  'os-unlisted': ['os-unlisted'],
  'os-none': ['os-unlisted'],
  'macos-unknown': ['mac-update'],
  'windows-phone': ['use-smartphone'],
};

function stepsFor(os: Finding, browser: Finding, d: Detection): StepId[] {
  const steps: StepId[] = [];
  if (d.device === 'feature-phone') return ['feature-phone', 'contact'];
  if (os.status !== 'supported') {
    if (OS_STEPS[os.rule]) steps.push(...OS_STEPS[os.rule]);
    else if (os.rule.startsWith('windows-')) steps.push('windows-old', 'use-smartphone');
  }
  // On an OS that must be replaced anyway (old Windows, Windows Phone, an old Mac), changing the browser
  // does not help: the steps stop at the OS.
  const osMustGo = os.status === 'unsupported' && (os.rule === 'macos-old' || (os.rule.startsWith('windows-') && os.rule !== 'windows-10'));
  if (browser.status !== 'supported' && !osMustGo) {
    if (/-old$/.test(browser.rule) && !(browser.rule === 'safari-old' && d.browser.onIos)) steps.push('browser-update');
    else if (browser.rule === 'ie' || browser.rule === 'android-browser') steps.push('browser-switch');
    else if (!(browser.rule === 'safari-old' && d.browser.onIos)) steps.push('other-browser');
  }
  if (d.browser.onIos && browser.rule === 'safari-old' && !steps.includes('ios-update')) steps.push('ios-update');
  if (steps.length) steps.push('contact');
  return [...new Set(steps)];
}

/** The verdict for what detect() found. */
export function judge(d: Detection, policy: SupportPolicy = supportPolicy): Verdict {
  if (d.problem) return problemVerdict(d);
  const os = judgeOs(d, policy);
  const browser = judgeBrowser(d, policy);
  const verdict = overall(os.status, browser.status);
  const steps = verdict === 'supported' ? [] : stepsFor(os, browser, d);
  const result: Verdict = { verdict, device: d.device, os, browser, steps, detection: d };
  const id = POLICY_BROWSER[d.browser.family];
  if (id && steps.includes('browser-update')) result.browserToUpdate = id;
  return result;
}
