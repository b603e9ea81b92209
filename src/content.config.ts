import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ANCHOR_ID } from './lib/anchor-id';

/**
 * Every answer on the site (a notice section, a FAQ question, a note, a guide task, a security measure)
 * has the same shape. This is the one place that shape is defined.
 */
const answer = z.object({
  /** The stable anchor: part of the link contract. Lower-case letters, digits and hyphens. */
  id: z.string().regex(ANCHOR_ID),
  /**
   * 案内番号: the number staff say on the phone, which the customer types on the home page (src/lib/guide-code).
   * 1xx お知らせ, 2xx よくあるご質問 (Q7 = 207, ※①–※④ = 251–254), 3xx 手引き, 4xx 対策, 5xx whole pages.
   * Unique across the site (the build stops on a duplicate); never reuse or change one once given out.
   */
  code: z.number().int().min(101).max(999),
  /** Sort order on its page. */
  order: z.number().int(),
  /** The customer's question or the task, as the heading. */
  title: z.string().min(2),
  /** One line, fit to read aloud on the phone. */
  summary: z.string().min(8).max(120),
  /** Words customers use for this answer that the text itself may not contain (for search and the staff filter). */
  words: z.array(z.string()).default([]),
  /** Customers' words for each case under its own heading (`<h3 id>`), by the heading's id: each case is found on its own. */
  caseWords: z.record(z.string().regex(ANCHOR_ID), z.array(z.string())).default({}),
  /** A short label shown before the title, such as 「Q1」 or 「1.」. */
  label: z.string().optional(),
  /** Where the text comes from: the bank's notice (`seed`) or written for this site (`site`). */
  source: z.enum(['seed', 'site']).default('seed'),
});

const collection = (base: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `./content/${base}`, generateId: ({ data }) => String(data.id) }),
    schema: answer,
  });

/** Prose that introduces a page (the notice's greeting, the home page's lead): a title and a description. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/pages' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});

export const collections = {
  pages,
  notice: collection('notice'),
  faq: collection('faq'),
  notes: collection('notes'),
  guide: collection('guide'),
  security: collection('security'),
};

export type Answer = z.infer<typeof answer>;
