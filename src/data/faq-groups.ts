/**
 * The FAQ page's groups: questions by what the customer wants to do, in the order a customer meets them.
 * Every question of content/faq/ belongs to exactly one group (the build stops otherwise). The notes ※①–※④
 * follow the groups, as the notice gives them.
 */
export interface FaqGroup {
  /** The group's anchor on /faq/ (new anchors; the questions keep their own). */
  id: string;
  title: string;
  /** The questions' ids, in order. */
  questions: readonly string[];
}

export const faqGroups: readonly FaqGroup[] = [
  { id: 'group-devices', title: '使える機器・入れる場所', questions: ['q2', 'q3', 'q4', 'tablet', 'feature-phone-only'] },
  { id: 'group-setup', title: '設定・登録', questions: ['need-help', 'credential-id-and-code'] },
  { id: 'group-daily', title: '毎日の使い方', questions: ['every-time', 'code-rejected', 'locked'] },
  { id: 'group-change', title: '機種変更・紛失', questions: ['new-phone', 'lost-phone'] },
  { id: 'group-safety', title: '安全のために', questions: ['q6', 'asked-for-code', 'q1'] },
  { id: 'group-other', title: '料金・その他', questions: ['q7', 'q5', 'q8'] },
];
