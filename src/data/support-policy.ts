/**
 * The facts the environment checker (/check/) judges by, with their sources — one dated, typed file.
 *
 * THE RULE IS THE NOTICE'S, NOT OURS. The bank's notice gives exactly one rule about environments:
 *   ※④ 4.「サポートが終了しているOSは、当金庫WEBバンキングの推奨環境対象外となります。」
 * so the checker asks, for the OS, only: does its maker still ship security updates? And for the browser it
 * applies ※④ 2.「ソフトウェアのアップデートはこまめに行ってください」: is this version still the one being
 * updated? An old browser gets "please update" advice, never "outside the recommended environment".
 * The site has no version thresholds of its own and never calls anything here the bank's 推奨環境.
 *
 * CHECKED ON 2026-11-24 (`checkedOn`): every fact below was checked on that day against the maker's own
 * lifecycle / support / release page given for it in `sources` (at the end of this file, under the fact's id;
 * each source carries the date it was checked). To update: check the maker's page again, change the fact here
 * AND its source's `checked` date — never the parser. The site prints the sources as links on /check/ and in
 * the staff rules; it never requests them itself.
 *
 * This file is data, not code: the parser (src/lib/environment/) reads it, /check/ prints it as plain text
 * for browsers that run no JavaScript, src/components/CheckRulesForStaff.astro prints it for staff, and the
 * unit tests check every boundary in it.
 *
 * Parsing library: bowser (MIT licence) reads the mainstream browsers. ua-parser-js is NOT used:
 * from version 2 it is licensed under AGPL-3.0, which a bank cannot ship in its site.
 * Only what bowser does not know is parsed by our own rules (Japanese feature phones, KaiOS,
 * Chrome's reduced User-Agent on Android, the frozen iOS version, the Windows client hints).
 */

/** The verdict of one part or of the whole, as `#env-verdict[data-verdict]` shows it. */
export type Status = 'supported' | 'unsupported' | 'unknown';

/** The day every fact in this file was checked against its source. */
export const checkedOn = '2026-11-24';

/** Where a fact comes from: the maker's own page, and the day someone read it. */
export interface Source {
  /** The page's title as the maker writes it, with the maker's name. */
  name: string;
  url: string;
  /** YYYY-MM-DD: the day the fact was checked on this page. */
  checked: string;
}

/** A source checked on `checkedOn`. Marked pure so that bundles which never read a source leave them out. */
const src = /* #__NO_SIDE_EFFECTS__ */ (name: string, url: string): Source => ({ name, url, checked: checkedOn });

/** The notice's own words (the seed), quoted on /check/ beside the verdicts they ground. */
export const notice = {
  osRule: {
    ref: '※④ 4.',
    text: 'サポートが終了しているOSは、当金庫WEBバンキングの推奨環境対象外となります。',
    href: '/security/#unsupported-os',
  },
  updateRule: {
    ref: '※④ 2.',
    text: 'ウイルス対策ソフト等のソフトウェアのアップデートはこまめに行ってください。',
    href: '/security/#antivirus',
  },
  featurePhone: {
    ref: '5.',
    text: '携帯電話（ガラケー）からのみ、WEBバンキングサービスをご利用されているお客様は、サービスをご利用いただけなくなります。',
    href: '/notice/#feature-phone',
  },
} as const;

/**
 * Does the maker still ship security updates for this OS version? The one fact the notice's rule turns on.
 * - `shipped`: yes.
 * - `limited`: yes, for the devices that cannot run the newer version (iOS 18 beside iOS 26). What the maker
 *   still updates counts as supported; the page advises taking the newer version where the device offers it.
 * - `enrolled-only`: only for devices enrolled in a programme (Windows 10 ESU). A web page cannot see the
 *   enrolment, so the checker cannot tell: unknown, with how to find out.
 * - `ended`: no more security updates: outside the recommended environment by ※④ 4.
 */
export type Updates = 'shipped' | 'limited' | 'enrolled-only' | 'ended';

