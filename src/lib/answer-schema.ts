/**
 * The shape of one answer as other tools see it (/answers.json, the staff reference). Pure: no content access.
 */
import { z } from 'astro/zod';
import { ANCHOR_ID } from './anchor-id';
import { duplicateCodes, GUIDE_CODE } from './guide-code';

export const answerItemSchema = z.object({
  id: z.string().regex(ANCHOR_ID),
  /** 案内番号: the number staff say on the phone. */
  code: z.string().regex(GUIDE_CODE),
  title: z.string().min(2),
  summary: z.string().min(8).max(120),
  /** The full URL to send to a customer. */
  url: z.url(),
  /** The path and anchor on this site: `/faq/#q2`. */
  path: z.string().regex(/^\/[a-z/-]*(#[a-z][a-z0-9-]*)?$/),
  /** The way to it as staff say it on the phone: 「ホーム → 『よくあるご質問』 → Q16」. */
  route: z.string().min(4),
  group: z.string().min(1),
  words: z.array(z.string()),
});
export type AnswerItem = z.infer<typeof answerItemSchema>;

/** Every answer's 案内番号 is its own: a number said on the phone must open one answer only. */
export const answerListSchema = z.array(answerItemSchema).superRefine((items, ctx) => {
  for (const code of duplicateCodes(items.map((i) => ({ code: i.code, path: i.path })))) {
    ctx.addIssue({ code: 'custom', message: `案内番号 ${code} が2つ以上の回答に付いています` });
  }
});

export const answersFileSchema = z.object({
  site: z.url(),
  count: z.number().int(),
  answers: answerListSchema,
});

/** Items grouped by `group`, in first-seen order. */
export function groupItems(items: AnswerItem[]): [string, AnswerItem[]][] {
  const groups = new Map<string, AnswerItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups];
}
