import { describe, expect, it } from 'vitest';
import { supportPolicy } from '../../src/data/support-policy';
import { checkEnvironment, detect, normalizeHints } from '../../src/lib/environment';
import { deviceWords, HEADLINE, headlineFor, headlineKind, leadFor, statusWord, stepText } from '../../src/lib/environment/messages';
import type { StepId, Verdict } from '../../src/lib/environment/types';

/** Client hints as Chromium sends them. */
function hints(platform: string, platformVersion: string, brand = 'Google Chrome', version = '150.0.7811.101', extra: Record<string, unknown> = {}) {
  return {
    platform,
    platformVersion,
    model: '',
    mobile: platform === 'Android',
    fullVersionList: [
      { brand, version },
      { brand: 'Chromium', version },
      { brand: 'Not/A)Brand', version: '99.0.0.0' },
    ],
    ...extra,
  };
}

const chromeWin = (v: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Safari/537.36`;
const edgeWin = (v: number) => `${chromeWin(v)} Edg/${v}.0.3100.60`;
const firefoxWin = (v: number) => `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
const firefoxMac = (v: number) => `Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
const safariMac = (v: string, mac = '10_15_7') => `Mozilla/5.0 (Macintosh; Intel Mac OS X ${mac}) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Safari/605.1.15`;
const safariIphone = (os: string, v: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
const criosIphone = (os: string, v = 150) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/${v}.0.7811.84 Mobile/15E148 Safari/604.1`;
const chromeAndroidReduced = (v = 150) => `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${v}.0.0.0 Mobile Safari/537.36`;
const WIN11 = hints('Windows', '19.0.0');
const MAC = hints('macOS', '15.6.0');

const check = (userAgent: unknown, h?: unknown, maxTouchPoints?: unknown) => checkEnvironment({ userAgent, hints: h, maxTouchPoints });

const firefoxAndroid = (v: number, android = 14) => `Mozilla/5.0 (Android ${android}; Mobile; rv:${v}.0) Gecko/${v}.0 Firefox/${v}.0`;

describe('browsers (※④ 2: keep it updated; facts as of 2026-11-24)', () => {
  it('Chrome: 150 is current; 149 is outdated — an update is asked, the environment is not called unsupported', () => {
    const old = check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120'));
    expect(old.browser).toMatchObject({ status: 'outdated', rule: 'chrome-old', label: 'Google Chrome 149' });
    expect(old.verdict).toBe('supported');
    expect(old.steps).toEqual(['browser-update']);
    expect(headlineFor(old)).toBe(HEADLINE['update-browser']);
    expect(statusWord('browser', old.browser.status)).toBe('新しい版があります');
    const cur = check(chromeWin(150), WIN11);
    expect(cur.browser).toMatchObject({ status: 'supported', rule: 'chrome-current' });
    expect(cur.verdict).toBe('supported');
    expect(cur.steps).toEqual([]);
    expect(headlineFor(cur)).toBe(HEADLINE.supported);
  });
  it('Edge: 149 outdated, 150 current', () => {
    expect(check(edgeWin(149), hints('Windows', '19.0.0', 'Microsoft Edge', '149.0.3076.47')).browser).toMatchObject({ status: 'outdated', rule: 'edge-old' });
    expect(check(edgeWin(150), hints('Windows', '19.0.0', 'Microsoft Edge', '150.0.3100.60')).browser).toMatchObject({ status: 'supported', rule: 'edge-current' });
  });
  it('Firefox: 152 outdated, 153 current', () => {
    expect(check(firefoxAndroid(152)).browser.rule).toBe('firefox-old');
    expect(check(firefoxAndroid(152)).verdict).toBe('supported');
    expect(check(firefoxAndroid(152)).steps).toEqual(['browser-update']);
    expect(check(firefoxAndroid(153)).browser.rule).toBe('firefox-current');
    expect(check(firefoxAndroid(153)).steps).toEqual([]);
  });
  it('Safari on a Mac: 18 outdated, 26 current (25, which does not exist, is below 26)', () => {
    expect(check(safariMac('18.6')).browser.status).toBe('outdated');
    expect(check(safariMac('26.0')).browser.status).toBe('supported');
    expect(check(safariMac('25.0')).browser.status).toBe('outdated');
    expect(stepText('browser-update', check(safariMac('18.6'))).paragraphs[0]).toContain('macOS と一緒に');
  });
  it('an old version of a listed browser is never "unsupported", on any OS', () => {
    for (const ua of [chromeWin(100), firefoxWin(115), safariMac('14.1'), firefoxAndroid(100), criosIphone('26_1', 120)]) {
      expect(check(ua).browser.status, ua).toBe('outdated');
    }
  });
  it('Internet Explorer 6–11 cannot be used', () => {
    for (const ua of [
      'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)',
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0)',
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)',
      'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)',
      'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)',
      'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    ]) {
      expect(check(ua).verdict, ua).toBe('unsupported');
      expect(check(ua).browser.status, ua).toBe('unsupported');
    }
    const ie11 = check('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko');
    expect(ie11.browser.rule).toBe('ie');
    expect(ie11.browser.reason).toContain('令和4年（2022年）6月15日（水）');
    // On Windows 10 or 11 the browser is what stops the customer: switching browsers comes first.
    expect(headlineFor(ie11)).toBe(HEADLINE['browser-unusable']);
    expect(ie11.steps[0]).toBe('browser-switch');
  });
  it('the old Edge (EdgeHTML 18) is an old Edge: update it', () => {
    const v = check('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045');
    expect(v.browser).toMatchObject({ status: 'outdated', rule: 'edge-old' });
    expect(v.verdict).toBe('unknown'); // Windows 10 or 11 cannot be told without hints
    expect(stepText('browser-update', v).paragraphs[0]).toContain('Windows Update');
  });
  it('the old Android browser cannot be used', () => {
    const v = check('Mozilla/5.0 (Linux; U; Android 4.0.4; ja-jp; SC-06D Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30');
    expect(v.browser.rule).toBe('android-browser');
    expect(v.verdict).toBe('unsupported');
  });
  it('browsers without a recorded current version are unknown, not unsupported', () => {
    const samsung = check(
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
      hints('Android', '15.0.0', 'Samsung Internet', '29.0', {
        fullVersionList: [
          { brand: 'Samsung Internet', version: '29.0' },
          { brand: 'Chromium', version: '136.0.7103.60' },
        ],
      }),
    );
    expect(samsung.os).toMatchObject({ status: 'supported', label: 'Android 15' });
    expect(samsung.browser).toMatchObject({ status: 'unknown', rule: 'browser-unlisted' });
    expect(samsung.verdict).toBe('unknown');
    expect(headlineFor(samsung)).toBe(HEADLINE['unknown-browser']);
    expect(samsung.steps).toEqual(['other-browser', 'contact']);
    expect(check(`${chromeWin(150)} OPR/135.0.0.0`, WIN11).browser.rule).toBe('browser-unlisted');
  });
});

