import { describe, expect, it } from 'vitest';
import {
  allOsRules,
  browsers,
  checkedOn,
  notice,
  osVerdict,
  sources,
  supportPolicy,
  unusableBrowsers,
  windows,
  type SupportPolicy,
} from '../../src/data/support-policy';
import { checkEnvironment } from '../../src/lib/environment';
import { describeClock, measureOffset } from '../../src/lib/environment/clock';
import { policySummary, staffRules, summarySources } from '../../src/lib/environment/summary';
import policySource from '../../src/data/support-policy.ts?raw';
import seed from '../fixtures/seed-notice.txt?raw';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('the support policy file', () => {
  it('is dated 2026-11-24, says so, and holds the facts of that day', () => {
    expect(checkedOn).toBe('2026-11-24');
    expect(policySource).toMatch(/CHECKED ON 2026-11-24/);
    expect(Object.fromEntries(browsers.map((b) => [b.id, b.currentMajor]))).toEqual({ chrome: 150, edge: 150, firefox: 153, safari: 26 });
    const updates = Object.fromEntries(allOsRules().map((r) => [r.id, r.updates]));
    expect(updates).toMatchObject({
      'windows-11': 'shipped',
      'windows-10': 'enrolled-only',
      'windows-8.1': 'ended',
      'windows-7': 'ended',
      'windows-xp': 'ended',
      'macos-10.14-and-older': 'ended',
      'ios-26': 'shipped',
      'ios-18': 'limited',
      'ios-17-and-older': 'ended',
      'android-12-and-newer': 'shipped',
      'android-11-and-older': 'ended',
    });
    expect(supportPolicy.macos.frozenAt).toEqual([10, 15]);
    expect(windows.clientHints).toMatchObject({ windows11FromMajor: 13, windows10FromMajor: 1 });
  });
  it('applies the notice rule ※④ 4: only an OS whose updates have ended is unsupported; what cannot be seen is unknown', () => {
    expect(osVerdict).toEqual({ shipped: 'supported', limited: 'supported', 'enrolled-only': 'unknown', ended: 'unsupported' });
  });
  it('quotes the notice word for word (※④ 4, ※④ 2, 5.)', () => {
    const flat = seed.replace(/\s+/g, '');
    for (const rule of Object.values(notice)) expect(flat, rule.text).toContain(rule.text.replace(/\s+/g, ''));
  });
  it('every fact has a source: the maker’s own page (https) or the notice, with the date it was checked', () => {
    const ids = [...allOsRules().map((r) => r.id), ...browsers.map((b) => b.id), ...unusableBrowsers.map((u) => u.id), 'windows-10-esu', 'windows-client-hints'];
    for (const id of ids) {
      const s = sources[id];
      expect(s, id).toBeDefined();
      expect(s.name.length, id).toBeGreaterThan(3);
      expect(s.url, id).toMatch(id === 'feature-phone' ? /^\/notice\/#feature-phone$/ : /^https:\/\//);
      expect(s.checked, id).toMatch(ISO);
      expect(s.checked <= checkedOn, id).toBe(true);
    }
    // Lifecycle facts come from the makers: Microsoft, Apple, Google (Android).
    expect(sources['windows-10'].url).toContain('learn.microsoft.com/lifecycle');
    expect(sources['ios-18'].url).toContain('support.apple.com');
    expect(sources['android-12-and-newer'].url).toContain('source.android.com');
  });
  it('every end-of-support date is a real date before the day checked, and only on facts that say support ended', () => {
    for (const r of [...allOsRules(), ...unusableBrowsers]) {
      if (!r.endOfSupport) continue;
      expect(r.endOfSupport, r.id).toMatch(ISO);
      expect(Number.isNaN(Date.parse(r.endOfSupport)), r.id).toBe(false);
      expect(r.endOfSupport < checkedOn, r.id).toBe(true);
      if ('updates' in r) expect(r.updates, r.id).not.toBe('shipped');
    }
    expect(windows.versions.find((v) => v.id === 'windows-10')?.endOfSupport).toBe('2025-10-14');
  });
  it('every Windows NT version in the table maps to a rule', () => {
    const ids = new Set(windows.versions.map((v) => v.id));
    for (const [nt, id] of Object.entries(windows.ntVersions)) if (id !== 'ambiguous') expect(ids.has(id), nt).toBe(true);
  });
  it('never calls the site’s own version numbers the bank’s 推奨環境', () => {
    const s = policySummary();
    const text = JSON.stringify([s, staffRules()]);
    // 推奨環境 appears only inside the notice's own sentence, quoted.
    expect(text.replaceAll(notice.osRule.text, '')).not.toContain('推奨環境');
  });
  it('says why ua-parser-js is not used (AGPL) — a bank cannot ship it', () => {
    expect(policySource).toMatch(/ua-parser-js[\s\S]*AGPL/);
    expect(policySource).toMatch(/bowser \(MIT/);
  });
});

describe('the policy is data: the parser follows it', () => {
  const other: SupportPolicy = {
    ...supportPolicy,
    browsers: supportPolicy.browsers.map((b) => (b.id === 'chrome' ? { ...b, currentMajor: 151 } : b)),
    android: {
      ...supportPolicy.android,
      rules: [
        { id: 'android-13-and-newer', family: 'android', label: 'Android 13 以降', fromMajor: 13, updates: 'shipped' },
        { id: 'android-12-and-older', family: 'android', label: 'Android 12 以前', toMajor: 12, updates: 'ended' },
      ],
    },
    macos: { ...supportPolicy.macos, updatedMajors: [26, 15] },
  };
  const otherSources = { ...sources, 'android-13-and-newer': sources['android-12-and-newer'], 'android-12-and-older': sources['android-11-and-older'] };
  it('a newer current Chrome (151) makes Chrome 150 outdated: an update is asked, the verdict stays', () => {
    const ua = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    const hints = { platform: 'Windows', platformVersion: '19.0.0', fullVersionList: [{ brand: 'Google Chrome', version: '150.0.1.2' }] };
    expect(checkEnvironment({ userAgent: ua, hints }).browser.status).toBe('supported');
    const v = checkEnvironment({ userAgent: ua, hints }, other);
    expect(v.browser.status).toBe('outdated');
    expect(v.verdict).toBe('supported');
    expect(v.steps).toEqual(['browser-update']);
  });
  it('ending Android 12 makes Android 12 unsupported', () => {
    const ua = 'Mozilla/5.0 (Android 12; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0';
    expect(checkEnvironment({ userAgent: ua }).verdict).toBe('supported');
    expect(checkEnvironment({ userAgent: ua }, other).verdict).toBe('unsupported');
    expect(checkEnvironment({ userAgent: ua }, other).os.rule).toBe('android-12-and-older');
  });
  it('recording the macOS versions Apple still updates decides Macs whose browser tells the version', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    const hints = (pv: string) => ({ platform: 'macOS', platformVersion: pv, fullVersionList: [{ brand: 'Google Chrome', version: '150.0.1.2' }] });
    expect(checkEnvironment({ userAgent: ua, hints: hints('15.6.0') }).verdict).toBe('unknown');
    expect(checkEnvironment({ userAgent: ua, hints: hints('15.6.0') }, other).verdict).toBe('supported');
    expect(checkEnvironment({ userAgent: ua, hints: hints('14.7.0') }, other).verdict).toBe('unknown');
  });
  it('the plain-text summary printed on /check/ comes from the same data, with sources', () => {
    const s = policySummary();
    expect(s.checkedOn).toBe('2026-11-24');
    expect(s.browsers.map((r) => r.what)).toContain('Google Chrome 150 以降');
    expect(s.browsers.find((r) => r.what.startsWith('Internet Explorer'))?.status).toBe('unsupported');
    const w10 = s.os.find((r) => r.what === 'Windows 10')!;
    expect(w10.status).toBe('unknown');
    expect(w10.detail).toContain('令和7年（2025年）10月14日（火）');
    expect(w10.detail).toContain('ESU');
    expect(w10.sources.map((x) => x.url)).toEqual([sources['windows-10'].url, sources['windows-10-esu'].url]);
    expect(s.os.find((r) => r.what.includes('iOS・iPadOS 18'))?.status).toBe('supported');
    expect(s.os.find((r) => r.what.includes('iOS・iPadOS 17 以前'))?.status).toBe('unsupported');
    for (const r of s.os) expect(r.sources.length, r.what).toBeGreaterThan(0);
    expect(summarySources(s).length).toBeGreaterThan(5);
    expect(policySummary(other, otherSources).browsers.map((r) => r.what)).toContain('Google Chrome 151 以降');
    expect(policySummary(other, otherSources).os.map((r) => r.what)).toContain('Android 13 以降');
    expect(() => policySummary(other)).toThrow(/no source for android-13-and-newer/);
  });
  it('the staff rules list every OS rule and browser with its verdict and source', () => {
    const r = staffRules();
    expect(r.os.map((o) => o.id)).toEqual(allOsRules().map((o) => o.id));
    expect(r.os.find((o) => o.id === 'windows-10')).toMatchObject({ verdict: 'unknown', endOfSupport: '令和7年（2025年）10月14日（火）' });
    expect(r.browsers.map((b) => b.id)).toEqual(['chrome', 'edge', 'firefox', 'safari', 'ie', 'android-browser', 'feature-phone']);
    for (const x of [...r.os, ...r.browsers]) expect(x.source.checked).toBe('2026-11-24');
  });
});

describe('the device clock', () => {
  const header = (ms: number) => new Date(ms).toUTCString();
  it('measures device minus server in whole seconds, from the midpoint of the request', () => {
    const server = Date.UTC(2026, 10, 24, 12, 0, 0, 0);
    // The server read 12:00:00.500 on average; the device sent at +120 s and got the answer 200 ms later.
    expect(measureOffset(server + 120_400, server + 120_600, header(server))).toBe(120);
    expect(measureOffset(server - 45_000 + 400, server - 45_000 + 600, header(server))).toBe(-45);
    expect(measureOffset(server + 400, server + 600, header(server))).toBe(0);
    // A response a cache kept for 90 s carries the server's time of 90 s ago: Age puts it right.
    expect(measureOffset(server + 90_400, server + 90_600, header(server), '90')).toBe(0);
    expect(measureOffset(server + 90_400, server + 90_600, header(server), 'garbage')).toBe(90);
  });
  it('cannot measure without a usable Date header', () => {
    for (const h of [null, undefined, '', 'yesterday', 'x'.repeat(100)]) expect(measureOffset(1, 2, h)).toBeUndefined();
    expect(measureOffset(5, 2, header(0))).toBeUndefined();
  });
  it('within 5 s is fine; up to 30 s a warning; beyond 30 s codes fail', () => {
    expect(describeClock(0).status).toBe('ok');
    expect(describeClock(5).status).toBe('ok');
    expect(describeClock(-5).status).toBe('ok');
    expect(describeClock(6).status).toBe('slightly-off');
    expect(describeClock(30).status).toBe('slightly-off');
    expect(describeClock(-30).status).toBe('slightly-off');
    expect(describeClock(31).status).toBe('off');
    expect(describeClock(-31).status).toBe('off');
    expect(describeClock(31).message).toContain('約31秒進んでいます');
    expect(describeClock(-45).message).toContain('約45秒遅れています');
    expect(describeClock(120).message).toContain('約2分（120秒）進んでいます');
    expect(describeClock(31).message).toContain('30秒ほど以上ずれていると、セキュリティコードが正しくても受け付けられません');
  });
  it('a failed measurement says so clearly', () => {
    const r = describeClock(undefined);
    expect(r.status).toBe('error');
    expect(r.message).toContain('確かめられませんでした');
    expect(describeClock(Number.NaN).status).toBe('error');
  });
});
