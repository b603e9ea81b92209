/**
 * The support policy of the environment checker (/check/): which operating systems and browsers
 * 当金庫WEBバンキング treats as its recommended environment (推奨環境), as decided on `asOf`.
 *
 * This file is data, not code: the parser (src/lib/environment/) reads it, the checker page prints it
 * as plain text for browsers that run no JavaScript, and the unit tests check every boundary in it.
 * To change the policy, change this file (and its date) — not the parser.
 *
 * Every date carries its source as a name and a URL. The URLs are documentation for the people who
 * maintain this file; the site never requests them.
 *
 * Parsing library: bowser (MIT licence) reads the mainstream browsers. ua-parser-js is NOT used:
 * from version 2 it is licensed under AGPL-3.0, which a bank cannot ship in its site.
 * Only what bowser does not know is parsed by our own rules (Japanese feature phones, KaiOS,
 * Chrome's reduced User-Agent on Android, the frozen iOS version, the Windows client hints).
 */

export type Status = 'supported' | 'unsupported' | 'unknown';

/** Where a fact comes from: a name a person can look up, and its URL (documentation only). */
export interface Source {
  name: string;
  url: string;
}

/** The product decision this file implements. */
const decision: Source = {
  name: 'ヘルプサイト仕様書 SPEC.md「The environment checker (/check/)」— 2026-11-24 時点の当金庫の判断',
  url: '../shared/SPEC.md (beside this repository)',
};

export interface OsVersionRule {
  /** Stable id, used by the parser and the tests. */
  id: string;
  /** The name a customer knows. */
  label: string;
  status: Exclude<Status, 'unknown'>;
  /** The day the vendor stopped security updates (YYYY-MM-DD), where the vendor publishes one. */
  endOfSupport?: string;
  source: Source;
  /** One plain sentence for the customer, when it matters. */
  note?: string;
}

const msLifecycle = (product: string, slug: string): Source => ({
  name: `Microsoft Learn, Lifecycle: ${product}`,
  url: `https://learn.microsoft.com/lifecycle/products/${slug}`,
});

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
    source: {
      name: 'Microsoft Learn, "Detect Windows 11 using User-Agent Client Hints"',
      url: 'https://learn.microsoft.com/microsoft-edge/web-platform/how-to-detect-win11',
    } satisfies Source,
  },
  versions: [
    { id: 'windows-11', label: 'Windows 11', status: 'supported', source: msLifecycle('Windows 11 Home and Pro', 'windows-11-home-and-pro') },
    {
      id: 'windows-10',
      label: 'Windows 10',
      status: 'unsupported',
      endOfSupport: '2025-10-14',
      source: msLifecycle('Windows 10 Home and Pro', 'windows-10-home-and-pro'),
      note: '有償の拡張セキュリティ更新（ESU）は、申し込んだパソコンだけが対象です。このページでは申し込みの有無が分からないため、Windows 10 は対象外としてご案内しています。',
    },
    { id: 'windows-8.1', label: 'Windows 8.1', status: 'unsupported', endOfSupport: '2023-01-10', source: msLifecycle('Windows 8.1', 'windows-81') },
    { id: 'windows-8', label: 'Windows 8', status: 'unsupported', endOfSupport: '2016-01-12', source: msLifecycle('Windows 8', 'windows-8') },
    { id: 'windows-7', label: 'Windows 7', status: 'unsupported', endOfSupport: '2020-01-14', source: msLifecycle('Windows 7', 'windows-7') },
    { id: 'windows-7-8', label: 'Windows 7 / 8 / 8.1', status: 'unsupported', endOfSupport: '2023-01-10', source: msLifecycle('Windows 8.1', 'windows-81') },
    { id: 'windows-vista', label: 'Windows Vista', status: 'unsupported', endOfSupport: '2017-04-11', source: msLifecycle('Windows Vista', 'windows-vista') },
    { id: 'windows-xp', label: 'Windows XP', status: 'unsupported', endOfSupport: '2014-04-08', source: msLifecycle('Windows XP', 'windows-xp') },
    { id: 'windows-2000', label: 'Windows 2000', status: 'unsupported', endOfSupport: '2010-07-13', source: msLifecycle('Windows 2000', 'windows-2000') },
    {
      id: 'windows-old',
      label: '古い Windows（Windows 98・Me・NT など）',
      status: 'unsupported',
      endOfSupport: '2006-07-11',
      source: { name: 'Microsoft Support Lifecycle: Windows 98 / Windows 98 SE / Windows Me (extended support ended)', url: 'https://learn.microsoft.com/lifecycle/products/?terms=Windows%2098' },
    },
    { id: 'windows-phone', label: 'Windows Phone / Windows 10 Mobile', status: 'unsupported', source: msLifecycle('Windows 10 Mobile', 'windows-10-mobile') },
  ] satisfies OsVersionRule[],
};