describe('Windows', () => {
  it('client hints platformVersion: 0.x → 7/8/8.1, 1–12 → 10, 13 and above → 11', () => {
    const os = (pv: string) => check(chromeWin(150), hints('Windows', pv)).os;
    expect(os('0.1.0')).toMatchObject({ label: 'Windows 7', status: 'unsupported' });
    expect(os('0.2.0')).toMatchObject({ label: 'Windows 8', status: 'unsupported' });
    expect(os('0.3.0')).toMatchObject({ label: 'Windows 8.1', status: 'unsupported' });
    expect(os('0.0.0')).toMatchObject({ label: 'Windows 7・8・8.1', status: 'unsupported' });
    for (const pv of ['1.0.0', '10.0.0', '12.0.0']) expect(os(pv), pv).toMatchObject({ label: 'Windows 10', status: 'unknown', rule: 'windows-10' });
    for (const pv of ['13.0.0', '15.0.0', '19.0.0', '26.0.0']) expect(os(pv), pv).toMatchObject({ label: 'Windows 11', status: 'supported' });
  });
  it('Windows 10: support ended 2025-10-14, ESU reaches only enrolled PCs, which a page cannot see: unknown', () => {
    const v = check(chromeWin(150), hints('Windows', '10.0.0'));
    expect(v.verdict).toBe('unknown');
    expect(v.os.reason).toContain('令和7年（2025年）10月14日（火）に終了しました');
    expect(v.os.reason).toContain('拡張セキュリティ更新（ESU）に登録したパソコン');
    expect(v.os.reason).toContain('このページでは分かりません');
    expect(statusWord('os', v.os.status)).toBe('確かめられません');
    // Update (Windows 11, or ESU) first, then ask the bank; a new PC only last.
    expect(v.steps).toEqual(['windows-10', 'contact', 'new-device']);
    const how = stepText('windows-10', v);
    expect(how.title).toBe('Windows 11 にできるか、ESU に登録しているかをお確かめください');
    expect(how.list?.join('')).toContain('「Windows Update」');
  });
  it('Windows NT 10.0 without client hints is unknown, with the winver step', () => {
    for (const ua of [chromeWin(150), firefoxWin(153)]) {
      const v = check(ua);
      expect(v.os).toMatchObject({ status: 'unknown', rule: 'windows-10-or-11' });
      expect(v.verdict).toBe('unknown');
      expect(v.steps).toEqual(['windows-check', 'windows-10', 'contact']);
      expect(stepText('windows-10', v).title).toMatch(/^Windows 10 だったときは/);
    }
    // Hints without platformVersion (the high-entropy call timed out) are as good as none.
    expect(check(chromeWin(150), { platform: 'Windows', mobile: false }).verdict).toBe('unknown');
    expect(check(chromeWin(150), hints('Windows', '')).verdict).toBe('unknown');
    expect(check(chromeWin(150), hints('Windows', 'abc')).verdict).toBe('unknown');
  });
  it('older NT versions are unsupported whatever the hints say', () => {
    const ua = (nt: string) => `Mozilla/5.0 (Windows NT ${nt}; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0`;
    expect(check(ua('6.3')).os.label).toBe('Windows 8.1');
    expect(check(ua('6.2')).os.label).toBe('Windows 8');
    expect(check(ua('6.1')).os.label).toBe('Windows 7');
    expect(check(ua('6.0')).os.label).toBe('Windows Vista');
    expect(check(ua('5.1')).os.label).toBe('Windows XP');
    expect(check(ua('5.0')).os.label).toBe('Windows 2000');
    expect(check('Mozilla/4.0 (compatible; MSIE 5.5; Windows 98; Win 9x 4.90)').os.rule).toBe('windows-old');
    const win7WithHints = check(`Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36`, hints('Windows', '19.0.0'));
    expect(win7WithHints.os.label).toBe('Windows 7');
  });
  it('an NT version that does not exist is unknown', () => {
    expect(check('Mozilla/5.0 (Windows NT 11.0; Win64; x64; rv:153.0) Gecko/20100101 Firefox/153.0').os.status).toBe('unknown');
  });
  it('an ended Windows: the date, then update → ask the bank → a new PC; no advice about browsers it cannot run', () => {
    const v = check('Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)');
    expect(v.steps).toEqual(['windows-old', 'contact', 'new-device']);
    expect(v.os.reason).toContain('平成26年（2014年）4月8日（火）');
    expect(headlineFor(v)).toBe(HEADLINE['os-ended']);
    expect(check(`Mozilla/5.0 (Windows NT 6.3; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0`).os.reason).toContain('令和5年（2023年）1月10日（火）');
  });
  it('Windows Phone is unsupported', () => {
    const v = check('Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.15063');
    expect(v.os.rule).toBe('windows-phone');
    expect(v.verdict).toBe('unsupported');
    expect(v.steps).toEqual(['contact', 'new-device']);
  });
});

