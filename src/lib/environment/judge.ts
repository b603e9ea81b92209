/**
 * Applies the facts of src/data/support-policy.ts to what detect() found, and says why in plain Japanese.
 * The OS is judged by the notice's rule (※④ 4: an OS whose maker no longer ships security updates is outside
 * the recommended environment); the browser by ※④ 2 (keep software updated): an old version is asked to
 * update, it does not make the environment unsupported. Pure: no DOM. Never throws (checkEnvironment in
 * index.ts catches what cannot happen).
 */
import {
  browserRule,
  ruleForMajor,
  supportPolicy,
  windowsRule,
  type BrowserId,
  type OsRule,
  type SupportPolicy,
} from '../../data/support-policy';
import { dateJa } from './format';
import type { DetectedOs, Detection, Finding, FindingStatus, Status, StepId, Verdict } from './types';

export const FEATURE_PHONE_LABEL: Record<string, string> = {
  docomo: 'ドコモの携帯電話（iモード）',
  au: 'au の携帯電話（EZweb）',
  softbank: 'ソフトバンクの携帯電話（Yahoo!ケータイ など）',
  willcom: 'WILLCOM・DDIポケット（PHS）の携帯電話',
  emobile: 'イー・モバイルの携帯電話',
  kaios: 'KaiOS の携帯電話',
  other: '携帯電話（ガラケー）',
};

const FEATURE_PHONE_REASON = '携帯電話（ガラケー）からは、WEBバンキングをご利用いただけなくなります（お知らせの5.）。';


const MAKER: Record<string, string> = { windows: 'マイクロソフト', 'windows-phone': 'マイクロソフト', macos: 'Apple', ios: 'Apple', android: 'Google' };

/** Joins a name and the following Japanese with a space after Latin letters or digits: 「Windows 11 です」「（…）です」. */
function sp(name: string): string {
  return /[A-Za-z0-9.]$/.test(name) ? `${name} ` : name;
}

/**
 * An OS finding from a rule of the policy: the status ※④ 4 gives its fact, and why (the label says what was
 * found: 「iOS 18.6」; the reason says only why).
 */
function fromRule(rule: OsRule, shown: string, policy: SupportPolicy, rename?: (s: string) => string): Finding {
  const status = policy.osVerdict[rule.updates];
  const note = rule.note ? (rename ? rename(rule.note) : rule.note) : '';
  const maker = MAKER[rule.family] ?? 'メーカー';
  let why = note;
  if (rule.updates === 'enrolled-only' && rule.endOfSupport) {
    why = `${maker}による ${sp(rule.label)}のサポートは${dateJa(rule.endOfSupport)}に終了しました。${note}`;
  } else if (rule.updates === 'ended') {
    why = rule.endOfSupport
      ? `${maker}によるサポートは${dateJa(rule.endOfSupport)}に終了しており、セキュリティの更新は届いていません。`
      : note || `${maker}は、この版へのセキュリティの更新を終えています。`;
  }
  return { label: shown, status, reason: why || `${sp(shown)}です。`, rule: rule.id };
}

function windowsFinding(id: string, policy: SupportPolicy): Finding {
  const rule = windowsRule(id, policy);
  if (!rule) return { label: 'Windows（版は不明）', status: 'unknown', reason: 'Windows の版が分かりませんでした。', rule: 'windows-unknown' };
  return fromRule(rule, rule.label, policy);
}

const NT_TOKEN: Record<string, string> = { XP: 'windows-xp', '2000': 'windows-2000' };

function judgeWindows(os: DetectedOs, policy: SupportPolicy): Finding {
  const token = os.windowsToken;
  if (token === '10.0') {
    if (os.version) {
      const [maj, min] = os.version;
      const { windows11FromMajor, windows10FromMajor } = policy.windows.clientHints;
      if (maj >= windows11FromMajor) return windowsFinding('windows-11', policy);
      if (maj >= windows10FromMajor) return windowsFinding('windows-10', policy);
      const id = maj === 0 && min === 1 ? 'windows-7' : maj === 0 && min === 2 ? 'windows-8' : maj === 0 && min === 3 ? 'windows-8.1' : 'windows-7-8';
      return windowsFinding(id, policy);
    }
    return {
      label: 'Windows 10 または Windows 11',
      status: 'unknown',
      reason:
        'このブラウザーからは、Windows 10 と Windows 11 が同じに見えるため、見分けられません。Windows 11 ならサポート中です。Windows 10 は、拡張セキュリティ更新（ESU）に登録したパソコンにだけ更新が届きます。下の手順（winver）でお確かめください。',
      rule: 'windows-10-or-11',
    };
  }
  if (token) {
    const id = policy.windows.ntVersions[token] ?? NT_TOKEN[token] ?? (/^(95|98|9X|ME|CE|3\.1)$/.test(token) ? 'windows-old' : undefined);
    if (id && id !== 'ambiguous') return windowsFinding(id, policy);
  }
  return { label: 'Windows（版は不明）', status: 'unknown', reason: 'Windows の版が分かりませんでした。下の手順（winver）でお確かめください。', rule: 'windows-unknown' };
}