/** ※④ 4. applied: what each kind of OS fact means for the verdict. */
export const osVerdict: Record<Updates, Status> = {
  shipped: 'supported',
  limited: 'supported',
  'enrolled-only': 'unknown',
  ended: 'unsupported',
};

export type OsFamilyId = 'windows' | 'windows-phone' | 'macos' | 'ios' | 'android';

export interface OsRule {
  /** Stable id, used by the parser, the tests and the staff rules. */
  id: string;
  family: OsFamilyId;
  /** The name a customer knows. */
  label: string;
  updates: Updates;
  /** The day the maker stopped security updates (YYYY-MM-DD), where the maker publishes one. */
  endOfSupport?: string;
  /** For OSes numbered by major version (iOS, Android): the majors this rule covers, inclusive. */
  fromMajor?: number;
  toMajor?: number;
  /** One plain sentence for the customer, when it matters. */
  note?: string;
}

/** Types a list of OS rules (checked as OsRule, typed as OsRule[] so that a test can swap in other rules). */
const osRules = /* #__NO_SIDE_EFFECTS__ */ (rules: OsRule[]): OsRule[] => rules;

/**
 * Windows. The User-Agent says `Windows NT 10.0` on both Windows 10 and 11 (Microsoft never changed it),
 * so 10.0 alone cannot be judged; Chromium browsers tell the truth in the client hint `platformVersion`.
 */
export const windows = {
  /** `Windows NT x.y` in the User-Agent → the Windows it means. 10.0 is ambiguous (10 or 11). */
  ntVersions: {
    '10.0': 'ambiguous',
    '6.3': 'windows-8.1',
    '6.2': 'windows-8',
    '6.1': 'windows-7',
    '6.0': 'windows-vista',
    '5.2': 'windows-xp', // XP x64 / Server 2003
    '5.1': 'windows-xp',
    '5.01': 'windows-2000',
    '5.0': 'windows-2000',
    '4.0': 'windows-old',
  } as Record<string, string>,
  /**
   * Client hints (`navigator.userAgentData.getHighEntropyValues(['platformVersion'])`, platform "Windows"):
   * the major number of platformVersion. ≥ 13 → Windows 11; 1–12 → Windows 10; 0 (0.1, 0.2, 0.3) → 7 / 8 / 8.1.
   */
  clientHints: {
    windows11FromMajor: 13,
    windows10FromMajor: 1,
  },
  versions: osRules([
    {
      id: 'windows-11',
      family: 'windows',
      label: 'Windows 11',
      updates: 'shipped',
      note: 'マイクロソフトは、Windows 11 にセキュリティの更新を配布しています。',
    },
    {
      id: 'windows-10',
      family: 'windows',
      label: 'Windows 10',
      updates: 'enrolled-only',
      endOfSupport: '2025-10-14',
      note: 'ただし、拡張セキュリティ更新（ESU）に登録したパソコンには、その期間中はセキュリティの更新が届きます。登録しているかどうかは、このページでは分かりません。',
    },
    { id: 'windows-8.1', family: 'windows', label: 'Windows 8.1', updates: 'ended', endOfSupport: '2023-01-10' },
    { id: 'windows-8', family: 'windows', label: 'Windows 8', updates: 'ended', endOfSupport: '2016-01-12' },
    { id: 'windows-7', family: 'windows', label: 'Windows 7', updates: 'ended', endOfSupport: '2020-01-14' },
    { id: 'windows-7-8', family: 'windows', label: 'Windows 7・8・8.1', updates: 'ended', endOfSupport: '2023-01-10' },
    { id: 'windows-vista', family: 'windows', label: 'Windows Vista', updates: 'ended', endOfSupport: '2017-04-11' },
    { id: 'windows-xp', family: 'windows', label: 'Windows XP', updates: 'ended', endOfSupport: '2014-04-08' },
    { id: 'windows-2000', family: 'windows', label: 'Windows 2000', updates: 'ended', endOfSupport: '2010-07-13' },
    {
      id: 'windows-old',
      family: 'windows',
      label: '古い Windows（Windows 98・Me・NT など）',
      updates: 'ended',
      endOfSupport: '2006-07-11',
    },
    {
      id: 'windows-phone',
      family: 'windows-phone',
      label: 'Windows 10 Mobile（Windows Phone）',
      updates: 'ended',
      endOfSupport: '2020-01-14',
    },
  ]),
};

