/**
 * The support policy as plain rows for people: printed on /check/ at build time, so that a browser that
 * runs no JavaScript (Internet Explorer 8, a feature phone) still reads which environments can be used.
 * Pure: no DOM.
 */
import { browserRule, supportPolicy, windowsRule, type SupportPolicy } from '../../data/support-policy';
import { dateJa } from './format';
import type { Status } from './types';

export interface PolicyRow {
  /** What the customer has. */
  what: string;
  status: Exclude<Status, 'unknown'> | 'unknown';
  /** One sentence: the condition or the reason. */
  detail: string;
}

export interface PolicySummary {
  asOf: string;
  os: PolicyRow[];
  browsers: PolicyRow[];
}

/** The policy as rows, in the order a customer looks for their device. */
export function policySummary(policy: SupportPolicy = supportPolicy): PolicySummary {
  const w10 = windowsRule('windows-10', policy);
  const w81 = windowsRule('windows-8.1', policy);
  const [macMaj, macMin] = policy.macos.minSupported;
  const ios = policy.ios;
  const and = policy.android.minSupportedMajor;
  const os: PolicyRow[] = [
    { what: 'Windows 11', status: 'supported', detail: 'ご利用いただけます。' },
    {
      what: 'Windows 10',
      status: 'unsupported',
      detail: `対象外です。マイクロソフトによるサポートは${w10?.endOfSupport ? dateJa(w10.endOfSupport) : ''}に終了しました。${w10?.note ?? ''}`,
    },
    {
      what: 'Windows 8.1・8・7・Vista・XP など',
      status: 'unsupported',
      detail: `対象外です。サポートが終了しています（Windows 8.1 は${w81?.endOfSupport ? dateJa(w81.endOfSupport) : ''}に終了）。`,
    },
    { what: 'Mac（macOS）', status: 'supported', detail: `ご利用いただけます。ただし Mac OS X ${macMaj}.${macMin - 1} 以前の古い Mac は対象外です。` },
    { what: `iPhone（iOS ${ios.minSupportedMajor} 以降）・iPad（iPadOS ${ios.minSupportedMajor} 以降）`, status: 'supported', detail: 'ご利用いただけます。' },
    { what: `iPhone・iPad（iOS・iPadOS ${ios.maxUnsupportedMajor} 以前）`, status: 'unsupported', detail: `対象外です。${ios.minSupportedMajor} 以降に更新してください。` },
    { what: `Android ${and} 以降`, status: 'supported', detail: 'ご利用いただけます。' },
    { what: `Android ${and - 1} 以前`, status: 'unsupported', detail: '対象外です。' },
    {
      what: '携帯電話（ガラケー）：iモード、EZweb、Yahoo!ケータイ（SoftBank）、WILLCOM、KaiOS など',
      status: 'unsupported',
      detail: 'ご利用いただけなくなりました。お近くの当金庫支店またはお問い合わせ先へご連絡ください。',
    },
  ];
  const browsers: PolicyRow[] = [
    ...(['chrome', 'edge', 'firefox', 'safari'] as const).map((id): PolicyRow => {
      const r = browserRule(id, policy);
      return { what: `${r.label} ${r.minVersion} 以降`, status: 'supported', detail: `ご利用いただけます。${r.minVersion} より前の版は対象外です。` };
    }),
    { what: 'Internet Explorer（すべての版）', status: 'unsupported', detail: 'ご利用いただけません。Microsoft Edge などをお使いください。' },
    { what: 'Android 標準ブラウザー（古い Android の「ブラウザ」）', status: 'unsupported', detail: 'ご利用いただけません。Google Chrome をお使いください。' },
    { what: 'そのほかのブラウザー（Samsung Internet、Opera など）', status: 'unknown', detail: '推奨ブラウザーではないため、判定できません。上の4つのどれかをお使いください。' },
  ];
  return { asOf: policy.asOf, os, browsers };
}
