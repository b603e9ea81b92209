/**
 * The facts of src/data/support-policy.ts as plain rows for people, with their sources:
 * - `policySummary()` for customers: printed on /check/ at build time, so that a browser that runs no
 *   JavaScript (Internet Explorer 8, a feature phone) still reads the notice's rule, each OS's and browser's
 *   state, and where each fact comes from;
 * - `staffRules()` for staff: every rule with its id, its verdict, its date and source
 *   (src/components/CheckRulesForStaff.astro).
 * Pure: no DOM.
 */
import {
  allOsRules,
  browserRule,
  sourceOf,
  sources as allSources,
  supportPolicy,
  windowsRule,
  type OsRule,
  type Source,
  type SupportPolicy,
  type Updates,
} from '../../data/support-policy';
import { dateJa } from './format';
import type { FindingStatus, Status } from './types';

export interface PolicyRow {
  /** What the customer has. */
  what: string;
  /** The icon. */
  status: FindingStatus;
  /** The word beside the icon. */
  word: string;
  /** One or two sentences: the fact and what it means. */
  detail: string;
  /** Where the fact comes from. */
  sources: Source[];
}

export interface PolicySummary {
  checkedOn: string;
  os: PolicyRow[];
  browsers: PolicyRow[];
}

/** The word for an OS fact, as the lists say it. */
export const UPDATES_WORD: Record<Updates, string> = {
  shipped: 'サポート中',
  limited: 'サポート中',
  'enrolled-only': 'ESU に登録したパソコンだけ',
  ended: 'サポート終了',
};

function osRow(rule: OsRule, what: string, policy: SupportPolicy, src: Record<string, Source>, extra = ''): PolicyRow {
  const ended = rule.endOfSupport ? `サポートは${dateJa(rule.endOfSupport)}に終了しました。` : '';
  return {
    what,
    status: policy.osVerdict[rule.updates],
    word: UPDATES_WORD[rule.updates],
    detail: `${ended}${rule.note ?? ''}${extra}`,
    sources: [sourceOf(rule.id, src)],
  };
}

/** The policy as rows, in the order a customer looks for their device. */
export function policySummary(policy: SupportPolicy = supportPolicy, src: Record<string, Source> = allSources): PolicySummary {
  const source = (id: string) => sourceOf(id, src);
  const win = (id: string) => windowsRule(id, policy)!;
  const w81 = win('windows-8.1');
  const mac = policy.macos.rules[0];
  const os: PolicyRow[] = [
    osRow(win('windows-11'), 'Windows 11', policy, src),
    { ...osRow(win('windows-10'), 'Windows 10', policy, src), sources: [source('windows-10'), source('windows-10-esu')] },
    {
      what: 'Windows 8.1 以前（8・7・Vista・XP など）',
      status: policy.osVerdict[w81.updates],
      word: UPDATES_WORD[w81.updates],
      detail: `マイクロソフトによるサポートは終了しています（いちばん新しい Windows 8.1 も${dateJa(w81.endOfSupport!)}に終了しました）。`,
      sources: [source('windows-8.1'), source('windows-7'), source('windows-xp')],
    },
    ...(mac ? [osRow(mac, `Mac（${mac.label}）`, policy, src)] : []),
    {
      what: 'Mac（それより新しい macOS）',
      status: 'unknown',
      word: '版をお確かめください',
      detail:
        'Mac のブラウザーは、新しい macOS でもすべて「10.15」と知らせるため、このページでは判定していません。アップルメニュー →「この Mac について」で版を確かめ、「ソフトウェアアップデート」で最新の状態にしてください。',
      sources: [source('macos-10.14-and-older')],
    },
    ...policy.ios.rules.map((r) =>
      osRow(r, `iPhone・iPad（${r.label}）`, policy, src, r.updates === 'limited' ? 'iOS 26 にできる機種では、iOS 26 への更新をおすすめします。' : ''),
    ),
    ...policy.android.rules.map((r) => osRow(r, r.label, policy, src)),
    {
      what: '携帯電話（ガラケー）：iモード、EZweb、Yahoo!ケータイ（SoftBank）、WILLCOM、KaiOS など',
      status: 'unsupported',
      word: 'ご利用いただけなくなります',
      detail: 'お知らせの5.のとおり、携帯電話（ガラケー）からはご利用いただけなくなります。お近くの当金庫本支店またはお問い合わせ先へご連絡ください。',
      sources: [source('feature-phone')],
    },
  ];
  const browsers: PolicyRow[] = [
    ...(['chrome', 'edge', 'firefox', 'safari'] as const).map((id): PolicyRow => {
      const r = browserRule(id, policy);
      return {
        what: `${r.label} ${r.currentMajor} 以降`,
        status: 'supported',
        word: '最新の版です',
        detail:
          id === 'safari'
            ? `Safari は OS と一緒に更新されます。${r.currentMajor} より前の版の Mac は「ソフトウェアアップデート」で更新してください（iPhone・iPad の Safari は、iOS の状況に従います）。`
            : `${r.currentMajor} より前の版には新しい版が出ていますので、更新してください。`,
        sources: [source(r.id)],
      };
    }),
    ...policy.unusableBrowsers
      .filter((u) => u.id !== 'feature-phone')
      .map(
        (u): PolicyRow => ({
          what: u.label,
          status: 'unsupported',
          word: 'ご利用いただけません',
          detail: `${u.why.replace(/。$/, '')}${u.endOfSupport ? `（${dateJa(u.endOfSupport)}）` : ''}。${u.id === 'ie' ? 'Microsoft Edge などをお使いください。' : 'Google Chrome などをお使いください。'}`,
          sources: [source(u.id)],
        }),
      ),
    {
      what: 'そのほかのブラウザー（Samsung Internet、Opera など）',
      status: 'unknown',
      word: '確かめられません',
      detail: '最新の版かどうかを、このページでは確かめていません。更新が出ていれば入れてください。上の4つのどれかで開くと、自動で確かめられます。',
      sources: [],
    },
  ];
  return { checkedOn: policy.checkedOn, os, browsers };
}