/**
 * macOS. Safari and Chrome report `Mac OS X 10_15_7` on every macOS since 10.15 (Firefox: `10.15`), so the
 * User-Agent tells only older versions apart: 10.14 and below are ended. Apple publishes no end dates for
 * macOS, and the facts checked on `checkedOn` name no current macOS version, so a Mac reporting 10.15 (or,
 * through Chrome's client hints, any newer macOS) is `unknown`, with how to find out. An iPad in desktop
 * mode reports the same as a Mac; the parser tells it by its touch screen.
 */
export const macos = {
  /** The version every current Mac reports: [major, minor]. Below it: the rules below. */
  frozenAt: [10, 15] as const,
  rules: osRules([
    {
      id: 'macos-10.14-and-older',
      family: 'macos',
      label: 'Mac OS X 10.14 以前',
      updates: 'ended',
      note: 'Apple は、この版へのセキュリティの更新を終えています。',
    },
  ]),
  /**
   * macOS majors (as client hints report them: 26, 15, 14 …) that Apple still ships security updates for,
   * from Apple's security releases page. Empty: none recorded, so such Macs are `unknown`. Adding majors
   * here (with the date checked) makes Chrome and Edge on those Macs `supported`.
   */
  updatedMajors: [] as number[],
};

/**
 * iOS / iPadOS. From iOS 26 Safari freezes the OS part of its User-Agent (`iPhone OS 18_6`, later `18_7`),
 * so the version is read from Safari's `Version/NN`, which follows iOS. Apple skipped 19–25.
 * Browsers on iOS without `Version/` (Chrome: CriOS, Firefox: FxiOS, in-app screens) report the OS part
 * themselves: 26 and above is iOS 26+; 18.6 and above may be the frozen value (iOS 18.6 or later 18.x, or
 * iOS 26 and newer) — both are still updated by Apple, so both are supported.
 */
export const ios = {
  /** The OS part reported from iOS 26 on: 18.6 or later 18.x is ambiguous without `Version/`. */
  frozenFrom: [18, 6] as const,
  rules: osRules([
    {
      id: 'ios-26',
      family: 'ios',
      label: 'iOS・iPadOS 26 以降',
      fromMajor: 26,
      updates: 'shipped',
      note: 'Apple は、iOS 26 にセキュリティの更新を配布しています。',
    },
    {
      id: 'ios-18',
      family: 'ios',
      label: 'iOS・iPadOS 18',
      fromMajor: 18,
      toMajor: 18,
      updates: 'limited',
      note: 'Apple は、iOS 26 にできない機種のために、iOS 18 にもセキュリティの更新を配布しています。',
    },
    {
      id: 'ios-17-and-older',
      family: 'ios',
      label: 'iOS・iPadOS 17 以前',
      toMajor: 17,
      updates: 'ended',
      note: 'Apple は、iOS 17 以前へのセキュリティの更新を終えています。',
    },
  ]),
};

/**
 * Android. Chrome (and other Chromium browsers) reduced their User-Agent to `Android 10; K` whatever the
 * real version; the client hint `platformVersion` gives the real one. Without hints: unknown.
 * Google publishes the fixes; the phone's maker or carrier delivers them to each phone.
 */
export const android = {
  /** The reduced User-Agent's platform part. */
  reducedPattern: /\bAndroid 10; K[;)]/,
  rules: osRules([
    {
      id: 'android-12-and-newer',
      family: 'android',
      label: 'Android 12 以降',
      fromMajor: 12,
      updates: 'shipped',
      note: 'Android 12 以降は、Google がセキュリティの更新を配布している版です（更新は、スマートフォンのメーカーや携帯電話会社から届きます）。',
    },
    {
      id: 'android-11-and-older',
      family: 'android',
      label: 'Android 11 以前',
      toMajor: 11,
      updates: 'ended',
      note: 'Google は、Android 11 以前へのセキュリティの更新を終えています。',
    },
  ]),
};