function judgeMac(os: DetectedOs, policy: SupportPolicy): Finding {
  if (!os.version) {
    return { label: 'macOS（版は不明）', status: 'unknown', reason: 'Mac の macOS の版が分かりませんでした。', rule: 'macos-unknown' };
  }
  const [maj, min] = os.version;
  const [fMaj, fMin] = policy.macos.frozenAt;
  if (maj < fMaj || (maj === fMaj && min < fMin)) {
    const rule = policy.macos.rules.find((r) => r.updates === 'ended');
    if (rule) return fromRule(rule, `Mac OS X ${maj}.${min}`, policy);
  }
  if (os.versionFrom === 'client-hints' && maj > fMaj) {
    if (policy.macos.updatedMajors.includes(maj)) {
      return { label: `macOS ${maj}`, status: 'supported', reason: `Apple は、macOS ${maj} にセキュリティの更新を配布しています。`, rule: 'macos-updated' };
    }
    return {
      label: `macOS ${maj}`,
      status: 'unknown',
      reason: `Apple は macOS ごとのサポートの終了日を公表していないため、macOS ${maj} にいまも更新が届いているかは、このページでは確かめていません。`,
      rule: 'macos-unlisted',
    };
  }
  return {
    label: 'macOS（版は不明）',
    status: 'unknown',
    reason: `Mac のブラウザーは、新しい macOS でもすべて「${fMaj}.${fMin}」と知らせるため、このページでは macOS の版が分かりません。`,
    rule: 'macos-frozen',
  };
}

function judgeIos(os: DetectedOs, policy: SupportPolicy): Finding {
  const name = os.family === 'ipados' ? 'iPadOS' : 'iOS';
  const rename = name === 'iOS' ? undefined : (s: string) => s.replace(/\biOS\b/g, name);
  if (!os.version) {
    return { label: `${name}（版は不明）`, status: 'unknown', reason: `${name} の版が分かりませんでした。`, rule: 'ios-unknown' };
  }
  const [maj, min] = os.version;
  const shown = `${name} ${maj}${min ? `.${min}` : ''}`;
  const fromSafari = os.versionFrom === 'safari-version';
  if (!fromSafari && os.frozen) {
    // 18.6 or later 18.x — or iOS 26 and newer, which report the same. Decided only if both decide alike.
    const [a, b] = [ruleForMajor(policy.ios.rules, maj), ruleForMajor(policy.ios.rules, 26)];
    const status: Status = a && b && policy.osVerdict[a.updates] === policy.osVerdict[b.updates] ? policy.osVerdict[a.updates] : 'unknown';
    return {
      label: `${shown} 以降`,
      status,
      reason: `このブラウザーは ${name} の版を「${maj}.${min}」と知らせています。${name} 26 以降でも同じように知らせるため、${name} ${maj} か 26 以降かは分かりません${
        status === 'supported' ? 'が、どちらも Apple がセキュリティの更新を配布している版です。' : '。'
      }`,
      rule: 'ios-frozen',
    };
  }
  const rule = ruleForMajor(policy.ios.rules, maj);
  if (!rule) return { label: shown, status: 'unknown', reason: `${name} ${maj} という版はないため、確かめられません。`, rule: 'ios-unknown' };
  return fromRule(rule, shown, policy, rename);
}

function judgeAndroid(os: DetectedOs, policy: SupportPolicy): Finding {
  if (!os.version) {
    if (os.reduced) {
      const supportedFrom = policy.android.rules.find((r) => r.updates === 'shipped')?.fromMajor;
      return {
        label: 'Android（版は不明）',
        status: 'unknown',
        reason: `このブラウザーは、Android の版をいつも「10」と知らせるため、本当の版が分かりません。${supportedFrom ? `Android ${supportedFrom} 以降ならサポート中です。` : ''}`,
        rule: 'android-reduced',
      };
    }
    return { label: 'Android（版は不明）', status: 'unknown', reason: 'Android の版が分かりませんでした。', rule: 'android-unknown' };
  }
  const maj = os.version[0];
  const rule = ruleForMajor(policy.android.rules, maj);
  if (!rule) return { label: `Android ${maj}`, status: 'unknown', reason: `Android ${maj} の更新の状況は、このページでは分かりません。`, rule: 'android-unknown' };
  return fromRule(rule, `Android ${maj}`, policy);
}

