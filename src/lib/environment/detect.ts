/**
 * Reads a User-Agent string (and client hints) into facts: which OS, which browser, which version.
 * No policy here: src/lib/environment/judge.ts applies src/data/support-policy.ts to these facts.
 *
 * Mainstream browsers and OSes are read by bowser (MIT). Our own rules cover only what bowser does not
 * know: Japanese feature phones and KaiOS, robots, Chrome's reduced Android User-Agent, the frozen iOS
 * version (Safari's `Version/NN`), iPads in desktop mode and Windows 10/11 from client hints.
 * Never throws, whatever the input.
 */
import Bowser from 'bowser';
import { android as androidPolicy, ios as iosPolicy, maxUserAgentLength } from '../../data/support-policy';
import { normalizeHints, parseVersion } from './hints';
import type {
  BrowserFamily,
  ClientHints,
  DetectedBrowser,
  DetectedOs,
  Detection,
  DeviceKind,
  EnvironmentInput,
  FeaturePhoneCarrier,
} from './types';

/** Japanese feature phones (and KaiOS), which bowser does not know. Checked before anything else. */
const FEATURE_PHONES: readonly [RegExp, FeaturePhoneCarrier][] = [
  [/\bKAIOS\//i, 'kaios'],
  [/^DoCoMo\/|\bFOMA\b/i, 'docomo'],
  [/\bKDDI-|\bUP\.Browser\//i, 'au'],
  [/^(?:SoftBank|Vodafone|J-PHONE|Semulator)\/|[(;]\s*(?:SoftBank|Vodafone|J-PHONE)\s*[;)]/i, 'softbank'],
  [/\b(?:WILLCOM|DDIPOCKET)\b/i, 'willcom'],
  [/^emobile\//i, 'emobile'],
  // Any other phone running Java ME (MIDP) or a feature-phone browser (NetFront, Series 40, Opera Mini on J2ME).
  [/\bProfile\/MIDP-|\bJ2ME\/MIDP\b|\bSeries40\b|\bNetFront\//i, 'other'],
];

/**
 * Robots and automated programs. Names bowser knows are listed below; this catches the rest by the
 * conventions crawlers follow (a `…bot/1.0` token, a `+http://` contact URL) and by common HTTP tools.
 */
const ROBOT =
  /\b(?:bot|crawl|slurp|headlesschrome|lighthouse|phantomjs)\b|[a-z]bot\/|bot-google|spider|crawler|\+https?:\/\/|^(?:curl|wget|python-|go-http-client|java\/|okhttp|libwww-perl|axios|node-fetch|undici|postmanruntime|apache-httpclient)/i;

const BOWSER_ROBOTS = new Set([
  'GPTBot', 'ChatGPT-User', 'OAI-SearchBot', 'ClaudeBot', 'Omgilibot', 'Diffbot', 'PerplexityBot', 'Perplexity-User',
  'YouBot', 'Meta-WebIndexer', 'Meta-ExternalAds', 'Meta-ExternalAgent', 'Meta-ExternalFetcher', 'Googlebot',
  'Linespider', 'AmazonBot', 'BingCrawler', 'BaiduSpider', 'DuckDuckBot', 'InternetArchiveCrawler',
  'FacebookExternalHit', 'SlackBot', 'YahooSlurp', 'YandexBot', 'PingdomBot', 'PhantomJS', 'SlimerJS',
]);

/** bowser's browser names → the families the policy knows. Anything else is `other`. */
const BROWSER_FAMILY: Record<string, BrowserFamily> = {
  Chrome: 'chrome',
  'Microsoft Edge': 'edge',
  Firefox: 'firefox',
  Safari: 'safari',
  'Internet Explorer': 'ie',
  'Android Browser': 'android-browser',
};

/** Removes control characters; keeps everything else (the checker shows the string to staff). */
function clean(ua: unknown): string {
  if (typeof ua !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return ua.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

function major(version: string | undefined): number | undefined {
  const v = parseVersion(version);
  return v ? v[0] : undefined;
}

function emptyDetection(userAgent: string, problem: Detection['problem'], device: DeviceKind = 'unknown'): Detection {
  return { userAgent, problem, device, os: { family: 'none' }, browser: { family: problem === 'robot' ? 'robot' : 'none' } };
}

/** Reads the facts. Never throws. */
export function detect(input: EnvironmentInput): Detection {
  let ua = '';
  try {
    ua = clean(input?.userAgent);
    if (!ua) return emptyDetection('', 'empty');
    if (ua.length > maxUserAgentLength) return emptyDetection('', 'too-long');
    const hints = normalizeHints(input?.hints);
    return detectClean(ua, hints && hintsFitUserAgent(ua, hints) ? hints : undefined, Number(input?.maxTouchPoints) || 0);
  } catch {
    // A parser bug must never break the page: what cannot be read is unknown.
    return { userAgent: ua, device: 'unknown', os: { family: 'none' }, browser: { family: 'none' } };
  }
}

/**
 * Client hints are sent only by Chromium browsers (Chrome, Edge, Samsung Internet, Opera …), and their
 * brand list names the same Chromium major version as the User-Agent's `Chrome/NN`. Hints beside any other
 * User-Agent (Firefox, Safari, iOS browsers, IE, feature phones), or naming another Chromium version, were
 * not sent by that browser — Chromium invents such hints when only the User-Agent string is overridden
 * (`Windows NT 10.0` → platformVersion "10.0", which would mean Windows 10) — so they are ignored.
 */
function hintsFitUserAgent(ua: string, hints: ClientHints): boolean {
  const chrome = /\b(?:Chrome|Chromium)\/(\d{1,4})\./.exec(ua);
  if (!chrome || /\b(?:CriOS|FxiOS|EdgiOS)\//.test(ua)) return false;
  const brands = hints.fullVersionList ?? hints.brands;
  if (!brands) return true;
  return brands.some((b) => major(b.version) === Number(chrome[1]));
}

function detectClean(ua: string, hints: ClientHints | undefined, maxTouchPoints: number): Detection {
  for (const [test, carrier] of FEATURE_PHONES) {
    if (test.test(ua)) {
      return {
        userAgent: ua,
        device: 'feature-phone',
        featurePhone: carrier,
        os: { family: 'feature-phone' },
        browser: { family: 'feature-phone' },
      };
    }
  }
  if (ROBOT.test(ua)) return { ...emptyDetection(ua, 'robot', 'robot'), userAgent: ua };

  const bowserHints = hints
    ? { platform: hints.platform, platformVersion: hints.platformVersion, mobile: hints.mobile, model: hints.model, brands: hints.fullVersionList ?? hints.brands }
    : undefined;
  const parser = bowserHints ? Bowser.getParser(ua, bowserHints) : Bowser.getParser(ua);
  const b = parser.getBrowser();
  const o = parser.getOS();
  const platformType = parser.getPlatformType(true);

  if (b.name && BOWSER_ROBOTS.has(b.name)) return { ...emptyDetection(ua, 'robot', 'robot'), userAgent: ua };

  let os = readOs(ua, o.name ?? '', hints);
  if (os.family === 'macos' && maxTouchPoints > 1 && !hints && BROWSER_FAMILY[b.name ?? ''] === 'safari') {
    // An iPad asking for desktop pages: Safari reports a Mac (Macs have no touch screen). Safari's
    // `Version/NN` follows iPadOS, as on an iPhone.
    const v = safariVersion(ua);
    os = v ? { family: 'ipados', ipadDesktop: true, version: v, versionFrom: 'safari-version' } : { family: 'ipados', ipadDesktop: true };
  }
  const browser = readBrowser(ua, b.name ?? '', b.version, os);

  let device: DeviceKind = 'unknown';
  if (os.family === 'ipados') device = 'tablet';
  else if (platformType === 'mobile' || hints?.mobile === true || os.family === 'ios') device = 'smartphone';
  else if (platformType === 'tablet') device = 'tablet';
  else if (platformType === 'desktop' || os.family === 'windows' || os.family === 'macos' || os.family === 'linux' || os.family === 'chromeos') device = 'pc';
  else if (os.family === 'android') device = 'smartphone';

  const detection: Detection = { userAgent: ua, device, os, browser };
  if (hints?.model) detection.model = hints.model;
  return detection;
}

function readOs(ua: string, bowserName: string, hints: ClientHints | undefined): DetectedOs {
  const hintVersion = parseVersion(hints?.platformVersion);
  const hintPlatform = hints?.platform;

  switch (bowserName) {
    case 'Windows': {
      const nt = /\bWindows NT (\d{1,2}\.\d{1,2})/i.exec(ua);
      const legacy = /\bWin(?:dows)?[ _]?(95|98|9x|ME|CE|XP|2000|3\.1)\b/i.exec(ua);
      const token = nt ? nt[1] : legacy ? legacy[1].toUpperCase() : undefined;
      const os: DetectedOs = { family: 'windows', windowsToken: token };
      if (token === '10.0' && hintPlatform === 'Windows' && hintVersion) {
        os.version = hintVersion;
        os.versionFrom = 'client-hints';
      }
      return os;
    }
    case 'Windows Phone':
      return { family: 'windows-phone' };
    case 'macOS': {
      const m = /Mac OS X (\d{1,2})[._](\d{1,2})/i.exec(ua);
      const os: DetectedOs = { family: 'macos' };
      if (hintPlatform === 'macOS' && hintVersion) {
        os.version = hintVersion;
        os.versionFrom = 'client-hints';
      } else if (m) {
        os.version = [Number(m[1]), Number(m[2])];
        os.versionFrom = 'user-agent';
      }
      return os;
    }
    case 'iOS':
      return readIos(ua);
    case 'Android': {
      const os: DetectedOs = { family: 'android' };
      if (androidPolicy.reducedPattern.test(ua)) os.reduced = true;
      if (hintPlatform === 'Android' && hintVersion) {
        os.version = hintVersion;
        os.versionFrom = 'client-hints';
      } else if (!os.reduced) {
        const m = /\bAndroid[\s/-]?(\d{1,2})(?:\.(\d{1,2}))?/i.exec(ua);
        if (m) {
          os.version = [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])];
          os.versionFrom = 'user-agent';
        }
      }
      return os;
    }
    case 'Chrome OS':
      return { family: 'chromeos', name: 'ChromeOS' };
    case 'Linux':
      // Chrome's "desktop site" on an Android phone says Linux; its client hints still say Android.
      if (hintPlatform === 'Android') {
        return hintVersion ? { family: 'android', version: hintVersion, versionFrom: 'client-hints' } : { family: 'android' };
      }
      return { family: 'linux', name: 'Linux' };
    case '':
      return { family: 'none' };
    default:
      return { family: 'other', name: bowserName };
  }
}

/** Safari's `Version/NN.n`, which on iOS follows the iOS version. */
function safariVersion(ua: string): [number, number] | undefined {
  const m = /\bVersion\/(\d{1,3})(?:\.(\d{1,3}))?/.exec(ua);
  return m ? [Number(m[1]), m[2] === undefined ? 0 : Number(m[2])] : undefined;
}

function readIos(ua: string): DetectedOs {
  const family = /\biPad\b/.test(ua) ? 'ipados' : 'ios';
  const m = /\bOS (\d{1,2})[._](\d{1,2})(?:[._]\d{1,2})? like Mac OS X/i.exec(ua);
  const reported: [number, number] | undefined = m ? [Number(m[1]), Number(m[2])] : undefined;
  const [fMaj, fMin] = iosPolicy.frozenFrom;
  const frozen = !!reported && reported[0] === fMaj && reported[1] >= fMin;
  // The reported OS version is true unless it is (or may be) the frozen one; then Safari's Version/NN
  // tells the real iOS. (Old Safari numbers differ from iOS: iPhone OS 3 had Safari 4.)
  if (reported && !frozen) return { family, version: reported, versionFrom: 'user-agent' };
  const v = safariVersion(ua);
  if (v) return { family, version: v, versionFrom: 'safari-version' };
  if (reported) return { family, version: reported, versionFrom: 'user-agent', frozen };
  return { family };
}

function readBrowser(ua: string, bowserName: string, bowserVersion: string | undefined, os: DetectedOs): DetectedBrowser {
  const family: BrowserFamily = bowserName ? (BROWSER_FAMILY[bowserName] ?? 'other') : 'none';
  const browser: DetectedBrowser = { family };
  if (bowserName) browser.name = bowserName;
  if (bowserVersion) {
    browser.version = bowserVersion;
    const m = major(bowserVersion);
    if (m !== undefined) browser.major = m;
  }
  if (os.family === 'ios' || os.family === 'ipados') browser.onIos = true;
  if (family === 'safari' && browser.major === undefined) {
    const wk = /AppleWebKit\/(\d{1,4})/i.exec(ua);
    if (wk) browser.webkitMajor = Number(wk[1]);
    if (browser.onIos) browser.inApp = true;
  }
  return browser;
}