export type BrowserId = 'chrome' | 'edge' | 'firefox' | 'safari';

export interface BrowserRule {
  id: BrowserId;
  label: string;
  /**
   * The major version its maker was updating on the day checked. This and newer: current. Older: a newer
   * version exists — the page asks for an update (※④ 2), it does not call the environment unsupported.
   */
  currentMajor: number;
}

/** The browsers whose current version is recorded (as of `checkedOn`). */
export const browsers: BrowserRule[] = [
  { id: 'chrome', label: 'Google Chrome', currentMajor: 150 },
  { id: 'edge', label: 'Microsoft Edge', currentMajor: 150 },
  { id: 'firefox', label: 'Firefox', currentMajor: 153 },
  { id: 'safari', label: 'Safari', currentMajor: 26 },
];

export interface UnusableBrowser {
  id: 'ie' | 'android-browser' | 'feature-phone';
  label: string;
  /** Why it cannot be used, in one plain sentence. */
  why: string;
  endOfSupport?: string;
}

/** Browsers that cannot be used whatever their version: their maker no longer updates them, or the notice says so. */
export const unusableBrowsers: UnusableBrowser[] = [
  {
    id: 'ie',
    label: 'Internet Explorer（すべての版）',
    why: 'マイクロソフトが更新を終えています。',
    endOfSupport: '2022-06-15',
  },
  {
    id: 'android-browser',
    label: 'Android 標準ブラウザー（古い Android の「ブラウザ」）',
    why: '古い Android（4 以前）にだけ入っていたブラウザーで、Google の更新は終わっています。',
  },
  {
    id: 'feature-phone',
    label: '携帯電話（ガラケー）のブラウザー（iモード、EZweb、Yahoo!ケータイ、WILLCOM、KaiOS など）',
    why: '当金庫のお知らせの5.のとおり、携帯電話（ガラケー）からはご利用いただけなくなります。',
  },
];

/**
 * What this site decided where the notice and the makers' pages say nothing (the site's decisions, not the
 * bank's; visible and tested here):
 *
 * - Chrome / Edge / Firefox on iPhone and iPad (CriOS, EdgiOS, FxiOS) are judged by their own version with the
 *   same current version as on a PC (their version numbers follow the desktop ones), AND by the iOS version:
 *   on iOS every browser runs on the system's WebKit, which only an iOS update renews. Safari on iPhone and
 *   iPad is part of iOS: it is current whenever the iOS is still updated.
 * - Samsung Internet, Opera, Vivaldi, Brave, Yandex, UC Browser, Firefox Focus and other browsers not listed
 *   above: unknown (no current version recorded), with the advice to update it or open the page in one of the
 *   four listed browsers. They are not called unusable: nothing says so.
 * - In-app screens (LINE, Instagram, …) on iPhone report no browser version: the browser is unknown; the iOS
 *   version is still judged (an ended iOS makes the verdict unsupported).
 * - Android System WebView reports `Chrome/NN` and is judged as Chrome by that number (bowser's reading).
 * - Linux and ChromeOS: unknown (no facts recorded for them).
 * - Robots, crawlers and automated browsers (Googlebot, HeadlessChrome, curl …) are not a customer's device:
 *   unknown, whatever OS they claim.
 * - An empty User-Agent, one that matches nothing, or one longer than `maxUserAgentLength`: unknown.
 * - Client hints are believed only beside a Chromium User-Agent naming the same Chromium major version
 *   (only Chromium browsers send them); otherwise they are ignored, as if the browser had sent none.
 * - A browser so old that it cannot run the checker's module script (every Internet Explorer, Chrome < 61,
 *   Firefox < 60, Safari < 11, the old Android browser) is marked unsupported by a small classic script that
 *   only such browsers run (`<script nomodule>`): such browsers are no longer updated on any OS still updated.
 */
