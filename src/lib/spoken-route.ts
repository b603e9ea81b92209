/**
 * The way to an answer as staff say it on the phone: 「ホーム →『よくあるご質問』→ Q16」. Pure.
 */
import { mainNav } from '../data/site';

export interface RouteTarget {
  /** page#anchor, or a page */
  path: string;
  /** 「Q16」「※②」「2.」, when the answer has one */
  label?: string;
  /** The question or task, without the label */
  question: string;
}

export function spokenRoute({ path, label, question }: RouteTarget): string {
  const page = path.split('#')[0];
  const nav = mainNav.find((n) => n.href === page);
  if (!nav) throw new Error(`spokenRoute: ${page} is not in the main navigation`);
  const steps = ['ホーム', `『${nav.label}』`];
  if (path.includes('#')) steps.push(label && /^(Q\d+|※.)$/.test(label) ? label : `「${label ? `${label} ` : ''}${question}」`);
  return steps.join(' → ');
}