/**
 * macOS. Safari and Chrome report `Mac OS X 10_15_7` on every macOS since 10.15 (Firefox: `10.15`),
 * so only older reported versions can be told apart: 10.14 and below are unsupported; 10.15 and above
 * (what every current Mac reports) are supported. An iPad in desktop mode reports the same as a Mac.
 */
export const macos = {
  /** The lowest reported version that is supported: [major, minor]. */
  minSupported: [10, 15] as const,
  source: {
    name: 'WebKit / Chromium User-Agent reduction: macOS version frozen at 10_15_7',
    url: 'https://www.chromium.org/updates/ua-reduction/',
  } satisfies Source,
  decision,
};

/**
 * iOS / iPadOS. From iOS 26 Safari freezes the OS part of its User-Agent (`iPhone OS 18_6`, later `18_7`),
 * so the version is read from Safari's `Version/NN`, which follows iOS. Apple skipped 19–25.
 * Browsers on iOS without `Version/` (Chrome: CriOS, Firefox: FxiOS, in-app screens) report the OS part
 * themselves: 26 and above is iOS 26+; 18.6 and above may be the frozen value, so it cannot be told.
 */
export const ios = {
  /** Version/NN (or a reported OS major) at or above this: supported. */
  minSupportedMajor: 26,
  /** At or below this: unsupported. Between the two (19–25) no release exists: unknown. */
  maxUnsupportedMajor: 18,
  /** The OS part reported from iOS 26 on: 18.6 or later 18.x is ambiguous without `Version/`. */
  frozenFrom: [18, 6] as const,
  source: {
    name: 'WebKit blog, "WebKit Features in Safari 26.0" (Update to UA String)',
    url: 'https://webkit.org/blog/17333/webkit-features-in-safari-26-0/',
  } satisfies Source,
  decision,
};

/**
 * Android. Chrome (and other Chromium browsers) reduced their User-Agent to `Android 10; K` whatever the
 * real version; the client hint `platformVersion` gives the real one. Without hints: unknown.
 */
export const android = {
  minSupportedMajor: 12,
  /** The reduced User-Agent's platform part. */
  reducedPattern: /\bAndroid 10; K[;)]/,
  source: {
    name: 'Chromium, "User-Agent Reduction" (Android: "Linux; Android 10; K")',
    url: 'https://www.chromium.org/updates/ua-reduction/',
  } satisfies Source,
  decision,
};

export type BrowserId = 'chrome' | 'edge' | 'firefox' | 'safari';

export interface BrowserRule {
  id: BrowserId;
  label: string;
  /** The lowest major version that is supported. */
  minVersion: number;
  /** Where the version can be seen, for people maintaining this file. */
  source: Source;
}

/** The browsers of the recommended environment and their lowest supported versions (as of `asOf`). */
export const browsers: BrowserRule[] = [
  { id: 'chrome', label: 'Google Chrome', minVersion: 150, source: { name: 'Chrome Releases', url: 'https://chromereleases.googleblog.com/' } },
  {
    id: 'edge',
    label: 'Microsoft Edge',
    minVersion: 150,
    source: { name: 'Microsoft Edge release notes (Stable channel)', url: 'https://learn.microsoft.com/deployedge/microsoft-edge-relnote-stable-channel' },
  },
  { id: 'firefox', label: 'Firefox', minVersion: 153, source: { name: 'Firefox Release Notes', url: 'https://www.mozilla.org/firefox/releases/' } },
  { id: 'safari', label: 'Safari', minVersion: 26, source: { name: 'Safari Release Notes', url: 'https://developer.apple.com/documentation/safari-release-notes' } },
];