export const decisions = {
  iosThirdPartyBrowsers: 'own-version-and-ios',
  unlistedBrowsers: 'unknown',
  linuxAndChromeOs: 'unknown',
  robots: 'unknown',
} as const;

/** The same decisions in plain Japanese, for the staff rules (src/components/CheckRulesForStaff.astro). */
export const siteDecisions: readonly string[] = [
  'iPhone・iPad の Chrome・Edge・Firefox は、そのブラウザーの版（パソコンと同じ番号）と、iOS の版の両方で判定します。iPhone・iPad の Safari は iOS の一部なので、iOS がサポート中なら「最新の版です」とします。',
  'Samsung Internet、Opera など、最新の版を記録していないブラウザーは「確かめられません」（unknown）です。ご利用いただけないとは言いません。',
  'LINE などのアプリの中の画面はブラウザーの版が分からないため「確かめられません」です。iOS の版は判定します（サポート終了の iOS なら unsupported）。',
  'Linux・ChromeOS は、事実を記録していないため「確かめられません」です。',
  'ロボット（検索エンジンの巡回など）、空の User-Agent、読めない文字列、1,024 文字を超えるものは「確かめられません」です。',
  'JavaScript のモジュールを動かせないほど古いブラウザー（Internet Explorer、古い Android 標準ブラウザーなど）は、小さな予備のスクリプトで「ご利用いただけません」と表示します。',
];

/** A User-Agent longer than this is not a real browser's: unknown (real ones, in-app browsers included, stay under ~500 characters). */
export const maxUserAgentLength = 1024;

/** The device clock: a one-time password is valid for 30 s, so a clock further off than this makes codes fail. */
export const clock = {
  /** Seconds of difference that are fine (the server's Date header has 1 s resolution). */
  fineWithinSeconds: 5,
  /** More than this many seconds off: codes fail. */
  failsBeyondSeconds: 30,
};

/**
 * The whole policy the checker applies, with its date. (The notice's quoted words and the site's decisions in
 * Japanese are exported on their own above: only the pages use them, so the checker's JavaScript leaves them out.)
 */
export const supportPolicy = {
  checkedOn,
  osVerdict,
  windows,
  macos,
  ios,
  android,
  browsers,
  unusableBrowsers,
  decisions,
  maxUserAgentLength,
  clock,
};

export type SupportPolicy = typeof supportPolicy;

const msLifecycle = /* #__NO_SIDE_EFFECTS__ */ (product: string, slug: string): Source =>
  src(`Microsoft Learn「${product} - Microsoft Lifecycle」`, `https://learn.microsoft.com/lifecycle/products/${slug}`);
const appleSecurityReleases = src('Apple サポート「Apple のセキュリティリリース」', 'https://support.apple.com/100100');
const androidBulletins = src('Android オープンソース プロジェクト「Android のセキュリティに関する公開情報」', 'https://source.android.com/docs/security/bulletin');
const uaReduction = src('Chromium「User-Agent Reduction」', 'https://www.chromium.org/updates/ua-reduction/');

/**
 * SOURCES: where each fact above comes from — the maker's own page, and the day it was checked — under the
 * fact's id (an OS rule, a browser, an unusable browser, or one of the reading rules). They sit here, apart
 * from the facts, so that the checker's JavaScript (src/islands/check/, 30 KB budget) does not carry titles
 * and URLs it never shows; /check/ and the staff rules print them. tests/unit/support-policy.test.ts fails if
 * any fact lacks its source.
 */
