/**
 * src/components/CheckRulesForStaff.astro: the checker's rules for staff, rendered with Astro's container API.
 * The staff page (/staff/) will include it; customers' /check/ no longer shows any of it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CheckRulesForStaff from '../../src/components/CheckRulesForStaff.astro';
import { allOsRules, browsers, notice, siteDecisions, sources, unusableBrowsers } from '../../src/data/support-policy';

let html = '';
let text = '';
beforeAll(async () => {
  const container = await AstroContainer.create();
  html = await container.renderToString(CheckRulesForStaff);
  text = html.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
});

describe('CheckRulesForStaff', () => {
  it('is one self-contained section with its own h2', () => {
    expect(html).toMatch(/^\s*<section class="check-rules" id="check-rules" aria-labelledby="check-rules-title"/);
    expect(html).toMatch(/<h2 id="check-rules-title"[^>]*>環境チェックの判定の決まり（職員用）<\/h2>/);
    expect((html.match(/<h2/g) ?? []).length).toBe(1);
  });
  it('can sit under an h2 of the page (level 3)', async () => {
    const container = await AstroContainer.create();
    const nested = await container.renderToString(CheckRulesForStaff, { props: { level: 3 } });
    expect(nested).toMatch(/<h3 id="check-rules-title"[^>]*>環境チェックの判定の決まり（職員用）/);
    expect(nested).toMatch(/<h4[^>]*>決まりは、お知らせのもの<\/h4>/);
    expect(nested).not.toMatch(/<h2/);
  });
  it('states the notice’s rules, and that the site’s numbers are not the bank’s 推奨環境', () => {
    expect(text).toContain(notice.osRule.text);
    expect(text).toContain(notice.updateRule.text);
    expect(text).toContain('このサイト独自の版の基準を、当金庫の推奨環境としてご案内することはありません。');
  });
  it('lists every OS rule and browser from the policy, with its verdict, date and the maker’s source', () => {
    for (const r of allOsRules()) {
      expect(html, r.id).toContain(`data-rule="${r.id}"`);
      expect(html, r.id).toContain(`href="${sources[r.id].url.replace(/&/g, '&amp;')}"`);
    }
    for (const b of [...browsers, ...unusableBrowsers]) expect(html, b.id).toContain(`data-rule="${b.id}"`);
    expect(text).toMatch(/Windows 10（windows-10）：メーカーの更新「ESU に登録したパソコンだけ」→ 確かめられません（unknown）。サポート終了日：令和7年（2025年）10月14日（火）。/);
    expect(text).toMatch(/iOS・iPadOS 18（ios-18）：メーカーの更新「サポート中（新しい版にできない機種向け）」→ サポート中（supported）/);
    expect(text).toMatch(/Google Chrome：150 以降：最新の版（supported）／それより前：新しい版があります/);
    expect(text).toContain('令和8年（2026年）11月24日（火）に確認');
  });
  it('explains how browsers are read and the site’s own decisions', () => {
    expect(text).toContain('Windows NT 10.0');
    expect(text).toContain('winver');
    expect(text).toContain('Version/NN');
    for (const d of siteDecisions) expect(text).toContain(d);
  });
});