/** Browsers that are never supported, whatever their version. */
export const unsupportedBrowsers = [
  { id: 'ie', label: 'Internet Explorer（すべてのバージョン）', source: msLifecycle('Internet Explorer 11 desktop application', 'internet-explorer-11') },
  { id: 'android-browser', label: 'Android 標準ブラウザー（古い Android の「ブラウザ」）', source: decision },
  { id: 'feature-phone', label: '携帯電話（ガラケー）のブラウザー（iモード、EZweb、Yahoo!ケータイ、WILLCOM、KaiOS）', source: decision },
] as const;

/**
 * Decisions for what the SPEC does not name, taken here so that they are visible and testable:
 *
 * - Chrome / Edge / Firefox on iPhone and iPad (CriOS, EdgiOS, FxiOS) are judged by their own version
 *   with the same minimum as on a PC (their version numbers follow the desktop ones), AND by the iOS
 *   version: on iOS every browser runs on the system's WebKit, which only an iOS update renews.
 * - Samsung Internet, Opera, Vivaldi, Brave, Yandex, UC Browser, Firefox Focus and other browsers not named
 *   in the policy: 判定できません (unknown), with the advice to open the page in one of the four named
 *   browsers. They are not declared unsupported because the bank has not decided on them.
 * - In-app screens (LINE, Instagram, …) on iPhone report no browser version: the browser is unknown; the
 *   iOS version is still judged (an old iOS makes the verdict 対象外).
 * - Android System WebView reports `Chrome/NN` and is judged as Chrome by that number (bowser's reading).
 * - Linux and ChromeOS are not named in the policy: unknown.
 * - Windows Phone / Windows 10 Mobile: unsupported (Microsoft ended its support).
 * - Robots, crawlers and automated browsers (Googlebot, HeadlessChrome, curl …) are not a customer's device:
 *   unknown, whatever OS they claim.
 * - An empty User-Agent, one that matches nothing, or one longer than `maxUserAgentLength`: unknown.
 * - Client hints are believed only beside a Chromium User-Agent naming the same Chromium major version
 *   (only Chromium browsers send them); otherwise they are ignored, as if the browser had sent none.
 * - A browser so old that it cannot run the checker's module script (every Internet Explorer, Chrome < 61,
 *   Firefox < 60, Safari < 11, the old Android browser) is below every minimum: the page marks it 対象外
 *   with a small classic script that only such browsers run (`<script nomodule>`).
 */
export const decisions = {
  iosThirdPartyBrowsers: 'own-version-and-ios',
  unlistedBrowsers: 'unknown',
  linuxAndChromeOs: 'unknown',
  robots: 'unknown',
} as const;

/** A User-Agent longer than this is not a real browser's: unknown (real ones, in-app browsers included, stay under ~500 characters). */
export const maxUserAgentLength = 1024;

/** The device clock: a one-time password is valid for 30 s, so a clock further off than this makes codes fail. */
export const clock = {
  /** Seconds of difference that are fine (the server's Date header has 1 s resolution). */
  fineWithinSeconds: 5,
  /** More than this many seconds off: codes fail. */
  failsBeyondSeconds: 30,
  source: { name: 'RFC 6238 TOTP (30 s time step)', url: 'https://www.rfc-editor.org/rfc/rfc6238' } satisfies Source,
};

/** The whole policy, with its date. */
export const supportPolicy = {
  asOf: '2026-11-24',
  decision,
  windows,
  macos,
  ios,
  android,
  browsers,
  unsupportedBrowsers,
  decisions,
  maxUserAgentLength,
  clock,
};

export type SupportPolicy = typeof supportPolicy;

/** The rule of a browser by id. */
export function browserRule(id: BrowserId, policy: SupportPolicy = supportPolicy): BrowserRule {
  const rule = policy.browsers.find((b) => b.id === id);
  if (!rule) throw new Error(`support-policy: no rule for browser ${id}`);
  return rule;
}

/** The rule of a Windows version by id. */
export function windowsRule(id: string, policy: SupportPolicy = supportPolicy): OsVersionRule | undefined {
  return policy.windows.versions.find((v) => v.id === id);
}