function judgeOs(d: Detection, policy: SupportPolicy): Finding {
  const os = d.os;
  switch (os.family) {
    case 'windows':
      return judgeWindows(os, policy);
    case 'windows-phone':
      return windowsFinding('windows-phone', policy);
    case 'macos':
      return judgeMac(os, policy);
    case 'ios':
    case 'ipados':
      return judgeIos(os, policy);
    case 'android':
      return judgeAndroid(os, policy);
    case 'feature-phone':
      return { label: FEATURE_PHONE_LABEL[d.featurePhone ?? ''] ?? '携帯電話（ガラケー）', status: 'unsupported', reason: FEATURE_PHONE_REASON, rule: 'feature-phone' };
    case 'chromeos':
    case 'linux':
    case 'other': {
      const label = os.family === 'chromeos' ? 'ChromeOS' : (os.name ?? 'そのほかの OS');
      return { label, status: 'unknown', reason: `${sp(label)}の更新の状況は、このページでは確かめていません。`, rule: 'os-unlisted' };
    }
    default:
      return { label: '分かりませんでした', status: 'unknown', reason: 'OS（Windows、iOS、Android など）を読み取れませんでした。', rule: 'os-none' };
  }
}

const POLICY_BROWSER: Record<string, BrowserId> = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari' };

function unusable(id: 'ie' | 'android-browser' | 'feature-phone', label: string, policy: SupportPolicy): Finding {
  const u = policy.unusableBrowsers.find((x) => x.id === id);
  const when = u?.endOfSupport ? `（${dateJa(u.endOfSupport)}）` : '';
  return { label, status: 'unsupported', reason: `${u?.why.replace(/。$/, '') ?? '更新が終わっています'}${when}。このブラウザーでは、ご利用いただけません。`, rule: id };
}

