import { describe, expect, it } from 'vitest';
import { supportPolicy } from '../../src/data/support-policy';
import { checkEnvironment, detect, normalizeHints } from '../../src/lib/environment';
import { stepText } from '../../src/lib/environment/messages';
import type { StepId } from '../../src/lib/environment/types';

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

describe('browser boundaries (policy as of 2026-11-24)', () => {
  it('Chrome: 149 unsupported, 150 supported', () => {
    expect(check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120')).browser.status).toBe('unsupported');
    expect(check(chromeWin(150), WIN11).browser.status).toBe('supported');
    expect(check(chromeWin(149), hints('Windows', '19.0.0', 'Google Chrome', '149.0.7790.120')).verdict).toBe('unsupported');
    expect(check(chromeWin(150), WIN11).verdict).toBe('supported');
  });
  it('Edge: 149 unsupported, 150 supported', () => {
    expect(check(edgeWin(149), hints('Windows', '19.0.0', 'Microsoft Edge', '149.0.3076.47')).browser).toMatchObject({ status: 'unsupported', rule: 'edge-old' });
    expect(check(edgeWin(150), hints('Windows', '19.0.0', 'Microsoft Edge', '150.0.3100.60')).browser).toMatchObject({ status: 'supported', rule: 'edge-current' });
  });
  it('Firefox: 152 unsupported, 153 supported', () => {
    expect(check(firefoxMac(152)).verdict).toBe('unsupported');
    expect(check(firefoxMac(153)).verdict).toBe('supported');
    expect(check(firefoxMac(152)).browser.rule).toBe('firefox-old');
  });
  it('Safari: 18 unsupported, 26 supported (and 25, which does not exist, below 26)', () => {
    expect(check(safariMac('18.6')).verdict).toBe('unsupported');
    expect(check(safariMac('26.0')).verdict).toBe('supported');
    expect(check(safariMac('25.0')).browser.status).toBe('unsupported');
  });
  it('Internet Explorer 6–11 and legacy Edge are unsupported', () => {
    for (const ua of [
      'Mozilla/4.0 (compatible; MSIE 6.0; Windows NT 5.1; SV1)',
      'Mozilla/4.0 (compatible; MSIE 7.0; Windows NT 6.0)',
      'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)',
      'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)',
      'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)',
      'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045',
    ]) {
      expect(check(ua).verdict, ua).toBe('unsupported');
    }
    expect(check('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko').browser.rule).toBe('ie');
  });
  it('the old Android browser is unsupported', () => {
    const v = check('Mozilla/5.0 (Linux; U; Android 4.0.4; ja-jp; SC-06D Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30');
    expect(v.browser.rule).toBe('android-browser');
    expect(v.verdict).toBe('unsupported');
  });
  it('browsers the policy does not name are unknown, not unsupported', () => {
    const samsung = check(
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
      hints('Android', '15.0.0', 'Samsung Internet', '29.0'),
    );
    expect(samsung.browser).toMatchObject({ status: 'unknown', rule: 'browser-unlisted' });
    expect(samsung.verdict).toBe('unknown');
    expect(check(`${chromeWin(150)} OPR/135.0.0.0`, WIN11).browser.rule).toBe('browser-unlisted');
  });
});

describe('Windows', () => {
  it('client hints platformVersion: 0.x → 7/8/8.1, 1–12 → 10, 13 and above → 11', () => {
    const os = (pv: string) => check(chromeWin(150), hints('Windows', pv)).os;
    expect(os('0.1.0')).toMatchObject({ label: 'Windows 7', status: 'unsupported' });
    expect(os('0.2.0')).toMatchObject({ label: 'Windows 8', status: 'unsupported' });
    expect(os('0.3.0')).toMatchObject({ label: 'Windows 8.1', status: 'unsupported' });
    expect(os('0.0.0')).toMatchObject({ label: 'Windows 7 / 8 / 8.1', status: 'unsupported' });
    for (const pv of ['1.0.0', '10.0.0', '12.0.0']) expect(os(pv), pv).toMatchObject({ label: 'Windows 10', status: 'unsupported', rule: 'windows-10' });
    for (const pv of ['13.0.0', '15.0.0', '19.0.0', '26.0.0']) expect(os(pv), pv).toMatchObject({ label: 'Windows 11', status: 'supported' });
  });
  it('Windows 10 says when support ended, and that ESU covers only enrolled PCs', () => {
    const v = check(chromeWin(150), hints('Windows', '10.0.0'));
    expect(v.verdict).toBe('unsupported');
    expect(v.os.reason).toContain('令和7年10月14日（火）（2025年）');
    expect(v.os.reason).toContain('ESU');
    expect(v.steps).toEqual(['windows-10', 'use-smartphone', 'contact']);
  });
  it('Windows NT 10.0 without client hints is unknown, with the winver step', () => {
    for (const ua of [chromeWin(150), firefoxWin(153)]) {
      const v = check(ua);
      expect(v.os).toMatchObject({ status: 'unknown', rule: 'windows-10-or-11' });
      expect(v.verdict).toBe('unknown');
      expect(v.steps[0]).toBe('windows-check');
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
  it('on an old Windows the steps stop at the PC: no advice to change browsers it cannot run', () => {
    expect(check('Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)').steps).toEqual(['windows-old', 'use-smartphone', 'contact']);
  });
  it('Windows Phone is unsupported', () => {
    const v = check('Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.15063');
    expect(v.os.rule).toBe('windows-phone');
    expect(v.verdict).toBe('unsupported');
  });
});

describe('macOS', () => {
  it('10_14 and below are unsupported; the frozen 10_15_7 is supported', () => {
    expect(check(safariMac('26.0', '10_15_7')).os).toMatchObject({ status: 'supported', rule: 'macos-current' });
    expect(check(safariMac('26.0', '10_14_6')).os).toMatchObject({ status: 'unsupported', label: 'Mac OS X 10.14' });
    expect(check(safariMac('14.1.2', '10_13_6')).os.status).toBe('unsupported');
    expect(check(firefoxMac(153)).os.status).toBe('supported'); // Firefox: "10.15"
    expect(check('Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:153.0) Gecko/20100101 Firefox/153.0').verdict).toBe('unsupported');
  });
  it('client hints give the real macOS version to Chromium browsers', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    expect(check(ua, MAC).os).toMatchObject({ label: 'macOS 15', status: 'supported' });
    expect(check(ua, hints('macOS', '10.14.6')).os.status).toBe('unsupported');
    expect(check(ua, hints('macOS', '10.15.7')).os.status).toBe('supported');
  });
  it('an iPad in desktop mode looks like a Mac: with a touch screen it is read as iPadOS from Safari', () => {
    expect(check(safariMac('26.0'), undefined, 5).os).toMatchObject({ status: 'supported', rule: 'ios-current' });
    expect(check(safariMac('26.0'), undefined, 5).device).toBe('tablet');
    expect(check(safariMac('18.6'), undefined, 5).os).toMatchObject({ status: 'unsupported', rule: 'ios-old' });
    expect(check(safariMac('26.0'), undefined, 0).os.rule).toBe('macos-current');
  });
});

describe('iOS / iPadOS', () => {
  it('reads Safari Version/NN (the OS part is frozen at 18_6 / 18_7 from iOS 26): 18 unsupported, 26 supported', () => {
    expect(check(safariIphone('18_6', '18.6')).os).toMatchObject({ status: 'unsupported', rule: 'ios-old' });
    expect(check(safariIphone('18_6', '26.0')).os).toMatchObject({ status: 'supported', label: 'iPhone（iOS 26）' });
    expect(check(safariIphone('18_7', '26.3')).verdict).toBe('supported');
    expect(check(safariIphone('18_6', '18.6')).verdict).toBe('unsupported');
    expect(check(safariIphone('17_5', '17.5')).verdict).toBe('unsupported');
  });
  it('versions Apple skipped (19–25) are unknown for the OS', () => {
    expect(check(safariIphone('18_6', '19.0')).os.status).toBe('unknown');
    expect(check(criosIphone('25_0')).os.status).toBe('unknown');
  });
  it('iPad', () => {
    const ipad = (os: string, v: string) => `Mozilla/5.0 (iPad; CPU OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${v} Mobile/15E148 Safari/604.1`;
    expect(check(ipad('18_6', '26.0')).os).toMatchObject({ status: 'supported', label: 'iPad（iPadOS 26）' });
    expect(check(ipad('16_7_10', '16.6')).verdict).toBe('unsupported');
  });
  it('Chrome, Firefox, Edge on iOS: their own version AND the iOS version', () => {
    expect(check(criosIphone('26_1', 150)).verdict).toBe('supported');
    expect(check(criosIphone('26_1', 149)).verdict).toBe('unsupported');
    expect(check(criosIphone('17_5_1', 150)).verdict).toBe('unsupported');
    // 18.6 and later 18.x without Version/ may be the frozen value: cannot tell 18 from 26.
    expect(check(criosIphone('18_6', 150)).os.rule).toBe('ios-frozen');
    expect(check(criosIphone('18_6', 150)).verdict).toBe('unknown');
    expect(check(criosIphone('18_5', 150)).verdict).toBe('unsupported');
    const fx = (v: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS 26_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/${v} Mobile/15E148 Safari/605.1.15`;
    expect(check(fx('153.0')).verdict).toBe('supported');
    expect(check(fx('152.1')).verdict).toBe('unsupported');
    const edge = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 EdgiOS/150.0.3100.55 Mobile/15E148 Safari/605.1.15';
    expect(check(edge).browser.rule).toBe('edge-current');
    expect(check(edge).verdict).toBe('supported');
  });
  it('an in-app screen has no browser version: unknown, but an old iOS still makes it unsupported', () => {
    const line = (os: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.12.0`;
    expect(check(line('26_1')).browser.rule).toBe('in-app');
    expect(check(line('26_1')).verdict).toBe('unknown');
    expect(check(line('17_6_1')).verdict).toBe('unsupported');
  });
});

describe('Android', () => {
  it('Chrome reduced UA (Android 10; K): the client hints decide, 11 unsupported, 12 supported', () => {
    const a = (pv: string) => check(chromeAndroidReduced(), hints('Android', pv, 'Google Chrome', '150.0.7811.89', { model: 'Pixel 8' }));
    expect(a('11.0.0').os).toMatchObject({ status: 'unsupported', rule: 'android-old' });
    expect(a('11.0.0').verdict).toBe('unsupported');
    expect(a('12.0.0').os).toMatchObject({ status: 'supported', label: 'Android 12' });
    expect(a('12.0.0').verdict).toBe('supported');
    expect(a('16.0.0').verdict).toBe('supported');
    expect(a('12.0.0').detection.model).toBe('Pixel 8');
  });
  it('reduced UA without client hints is unknown (not Android 10)', () => {
    const v = check(chromeAndroidReduced());
    expect(v.os.rule).toBe('android-reduced');
    expect(v.verdict).toBe('unknown');
    expect(v.steps[0]).toBe('android-check');
  });
  it('a full UA tells the real version (Firefox, old Chrome)', () => {
    expect(check('Mozilla/5.0 (Android 11; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0').verdict).toBe('unsupported');
    expect(check('Mozilla/5.0 (Android 12; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0').verdict).toBe('supported');
    expect(check('Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36').os.status).toBe('unsupported');
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
    expect(check(firefoxWin(152)).verdict).toBe('unsupported'); // OS unknown + browser unsupported
    expect(check(firefoxWin(153)).verdict).toBe('unknown'); // OS unknown + browser supported
    expect(check('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0').verdict).toBe('unknown');
    expect(check(chromeWin(150), WIN11).steps).toEqual([]);
  });
  it('every step has a title and words; links stay on the site', () => {
    const ids: StepId[] = [
      'feature-phone', 'windows-check', 'windows-10', 'windows-old', 'mac-update', 'ios-update', 'ios-check', 'android-update',
      'android-check', 'browser-update', 'browser-switch', 'os-unlisted', 'use-smartphone', 'other-browser', 'contact',
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
    const safari = check(safariMac('18.6'));
    expect(stepText('browser-update', safari).paragraphs[0]).toContain('OS と一緒に');
  });
  it('reasons are polite Japanese sentences', () => {
    for (const ua of [chromeWin(150), firefoxWin(152), safariIphone('18_6', '18.6'), chromeAndroidReduced(), 'DoCoMo/1.0/P503i/c10', '']) {
      const v = check(ua);
      for (const r of [v.os.reason, v.browser.reason]) expect(r).toMatch(/(です|ます|ません|でした|ました|ください)(（[^）]*）)?。$/);
    }
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
    expect(check(criosIphone('18_6'), hints('iOS', '26.0.0')).verdict).toBe('unknown');
    expect(check('DoCoMo/2.0 SH06A3(c500;TB;W24H14)', WIN11).verdict).toBe('unsupported');
  });
  it('naming another Chromium version than the User-Agent', () => {
    expect(check(chromeWin(150), invented('Windows', '10.0')).verdict).toBe('unknown');
    expect(check(chromeAndroidReduced(150), invented('Android', '10')).verdict).toBe('unknown');
    // Consistent hints are used: Edge, Opera and Samsung Internet name the Chromium of their UA.
    expect(check(edgeWin(150), hints('Windows', '19.0.0', 'Microsoft Edge', '150.0.3100.60')).verdict).toBe('supported');
  });
});