/** Every source cited in the summary, once each, in order. */
export function summarySources(summary: PolicySummary): Source[] {
  const seen = new Map<string, Source>();
  for (const r of [...summary.os, ...summary.browsers]) for (const s of r.sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

export interface StaffOsRow {
  id: string;
  label: string;
  updates: string;
  verdict: Status;
  endOfSupport?: string;
  source: Source;
}

export interface StaffBrowserRow {
  id: string;
  label: string;
  current?: number;
  verdict: string;
  source: Source;
}

/** Every rule for staff: what the checker decides, from which fact, since when, by which source. */
export function staffRules(policy: SupportPolicy = supportPolicy, src: Record<string, Source> = allSources) {
  const os: StaffOsRow[] = allOsRules(policy).map((r) => ({
    id: r.id,
    label: r.label,
    updates: r.updates === 'limited' ? 'サポート中（新しい版にできない機種向け）' : UPDATES_WORD[r.updates],
    verdict: policy.osVerdict[r.updates],
    endOfSupport: r.endOfSupport ? dateJa(r.endOfSupport) : undefined,
    source: sourceOf(r.id, src),
  }));
  const browsers: StaffBrowserRow[] = [
    ...policy.browsers.map((b) => ({
      id: b.id,
      label: b.label,
      current: b.currentMajor,
      verdict: `${b.currentMajor} 以降：最新の版（supported）／それより前：新しい版があります（更新のご案内。全体の判定は OS で決まります）`,
      source: sourceOf(b.id, src),
    })),
    ...policy.unusableBrowsers.map((u) => ({
      id: u.id,
      label: u.label,
      verdict: `ご利用いただけません（unsupported）${u.endOfSupport ? `。${dateJa(u.endOfSupport)}に更新終了` : ''}`,
      source: sourceOf(u.id, src),
    })),
  ];
  const [fMaj, fMin] = policy.macos.frozenAt;
  const { windows11FromMajor, windows10FromMajor } = policy.windows.clientHints;
  const detection = [
    `Windows：User-Agent の「Windows NT 10.0」は Windows 10 と 11 の両方です。Chrome・Edge のクライアントヒント platformVersion が ${windows11FromMajor} 以上なら Windows 11、${windows10FromMajor}〜${windows11FromMajor - 1} なら Windows 10、0.x なら Windows 7・8・8.1。ヒントがなければ「Windows 10 または Windows 11」（確かめられません）で、winver の手順をご案内します。`,
    `Mac：ブラウザーは新しい macOS でも「${fMaj}.${fMin}」と知らせます。それより前（10.14 以前）だけがサポート終了と分かります。Apple は macOS の終了日を公表せず、確認日の事実にも現行の macOS の記載がないため、それ以外の Mac は「確かめられません」です（Chrome・Edge のヒントで版が分かっても同じ。support-policy.ts の macos.updatedMajors に版を足すと判定します）。`,
    'iPhone・iPad：iOS 26 から Safari は OS の部分を「18_6」などに固定するため、Safari の「Version/NN」を iOS の版として読みます。Chrome・Firefox など Version/ のないブラウザーが「18.6」以降を知らせるときは iOS 18 か 26 以降のどちらかで、どちらもサポート中です。19〜25 は存在しない版なので「確かめられません」。',
    'Android：Chrome などは User-Agent で版をいつも「Android 10; K」と知らせるため、クライアントヒントの platformVersion で読みます。ヒントがなければ「確かめられません」です。',
    'クライアントヒントは、User-Agent の Chrome の版と同じ版を名のるときだけ信じます（Chromium は User-Agent だけを書き換えると、ヒントを作り出すため）。',
  ];
  return { checkedOn: policy.checkedOn, os, browsers, detection };
}