describe('macOS', () => {
  it('10_14 and below are ended; the frozen 10_15_7 cannot tell the version: unknown, with how to find out', () => {
    expect(check(safariMac('26.0', '10_15_7')).os).toMatchObject({ status: 'unknown', rule: 'macos-frozen' });
    expect(check(safariMac('26.0', '10_15_7')).steps).toEqual(['mac-check', 'contact']);
    expect(check(safariMac('26.0', '10_14_6')).os).toMatchObject({ status: 'unsupported', label: 'Mac OS X 10.14' });
    expect(check(safariMac('14.1.2', '10_13_6')).os.status).toBe('unsupported');
    expect(check(firefoxMac(153)).os.rule).toBe('macos-frozen'); // Firefox: "10.15"
    expect(check('Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:153.0) Gecko/20100101 Firefox/153.0').verdict).toBe('unsupported');
    expect(stepText('mac-check').paragraphs.join('')).toContain('ソフトウェアアップデート');
  });
  it('client hints give the real macOS version; with no macOS recorded as still updated, it stays unknown', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    expect(check(ua, MAC).os).toMatchObject({ label: 'macOS 15', status: 'unknown', rule: 'macos-unlisted' });
    expect(check(ua, hints('macOS', '10.14.6')).os.status).toBe('unsupported');
    expect(check(ua, hints('macOS', '10.15.7')).os.status).toBe('unknown');
  });
  it('an iPad in desktop mode looks like a Mac: with a touch screen it is read as iPadOS from Safari', () => {
    expect(check(safariMac('26.0'), undefined, 5).os).toMatchObject({ status: 'supported', rule: 'ios-26', label: 'iPadOS 26' });
    expect(check(safariMac('26.0'), undefined, 5).device).toBe('tablet');
    expect(check(safariMac('18.6'), undefined, 5).os).toMatchObject({ status: 'supported', rule: 'ios-18', label: 'iPadOS 18.6' });
    expect(check(safariMac('17.6'), undefined, 5).os).toMatchObject({ status: 'unsupported', rule: 'ios-17-and-older' });
    expect(check(safariMac('26.0'), undefined, 0).os.rule).toBe('macos-frozen');
  });
});