export const sources: Record<string, Source> = {
  'windows-11': msLifecycle('Windows 11 Home and Pro', 'windows-11-home-and-pro'),
  'windows-10': msLifecycle('Windows 10 Home and Pro', 'windows-10-home-and-pro'),
  'windows-10-esu': src('Microsoft Learn「Extended Security Updates (ESU) program for Windows 10」', 'https://learn.microsoft.com/windows/whats-new/extended-security-updates'),
  'windows-8.1': msLifecycle('Windows 8.1', 'windows-81'),
  'windows-8': msLifecycle('Windows 8', 'windows-8'),
  'windows-7': msLifecycle('Windows 7', 'windows-7'),
  'windows-7-8': msLifecycle('Windows 8.1', 'windows-81'),
  'windows-vista': msLifecycle('Windows Vista', 'windows-vista'),
  'windows-xp': msLifecycle('Windows XP', 'windows-xp'),
  'windows-2000': msLifecycle('Windows 2000', 'windows-2000'),
  'windows-old': src('Microsoft Learn「Windows 98 / Windows Me - Microsoft Lifecycle」', 'https://learn.microsoft.com/lifecycle/products/?terms=Windows%2098'),
  'windows-phone': msLifecycle('Windows 10 Mobile', 'windows-10-mobile'),
  'windows-client-hints': src('Microsoft Learn「Detect Windows 11 using User-Agent Client Hints」', 'https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11'),
  'macos-10.14-and-older': appleSecurityReleases,
  'macos-user-agent': uaReduction,
  'ios-26': appleSecurityReleases,
  'ios-18': appleSecurityReleases,
  'ios-17-and-older': appleSecurityReleases,
  'ios-user-agent': src('WebKit blog「WebKit Features in Safari 26.0」(Update to UA String)', 'https://webkit.org/blog/17333/webkit-features-in-safari-26-0/'),
  'android-12-and-newer': androidBulletins,
  'android-11-and-older': androidBulletins,
  'android-user-agent': uaReduction,
  chrome: src('Google「Chrome Releases」', 'https://chromereleases.googleblog.com/'),
  edge: src('Microsoft Learn「Microsoft Edge リリース ノート（安定版チャネル）」', 'https://learn.microsoft.com/deployedge/microsoft-edge-relnote-stable-channel'),
  firefox: src('Mozilla「Firefox Release Notes」', 'https://www.mozilla.org/firefox/releases/'),
  safari: src('Apple Developer「Safari Release Notes」', 'https://developer.apple.com/documentation/safari-release-notes'),
  ie: msLifecycle('Internet Explorer 11 desktop application', 'internet-explorer-11'),
  'android-browser': androidBulletins,
  'feature-phone': { name: '伊達信用金庫のお知らせ 5.「携帯電話（ガラケー）をご利用のお客様へ」', url: '/notice/#feature-phone', checked: checkedOn },
  clock: src('IETF「RFC 6238 TOTP」(30 s time step)', 'https://www.rfc-editor.org/rfc/rfc6238'),
};

/** The source of a fact by its id. Throws at build time if one is missing (the tests check them all). */
export function sourceOf(id: string, from: Record<string, Source> = sources): Source {
  const s = from[id];
  if (!s) throw new Error(`support-policy: no source for ${id}`);
  return s;
}

/** The rule of a browser by id. */
export function browserRule(id: BrowserId, policy: SupportPolicy = supportPolicy): BrowserRule {
  const rule = policy.browsers.find((b) => b.id === id);
  if (!rule) throw new Error(`support-policy: no rule for browser ${id}`);
  return rule;
}

/** The rule of a Windows version by id. */
export function windowsRule(id: string, policy: SupportPolicy = supportPolicy): OsRule | undefined {
  return policy.windows.versions.find((v) => v.id === id);
}

/** The rule covering a major version in a list of rules (iOS, Android), or undefined (a version that does not exist). */
export function ruleForMajor(rules: readonly OsRule[], major: number): OsRule | undefined {
  return rules.find((r) => (r.fromMajor === undefined || major >= r.fromMajor) && (r.toMajor === undefined || major <= r.toMajor));
}

/** Every OS rule, in the order a customer looks for their device. */
export function allOsRules(policy: SupportPolicy = supportPolicy): OsRule[] {
  return [...policy.windows.versions, ...policy.macos.rules, ...policy.ios.rules, ...policy.android.rules];
}