function judgeBrowser(d: Detection, os: Finding, policy: SupportPolicy): Finding {
  const b = d.browser;
  const id = POLICY_BROWSER[b.family];
  if (id === 'safari' && b.onIos) {
    // Safari on iPhone and iPad is part of iOS: it is updated exactly when iOS is.
    const name = d.os.family === 'ipados' ? 'iPadOS' : 'iOS';
    if (b.major === undefined && b.inApp) {
      return { label: 'アプリの中の画面', status: 'unknown', reason: 'LINE などのアプリの中で開いた画面のようです。ブラウザーの版が分からないため、確かめられません。', rule: 'in-app' };
    }
    const base = `iPhone・iPad の Safari は、${name} と一緒に更新されます。`;
    if (os.status === 'supported') return { label: 'Safari', status: 'supported', reason: base, rule: 'safari-ios' };
    if (os.status === 'unsupported') return { label: 'Safari', status: 'outdated', reason: `${base}${name} の更新が終わっているため、Safari も新しくなりません。`, rule: 'safari-ios' };
    return { label: 'Safari', status: 'unknown', reason: `${base}${name} の版が分からないため、確かめられません。`, rule: 'safari-ios' };
  }
  if (id) {
    const rule = browserRule(id, policy);
    if (b.major === undefined) {
      if (id === 'safari' && b.webkitMajor !== undefined && b.webkitMajor < 605) {
        return { label: 'Safari（古い版）', status: 'outdated', reason: `とても古い Safari です。新しい版（${rule.currentMajor} 以降）が出ています。`, rule: 'safari-old' };
      }
      return { label: `${rule.label}（版は不明）`, status: 'unknown', reason: `${sp(rule.label)}の版が分かりませんでした。`, rule: `${id}-unknown` };
    }
    const label = `${rule.label}${b.onIos ? '（iPhone・iPad 用）' : ''} ${b.major}`;
    const ios = b.onIos ? 'iPhone・iPad のブラウザーは、どれも iOS の仕組みで動くため、iOS の版もあわせて確かめています。' : '';
    if (b.major >= rule.currentMajor) {
      return { label, status: 'supported', reason: `いま更新が続いている版です。${ios}`, rule: `${id}-current` };
    }
    return { label, status: 'outdated', reason: `新しい版（${rule.currentMajor} 以降）が出ています。お使いの版は ${b.major} です。${ios}`, rule: `${id}-old` };
  }
  switch (b.family) {
    case 'ie':
      return unusable('ie', b.major ? `Internet Explorer ${b.major}` : 'Internet Explorer', policy);
    case 'android-browser':
      return unusable('android-browser', 'Android 標準ブラウザー', policy);
    case 'feature-phone':
      return { label: '携帯電話（ガラケー）のブラウザー', status: 'unsupported', reason: '携帯電話（ガラケー）のブラウザーでは、ご利用いただけなくなります。', rule: 'feature-phone' };
    case 'robot':
      return { label: 'ロボット（自動で巡回するプログラム）', status: 'unknown', reason: 'お客様がお使いのブラウザーではないようです。', rule: 'robot' };
    case 'other': {
      const name = b.name ?? 'このブラウザー';
      return {
        label: b.major !== undefined && !/\d/.test(name) ? `${name} ${b.major}` : name,
        status: 'unknown',
        reason: `${sp(name)}は、最新の版かどうかを、このページでは確かめていません。`,
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

/** unsupported if the OS's updates have ended or the browser cannot be used; supported if the OS is updated and the browser usable. */
export function overall(os: FindingStatus, browser: FindingStatus): Status {
  if (os === 'unsupported' || browser === 'unsupported') return 'unsupported';
  if (os === 'supported' && (browser === 'supported' || browser === 'outdated')) return 'supported';
  return 'unknown';
}

/** The OS's own next step, by the rule that decided it. Ended Windows versions share `windows-old`. */
const OS_STEPS: Record<string, StepId[]> = {
  'windows-10-or-11': ['windows-check', 'windows-10'],
  'windows-unknown': ['windows-check'],
  'windows-10': ['windows-10'],
  'windows-phone': [],
  'macos-10.14-and-older': ['mac-update'],
  'macos-frozen': ['mac-check'],
  'macos-unlisted': ['mac-check'],
  'macos-unknown': ['mac-check'],
  'ios-18': ['ios-18'],
  'ios-frozen': ['ios-18'],
  'ios-17-and-older': ['ios-update'],
  'ios-unknown': ['ios-check'],
  'android-11-and-older': ['android-update'],
  'android-reduced': ['android-check'],
  'android-unknown': ['android-check'],
  'os-unlisted': ['os-unlisted'],
  'os-none': ['os-unlisted'],
};

/**
 * The next steps, in the order the site promises: 1) update, where the device offers it; 2) ask the bank;
 * 3) a new device, only where nothing else helps (an OS whose updates have ended, or a Windows 10 that can
 * neither become Windows 11 nor is enrolled in ESU). A supported result may still carry advice (take iOS 26,
 * update the browser), without the later steps.
 */
function stepsFor(os: Finding, browser: Finding, d: Detection, verdict: Status): StepId[] {
  if (d.device === 'feature-phone') return ['feature-phone', 'contact'];
  const steps: StepId[] = [];
  // A browser that cannot be used at all (on an OS that is not ended) is what stops the customer: first.
  if (os.status !== 'unsupported' && browser.status === 'unsupported') steps.push('browser-switch');
  steps.push(...(OS_STEPS[os.rule] ?? (os.status === 'unsupported' && os.rule.startsWith('windows-') ? ['windows-old'] : [])));
  // On an OS whose updates have ended, a browser update cannot help: the OS comes first.
  if (os.status !== 'unsupported' && browser.rule !== 'safari-ios') {
    if (browser.status === 'outdated') steps.push('browser-update');
    else if (browser.status === 'unknown') steps.push('other-browser');
  }
  if (verdict !== 'supported') steps.push('contact');
  if (os.status === 'unsupported' || os.rule === 'windows-10') steps.push('new-device');
  return [...new Set(steps)];
}

/** The verdict for what detect() found. */
export function judge(d: Detection, policy: SupportPolicy = supportPolicy): Verdict {
  if (d.problem) return problemVerdict(d);
  const os = judgeOs(d, policy);
  const browser = judgeBrowser(d, os, policy);
  const verdict = overall(os.status, browser.status);
  const steps = stepsFor(os, browser, d, verdict);
  const result: Verdict = { verdict, device: d.device, os, browser, steps, detection: d };
  const id = POLICY_BROWSER[d.browser.family];
  if (id && steps.includes('browser-update')) result.browserToUpdate = id;
  return result;
}
