/**
 * The shape of one answer as other tools see it (/answers.json, the staff reference). Pure: no content access.
 */
import { z } from 'astro/zod';
import { ANCHOR_ID } from './anchor-id';

export const answerItemSchema = z.object({
  id: z.string().regex(ANCHOR_ID),
  title: z.string().min(2),
  summary: z.string().min(8).max(120),
  /** The full URL to send to a customer. */
  url: z.url(),
  /** The path and anchor on this site: `/faq/#q2`. */
  path: z.string().regex(/^\/[a-z/-]*(#[a-z][a-z0-9-]*)?$/),
  group: z.string().min(1),
  words: z.array(z.string()),
});
export type AnswerItem = z.infer<typeof answerItemSchema>;

export const answersFileSchema = z.object({
  site: z.url(),
  count: z.number().int(),
  answers: z.array(answerItemSchema),
});

/** Items grouped by `group`, in first-seen order. */
export function groupItems(items: AnswerItem[]): [string, AnswerItem[]][] {
  const groups = new Map<string, AnswerItem[]>();
  for (const item of items) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
  return [...groups];
}