describe('iOS / iPadOS', () => {
  it('reads Safari Version/NN (the OS part is frozen at 18_6 / 18_7 from iOS 26): 26 and 18 are updated by Apple, 17 and older ended', () => {
    expect(check(safariIphone('18_6', '26.0')).os).toMatchObject({ status: 'supported', rule: 'ios-26', label: 'iOS 26' });
    expect(check(safariIphone('18_7', '26.3')).verdict).toBe('supported');
    expect(check(safariIphone('18_6', '18.6')).os).toMatchObject({ status: 'supported', rule: 'ios-18', label: 'iOS 18.6' });
    expect(check(safariIphone('18_6', '18.6')).verdict).toBe('supported');
    expect(check(safariIphone('17_7', '17.7')).os).toMatchObject({ status: 'unsupported', rule: 'ios-17-and-older' });
    expect(check(safariIphone('17_5', '17.5')).verdict).toBe('unsupported');
  });
  it('iOS 18: supported, explained, with the advice to take iOS 26 where offered — never a new phone', () => {
    const v = check(safariIphone('18_6', '18.6'));
    expect(v.os.reason).toContain('Apple は、iOS 26 にできない機種のために、iOS 18 にもセキュリティの更新を配布しています');
    expect(v.browser).toMatchObject({ label: 'Safari', status: 'supported', rule: 'safari-ios' });
    expect(v.steps).toEqual(['ios-18']);
    expect(headlineFor(v)).toBe(HEADLINE.supported);
    const words = JSON.stringify([v.os, v.browser, leadFor(v), v.steps.map((s) => stepText(s, v))]);
    expect(words).not.toMatch(/買い替え|買替|危険|対象外です/);
    expect(stepText('ios-18', v).paragraphs.join('')).toContain('iOS 26 への更新をおすすめします');
    expect(deviceWords(v)).toBe('iPhone・iOS 18.6・Safari');
  });
  it('an ended iOS: update, then ask the bank, then (only then) a new phone', () => {
    const v = check(safariIphone('17_5', '17.5'));
    expect(v.steps).toEqual(['ios-update', 'contact', 'new-device']);
    expect(stepText('ios-update', v).paragraphs.join('')).toContain('「設定」→「一般」→「ソフトウェアアップデート」');
  });
  it('versions Apple skipped (19–25) are unknown for the OS', () => {
    expect(check(safariIphone('18_6', '19.0')).os.status).toBe('unknown');
    expect(check(criosIphone('25_0')).os.status).toBe('unknown');
  });
  it('iPad says iPadOS', () => {
    const ipad = (os: string, v: string) => `Mozilla/5.0 (iPad; CPU OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
    expect(check(ipad('18_6', '26.0')).os).toMatchObject({ status: 'supported', label: 'iPadOS 26' });
    const v18 = check(ipad('18_7', '18.7'));
    expect(v18.os.reason).toContain('iPadOS 26 にできない機種のために、iPadOS 18 にも');
    expect(stepText('ios-18', v18).title).toBe('iPadOS を最新の状態にしてください');
    expect(check(ipad('16_7_10', '16.6')).verdict).toBe('unsupported');
  });
  it('Chrome, Firefox, Edge on iOS: their own version AND the iOS version', () => {
    expect(check(criosIphone('26_1', 150)).verdict).toBe('supported');
    expect(check(criosIphone('26_1', 149)).verdict).toBe('supported');
    expect(check(criosIphone('26_1', 149)).steps).toEqual(['browser-update']);
    expect(check(criosIphone('17_5_1', 150)).verdict).toBe('unsupported');
    // 18.6 and later 18.x without Version/ may be the frozen value: iOS 18.x or iOS 26+, both still updated.
    const frozen = check(criosIphone('18_6', 150));
    expect(frozen.os).toMatchObject({ rule: 'ios-frozen', status: 'supported', label: 'iOS 18.6 以降' });
    expect(frozen.verdict).toBe('supported');
    expect(frozen.steps).toEqual(['ios-18']);
    expect(check(criosIphone('18_5', 150)).os.rule).toBe('ios-18');
    const fx = (v: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/${v} Mobile/15E148 Safari/605.1.15`;
    expect(check(fx('153.0')).steps).toEqual([]);
    expect(check(fx('152.1')).browser.status).toBe('outdated');
    const edge = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 EdgiOS/150.0.3100.55 Mobile/15E148 Safari/605.1.15';
    expect(check(edge).browser.rule).toBe('edge-current');
    expect(check(edge).verdict).toBe('supported');
  });
  it('an in-app screen has no browser version: unknown, but an ended iOS still makes it unsupported', () => {
    const line = (os: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.12.0`;
    expect(check(line('26_1')).browser.rule).toBe('in-app');
    expect(check(line('26_1')).verdict).toBe('unknown');
    expect(check(line('26_1')).steps).toEqual(['other-browser', 'contact']);
    expect(check(line('17_6_1')).verdict).toBe('unsupported');
  });
});

describe('Android', () => {
  it('Chrome reduced UA (Android 10; K): the client hints decide, 11 ended, 12 updated', () => {
    const a = (pv: string) => check(chromeAndroidReduced(), hints('Android', pv, 'Google Chrome', '150.0.7811.89', { model: 'Pixel 8' }));
    expect(a('11.0.0').os).toMatchObject({ status: 'unsupported', rule: 'android-11-and-older' });
    expect(a('11.0.0').steps).toEqual(['android-update', 'contact', 'new-device']);
    expect(a('11.0.0').verdict).toBe('unsupported');
    expect(a('12.0.0').os).toMatchObject({ status: 'supported', label: 'Android 12' });
    expect(a('12.0.0').verdict).toBe('supported');
    expect(a('16.0.0').verdict).toBe('supported');
    expect(a('12.0.0').detection.model).toBe('Pixel 8');
    expect(deviceWords(a('14.0.0'))).toBe('スマートフォン（Pixel 8）・Android 14・Google Chrome 150');
  });
  it('reduced UA without client hints is unknown (not Android 10)', () => {
    const v = check(chromeAndroidReduced());
    expect(v.os.rule).toBe('android-reduced');
    expect(v.verdict).toBe('unknown');
    expect(v.steps).toEqual(['android-check', 'contact']);
  });
  it('a full UA tells the real version (Firefox, old Chrome)', () => {
    expect(check('Mozilla/5.0 (Android 11; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0').verdict).toBe('unsupported');
    expect(check('Mozilla/5.0 (Android 12; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0').verdict).toBe('supported');
    expect(check('Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36').os.status).toBe('unsupported');
    // An old Chrome on an updated Android: update the browser; the Android itself is fine.
    const old = check('Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36');
    expect(old).toMatchObject({ verdict: 'supported', steps: ['browser-update'] });
    expect(stepText('browser-update', old).paragraphs[0]).toContain('Google Play ストア');
  });
  it('Chrome chrome on a phone asking for the desktop site (Linux UA, Android hints)', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    expect(check(ua, hints('Android', '14.0.0')).os.label).toBe('Android 14');
    expect(check(ua).os.rule).toBe('os-unlisted');
  });
});

describe('feature phones, KaiOS, robots', () => {
  it('every Japanese feature phone and KaiOS is unsupported, with the notice and the contact', () => {
    for (const ua of [
      'DoCoMo/1.0/P503i/c10',
      'DoCoMo/2.0 SH06A3(c500;TB;W24H14)',
      'KDDI-SA31 UP.Browser/6.2.0.7.3.129 (GUI) MMP/2.0',
      'UP.Browser/3.04-SN12 UP.Link/3.4.4',
      'SoftBank/1.0/940SH/SHJ001/SN123456789012345 Browser/NetFront/3.5 Profile/MIDP-2.0 Configuration/CLDC-1.1',
      'Vodafone/1.0/V905SH/SHJ001/SN123456789012345 Browser/VF-NetFront/3.3 Profile/MIDP-2.0 Configuration/CLDC-1.1',
      'J-PHONE/4.3/V602SH/SNJSHA3029293 SH/0005aa Profile/MIDP-1.0 Configuration/CLDC-1.0 Ext-Profile/JSCL-1.3.2',
      'Mozilla/3.0(WILLCOM;KYOCERA/WX310K/2;1.2.2.16.000000/0.1/C100) Opera 7.0',
      'Mozilla/3.0(DDIPOCKET;JRC/AH-J3001V,AH-J3002V/1.0/0100/c50)CNF/2.0',
      'Mozilla/5.0 (Mobile; LYF/F300B/LYF-F300B-001-01-15-130718-i;Android; rv:48.0) Gecko/48.0 Firefox/48.0 KAIOS/2.5',
      'Mozilla/5.0 (Mobile; rv:84.0) Gecko/84.0 Firefox/84.0 KAIOS/3.0',
      'Mozilla/4.0 (compatible; MSIE 6.0; KDDI-SA39) Opera 8.60 [ja]',
      'Mozilla/4.08 (911SH;SoftBank) NetFront/3.5',
      'Mozilla/4.08 (N905i;FOMA;c300;TB)',
      'Nokia6300/2.0 (05.00) Profile/MIDP-2.0 Configuration/CLDC-1.1',
      'Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; ja) Presto/2.5.25 Version/10.54',
    ]) {
      const v = check(ua);
      expect(v.verdict, ua).toBe('unsupported');
      expect(v.device, ua).toBe('feature-phone');
      expect(v.steps, ua).toEqual(['feature-phone', 'contact']);
    }
    const links = stepText('feature-phone').links?.map((l) => l.href);
    expect(links).toEqual(['/notice/#feature-phone', '/contact/']);
    const v = check('DoCoMo/2.0 SH06A3(c500;TB;W24H14)');
    expect(headlineFor(v)).toBe('携帯電話（ガラケー）からは、サービスをご利用いただけなくなります');
    expect(statusWord('os', v.os.status, v.os.rule)).toBe('ご利用いただけなくなります');
    expect(deviceWords(v)).toBe('ドコモの携帯電話（iモード）');
  });
  it('robots and automated browsers are unknown whatever OS they claim', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.7811.101 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/116.0.1938.76 Safari/537.36',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0 Safari/537.36',
      'Mozilla/5.0 (compatible; Bytespider; spider-feedback@bytedance.com)',
      'curl/8.5.0',
      'python-requests/2.32.3',
    ]) {
      const v = check(ua);
      expect(v.verdict, ua).toBe('unknown');
      expect(v.device, ua).toBe('robot');
    }
  });
  it('a smartphone is never taken for a feature phone', () => {
    for (const ua of [chromeAndroidReduced(), safariIphone('18_6', '26.0'), 'Mozilla/5.0 (Linux; Android 14; SoftBank A402SH) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36']) {
      expect(check(ua).device, ua).not.toBe('feature-phone');
    }
  });
  it('a phone brand that ends in "bot" is not a robot (CUBOT)', () => {
    const v = check('Mozilla/5.0 (Linux; Android 13; CUBOT P80) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36');
    expect(v.device).not.toBe('robot');
    expect(v.os.label).toBe('Android 13');
  });
});

describe('robust to any input: unknown, never an exception', () => {
  it('empty, blank, wrong types', () => {
    for (const ua of ['', '   ', '\u0000\u0001', null, undefined, 42, {}, [], true, Symbol('x'), () => 'Chrome/150']) {
      const v = check(ua);
      expect(v.verdict).toBe('unknown');
    }
    expect(checkEnvironment(undefined as never).verdict).toBe('unknown');
    expect(checkEnvironment(null as never).verdict).toBe('unknown');
  });
  it('garbage', () => {
    for (const ua of ['!!!@@@ ### これはブラウザーではありません', 'Mozilla/5.0 (X; Y) Foo/1.0', '()()()((((', '/////', 'Chrome', 'Chrome/', 'Version/26', '\uFFFF\uD800']) {
      expect(check(ua).verdict, ua).toBe('unknown');
    }
  });
  it('a huge string is unknown, quickly', () => {
    const start = Date.now();
    for (const ua of [chromeWin(150) + ' x'.repeat(5000), 'A'.repeat(1_000_000), '('.repeat(100_000), `${'Mozilla/5.0 '.repeat(50_000)}`]) {
      const v = check(ua, WIN11);
      expect(v.verdict).toBe('unknown');
      expect(v.os.rule).toBe('too-long');
    }
    expect(Date.now() - start).toBeLessThan(500);
  });
  it('a string just under the limit is still parsed, fast', () => {
    const ua = `${chromeWin(150)} ${'(a'.repeat(400)}`;
    expect(ua.length).toBeLessThanOrEqual(supportPolicy.maxUserAgentLength);
    const start = Date.now();
    check(ua, WIN11);
    expect(Date.now() - start).toBeLessThan(200);
  });
  it('random strings never throw', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ()/;._-+:,[]{}"\'\\MSIE Windows NT Android iPhone OS Version/ Chrome/ Firefox/ KAIOS DoCoMo 日本語';
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = Math.floor(rand() * 300);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const v = check(s, rand() < 0.3 ? WIN11 : undefined);
      expect(['supported', 'unsupported', 'unknown']).toContain(v.verdict);
    }
  });
  it('garbage client hints are ignored, even ones that throw', () => {
    const evil = {};
    Object.defineProperty(evil, 'platform', {
      get() {
        throw new Error('boom');
      },
    });
    for (const h of [null, 'Windows', 42, [], evil, { platform: 7, platformVersion: {} }, { platform: 'Windows', platformVersion: 'x'.repeat(10_000) }, { fullVersionList: 'nope' }, { fullVersionList: [null, 1, { brand: 1 }] }]) {
      const v = check(chromeWin(150), h);
      expect(v.verdict).toBe('unknown');
    }
    expect(normalizeHints(evil)).toBeUndefined();
    expect(normalizeHints({ platform: 'Windows', platformVersion: '15.0.0', extra: 'dropped' })).toEqual({ platform: 'Windows', platformVersion: '15.0.0' });
  });
  it('control characters are removed before reading', () => {
    expect(detect({ userAgent: 'DoCoMo/2.0\u0000 SH06A3' }).userAgent).toBe('DoCoMo/2.0 SH06A3');
  });
});

describe('overall verdict and words', () => {
  it('unsupported if either part is; supported only if both are; otherwise unknown', () => {
    expect(check(firefoxWin(152)).verdict).toBe('unknown'); // OS unknown + browser outdated
    expect(check(firefoxWin(153)).verdict).toBe('unknown'); // OS unknown + browser current
    expect(check(chromeWin(150), hints('Windows', '0.3.0')).verdict).toBe('unsupported'); // OS ended + browser current
    expect(check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120')).verdict).toBe('supported'); // OS updated + browser outdated
    expect(check('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0').verdict).toBe('unknown');
    expect(check(chromeWin(150), WIN11).steps).toEqual([]);
  });
  it('every step has a title and words; links stay on the site', () => {
    const ids: StepId[] = [
      'feature-phone', 'windows-check', 'windows-10', 'windows-old', 'mac-check', 'mac-update', 'ios-18', 'ios-update', 'ios-check',
      'android-update', 'android-check', 'browser-update', 'browser-switch', 'other-browser', 'os-unlisted', 'contact', 'new-device',
    ];
    for (const id of ids) {
      const s = stepText(id);
      expect(s.id).toBe(id);
      expect(s.title.length).toBeGreaterThan(4);
      expect(s.paragraphs.length).toBeGreaterThan(0);
      for (const l of s.links ?? []) expect(l.href).toMatch(/^\/[a-z-]*\/(#[a-z-]+)?$/);
    }
    expect(stepText('windows-check').list?.join('')).toContain('winver');
  });
  it('the browser-update step names the browser to update', () => {
    const v = check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120'));
    expect(v.browserToUpdate).toBe('chrome');
    expect(stepText('browser-update', v).paragraphs[0]).toContain('Google Chrome について');
  });
  it('reasons are polite Japanese sentences', () => {
    for (const ua of [chromeWin(150), firefoxWin(152), safariIphone('18_6', '18.6'), chromeAndroidReduced(), 'DoCoMo/1.0/P503i/c10', '', 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)', safariMac('26.0')]) {
      const v = check(ua);
      for (const r of [v.os.reason, v.browser.reason]) expect(r).toMatch(/(です|ます|ません|でした|ました|ください)(（[^）]*）)?。$/);
    }
  });
  it('advice comes in order: update → ask the bank → a new device (only where nothing else helps)', () => {
    const all: Verdict[] = [];
    for (const ua of [chromeWin(150), firefoxWin(152), safariIphone('17_5', '17.5'), safariMac('26.0', '10_14_6'), 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)', chromeAndroidReduced()]) all.push(check(ua));
    all.push(check(chromeWin(150), hints('Windows', '10.0.0')), check(chromeAndroidReduced(), hints('Android', '11.0.0', 'Google Chrome', '150.0.7811.89')));
    for (const v of all) {
      const i = v.steps.indexOf('contact');
      const n = v.steps.indexOf('new-device');
      if (n >= 0) {
        expect(n, v.os.rule).toBe(v.steps.length - 1);
        expect(i, v.os.rule).toBe(n - 1);
        expect(i, v.os.rule).toBeGreaterThan(0); // an update step comes first
      }
      // A new device is suggested only when the OS's updates have ended, or for a Windows 10 that can take neither Windows 11 nor ESU.
      if (n >= 0) expect(v.os.status === 'unsupported' || v.os.rule === 'windows-10', v.os.rule).toBe(true);
    }
  });
  it('the words are calm and never call the site’s own numbers the bank’s 推奨環境', () => {
    const ids: StepId[] = ['feature-phone', 'windows-check', 'windows-10', 'windows-old', 'mac-check', 'mac-update', 'ios-18', 'ios-update', 'ios-check', 'android-update', 'android-check', 'browser-update', 'browser-switch', 'other-browser', 'os-unlisted', 'contact', 'new-device'];
    const text = JSON.stringify([HEADLINE, ids.map((id) => stepText(id))]);
    expect(text).not.toMatch(/危険|推奨ブラウザー|推奨環境です|推奨環境かどうか|ご利用できな/);
    for (const ua of [chromeWin(150), safariIphone('18_6', '18.6'), safariIphone('17_5', '17.5'), firefoxWin(152), 'DoCoMo/1.0/P503i/c10']) {
      const v = check(ua);
      // 推奨環境 is said only in the notice's own rule (※④ 4).
      expect(JSON.stringify([leadFor(v), v.os.reason, v.browser.reason]).replace(/お知らせ（※④ 4\.）では、サポートが終了している OS は、当金庫WEBバンキングの推奨環境の対象外となります。/g, '')).not.toContain('推奨環境');
    }
  });
  it('the device in plain words, without the User-Agent string', () => {
    expect(deviceWords(check(chromeWin(150), WIN11))).toBe('パソコン・Windows 11・Google Chrome 150');
    expect(deviceWords(check(firefoxWin(153)))).toBe('パソコン・Windows 10 または Windows 11・Firefox 153');
    expect(deviceWords(check(criosIphone('26_1')))).toBe('iPhone・iOS 26.1・Google Chrome 150');
    expect(deviceWords(check(safariMac('26.0'), undefined, 5))).toBe('iPad（パソコン用の表示）・iPadOS 26・Safari');
    expect(deviceWords(check('curl/8.5.0'))).toBe('ロボット（自動で巡回するプログラム）');
    expect(deviceWords(check(''))).toBe('分かりませんでした');
    for (const ua of [chromeWin(150), safariIphone('18_6', '18.6'), 'DoCoMo/2.0 SH06A3(c500;TB;W24H14)']) {
      expect(deviceWords(check(ua))).not.toContain('Mozilla');
      expect(deviceWords(check(ua))).not.toContain('DoCoMo/');
    }
  });
  it('each kind of result has its own headline', () => {
    expect(headlineKind(undefined)).toBe('pending');
    expect(headlineKind(check(chromeWin(150), WIN11))).toBe('supported');
    expect(headlineKind(check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120')))).toBe('update-browser');
    expect(headlineKind(check(chromeWin(150), hints('Windows', '0.3.0')))).toBe('os-ended');
    expect(headlineKind(check('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko'))).toBe('browser-unusable');
    expect(headlineKind(check('DoCoMo/1.0/P503i/c10'))).toBe('feature-phone');
    expect(headlineKind(check(firefoxWin(153)))).toBe('unknown-os');
    expect(headlineKind(check('curl/8.5.0'))).toBe('unknown');
    expect(new Set(Object.values(HEADLINE)).size).toBe(Object.keys(HEADLINE).length);
  });
});

describe('client hints that the browser did not send are ignored', () => {
  // What Chromium invents when a test overrides only the User-Agent string: its own engine version
  // (here 156) as the brand, and the UA's version as platformVersion.
  const invented = (platform: string, platformVersion: string) => ({
    platform,
    platformVersion,
    model: '',
    mobile: false,
    brands: [
      { brand: 'Not:A-Brand', version: '8' },
      { brand: 'Chromium', version: '156' },
    ],
    fullVersionList: [
      { brand: 'Not:A-Brand', version: '8.0.0.0' },
      { brand: 'Chromium', version: '156.0.8078.79' },
    ],
  });
  it('beside a Firefox, Safari, iOS or feature-phone User-Agent', () => {
    expect(check(firefoxWin(153), invented('Windows', '10.0')).verdict).toBe('unknown');
    expect(check(firefoxWin(153), WIN11).verdict).toBe('unknown');
    expect(check(criosIphone('17_5_1'), hints('iOS', '26.0.0')).verdict).toBe('unsupported');
    expect(check('DoCoMo/2.0 SH06A3(c500;TB;W24H14)', WIN11).verdict).toBe('unsupported');
  });
  it('naming another Chromium version than the User-Agent', () => {
    expect(check(chromeWin(150), invented('Windows', '10.0')).verdict).toBe('unknown');
    expect(check(chromeAndroidReduced(150), invented('Android', '10')).verdict).toBe('unknown');
    // Consistent hints are used: Edge, Opera and Samsung Internet name the Chromium of their UA.
    expect(check(edgeWin(150), hints('Windows', '19.0.0', 'Microsoft Edge', '150.0.3100.60')).verdict).toBe('supported');
  });
});
