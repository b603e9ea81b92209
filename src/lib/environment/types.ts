/** Types of the environment checker. Pure data: no DOM. */
import type { Status } from '../../data/support-policy';

export type { Status };

/** User-Agent Client Hints as the checker uses them (a safe copy of what the browser gave). */
export interface ClientHints {
  /** Low entropy: "Windows", "macOS", "Android", "Chrome OS", "Linux", … */
  platform?: string;
  /** High entropy: "15.0.0" (Windows 11), "14.0.0" (Android 14), … */
  platformVersion?: string;
  /** High entropy: the phone's model name on Android ("Pixel 8"), empty elsewhere. */
  model?: string;
  mobile?: boolean;
  brands?: BrandVersion[];
  fullVersionList?: BrandVersion[];
}

export interface BrandVersion {
  brand: string;
  version: string;
}

/** What the checker reads. Every field may be missing or of any type: the checker never throws. */
export interface EnvironmentInput {
  userAgent: unknown;
  hints?: unknown;
  /** navigator.maxTouchPoints: an iPad in desktop mode looks like a Mac but has a touch screen. */
  maxTouchPoints?: unknown;
}

export type OsFamily =
  | 'windows'
  | 'windows-phone'
  | 'macos'
  | 'ios'
  | 'ipados'
  | 'android'
  | 'chromeos'
  | 'linux'
  | 'feature-phone'
  | 'other'
  | 'none';

export type BrowserFamily =
  | 'chrome'
  | 'edge'
  | 'firefox'
  | 'safari'
  | 'ie'
  | 'android-browser'
  | 'feature-phone'
  | 'robot'
  | 'other'
  | 'none';

export type DeviceKind = 'pc' | 'smartphone' | 'tablet' | 'feature-phone' | 'robot' | 'unknown';

/** Why a User-Agent could not be read at all. */
export type InputProblem = 'empty' | 'too-long' | 'robot';

export type FeaturePhoneCarrier = 'docomo' | 'au' | 'softbank' | 'willcom' | 'emobile' | 'kaios' | 'other';

/** The facts read from the User-Agent and the client hints, before any policy is applied. */
export interface Detection {
  /** The User-Agent as read (control characters removed); empty when too long. */
  userAgent: string;
  problem?: InputProblem;
  device: DeviceKind;
  featurePhone?: FeaturePhoneCarrier;
  os: DetectedOs;
  browser: DetectedBrowser;
  /** The phone's model from the client hints, when the browser gave one. */
  model?: string;
}

export interface DetectedOs {
  family: OsFamily;
  /** The name the parser found, for families the policy does not name (Linux, Tizen, …). */
  name?: string;
  /** [major, minor] when known. */
  version?: [number, number];
  /** Where the version came from. */
  versionFrom?: 'user-agent' | 'client-hints' | 'safari-version';
  /** Windows: the `Windows NT x.y` (or `Windows 98` …) token. */
  windowsToken?: string;
  /** Android: the User-Agent is Chrome's reduced one (`Android 10; K`). */
  reduced?: boolean;
  /** iOS: the reported OS version may be the frozen one (18.6 and later 18.x, without `Version/`). */
  frozen?: boolean;
  /** An iPad in desktop mode (looks like a Mac, has a touch screen). */
  ipadDesktop?: boolean;
}

export interface DetectedBrowser {
  family: BrowserFamily;
  /** The name as the parser found it ("Chrome", "Samsung Internet for Android", …). */
  name?: string;
  /** The major version, when known. */
  major?: number;
  /** The version as written in the User-Agent ("150.0.0.0"). */
  version?: string;
  /** On iPhone / iPad: every browser runs on the system's WebKit. */
  onIos?: boolean;
  /** Safari without `Version/`: the AppleWebKit build, to tell very old Safari. */
  webkitMajor?: number;
  /** An in-app screen (no browser version of its own). */
  inApp?: boolean;
}

/**
 * The judgement of one part. The OS is judged by the notice's rule (※④ 4): supported, unsupported (its
 * maker's security updates have ended) or unknown. The browser by ※④ 2: supported (the version its maker
 * is updating), `outdated` (a newer version exists: please update — not a reason to call the environment
 * unsupported), unsupported (cannot be used at all: Internet Explorer, the old Android browser, feature
 * phones) or unknown.
 */
export type FindingStatus = Status | 'outdated';

export interface Finding {
  /** What was found, as a customer reads it: 「Windows 11」「iOS 18.6」「Google Chrome 150」. */
  label: string;
  status: FindingStatus;
  /** Why, in one or two plain sentences. */
  reason: string;
  /** The policy rule that decided, for tests and for the staff rules. */
  rule: string;
}

export type StepId =
  | 'feature-phone'
  | 'windows-check'
  | 'windows-10'
  | 'windows-old'
  | 'mac-check'
  | 'mac-update'
  | 'ios-18'
  | 'ios-update'
  | 'ios-check'
  | 'android-update'
  | 'android-check'
  | 'browser-update'
  | 'browser-switch'
  | 'other-browser'
  | 'os-unlisted'
  | 'contact'
  | 'new-device';

/** The overall result. */
export interface Verdict {
  /**
   * unsupported: the OS's security updates have ended (※④ 4), or the browser cannot be used at all;
   * supported: the OS is still updated and the browser can be used (an update may still be advised);
   * unknown: anything that cannot be told.
   */
  verdict: Status;
  device: DeviceKind;
  os: Finding;
  browser: Finding;
  /** What to do next, in order: update, then ask the bank, then (only where nothing else helps) a new device. */
  steps: StepId[];
  /** For `browser-update`: which browser to update. */
  browserToUpdate?: 'chrome' | 'edge' | 'firefox' | 'safari';
  detection: Detection;
}
