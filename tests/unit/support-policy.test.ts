import { describe, expect, it } from 'vitest';
import { browsers, supportPolicy, windows, type SupportPolicy } from '../../src/data/support-policy';
import { checkEnvironment } from '../../src/lib/environment';
import { describeClock, measureOffset } from '../../src/lib/environment/clock';
import { policySummary } from '../../src/lib/environment/summary';
import policySource from '../../src/data/support-policy.ts?raw';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('the support policy file', () => {
  it('is dated 2026-11-24 and says the SPEC minimums', () => {
    expect(supportPolicy.asOf).toBe('2026-11-24');
    expect(Object.fromEntries(browsers.map((b) => [b.id, b.minVersion]))).toEqual({ chrome: 150, edge: 150, firefox: 153, safari: 26 });
    expect(supportPolicy.ios).toMatchObject({ minSupportedMajor: 26, maxUnsupportedMajor: 18 });
    expect(supportPolicy.android.minSupportedMajor).toBe(12);
    expect(supportPolicy.macos.minSupported).toEqual([10, 15]);
    expect(windows.clientHints).toMatchObject({ windows11FromMajor: 13, windows10FromMajor: 1 });
  });
  it('every end-of-support date is a real date before the policy date, with a named source and a URL', () => {
    for (const v of windows.versions) {
      expect(v.source.name.length, v.id).toBeGreaterThan(3);
      expect(v.source.url, v.id).toMatch(/^https:\/\//);
      if (v.endOfSupport) {
        expect(v.endOfSupport).toMatch(ISO);
        expect(Number.isNaN(Date.parse(v.endOfSupport))).toBe(false);
        expect(v.endOfSupport < supportPolicy.asOf).toBe(true);
        expect(v.status).toBe('unsupported');
      }
    }
    expect(windows.versions.find((v) => v.id === 'windows-10')?.endOfSupport).toBe('2025-10-14');
    for (const b of browsers) expect(b.source.url).toMatch(/^https:\/\//);
  });
  it('every Windows NT version in the table maps to a rule', () => {
    const ids = new Set(windows.versions.map((v) => v.id));
    for (const [nt, id] of Object.entries(windows.ntVersions)) if (id !== 'ambiguous') expect(ids.has(id), nt).toBe(true);
  });
  it('says why ua-parser-js is not used (AGPL) — a bank cannot ship it', () => {
    const text = policySource;
    expect(text).toMatch(/ua-parser-js[\s\S]*AGPL/);
    expect(text).toMatch(/bowser \(MIT/);
  });
});

describe('the policy is data: the parser follows it', () => {
  const stricter: SupportPolicy = {
    ...supportPolicy,
    browsers: supportPolicy.browsers.map((b) => (b.id === 'chrome' ? { ...b, minVersion: 151 } : b)),
    android: { ...supportPolicy.android, minSupportedMajor: 13 },
  };
  it('raising Chrome to 151 makes Chrome 150 unsupported', () => {
    const ua = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';
    expect(checkEnvironment({ userAgent: ua }).browser.status).toBe('supported');
    expect(checkEnvironment({ userAgent: ua }, stricter).browser.status).toBe('unsupported');
  });
  it('raising Android to 13 makes Android 12 unsupported', () => {
    const ua = 'Mozilla/5.0 (Android 12; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0';
    expect(checkEnvironment({ userAgent: ua }).verdict).toBe('supported');
    expect(checkEnvironment({ userAgent: ua }, stricter).verdict).toBe('unsupported');
  });
  it('the plain-text summary printed on /check/ comes from the same data', () => {
    const s = policySummary();
    expect(s.asOf).toBe('2026-11-24');
    expect(s.browsers.map((r) => r.what)).toContain('Google Chrome 150 以降');
    expect(s.browsers.find((r) => r.what.startsWith('Internet Explorer'))?.status).toBe('unsupported');
    expect(s.os.find((r) => r.what === 'Windows 10')?.detail).toContain('令和7年10月14日（火）（2025年）');
    expect(policySummary(stricter).browsers.map((r) => r.what)).toContain('Google Chrome 151 以降');
    expect(policySummary(stricter).os.map((r) => r.what)).toContain('Android 13 以降');
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
