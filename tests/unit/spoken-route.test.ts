import { describe, expect, it } from 'vitest';
import { spokenRoute } from '../../src/lib/spoken-route';

describe('spokenRoute', () => {
  it('says the way to an answer as staff would on the phone', () => {
    expect(spokenRoute({ path: '/faq/#new-phone', label: 'Q16', question: 'スマートフォンを買い替えたとき…' })).toBe('ホーム → 『よくあるご質問』 → Q16');
    expect(spokenRoute({ path: '/faq/#note-2', label: '※②', question: 'パソコンを2台以上お使いの場合の利用例' })).toBe('ホーム → 『よくあるご質問』 → ※②');
    expect(spokenRoute({ path: '/notice/#date', label: '2.', question: '変更日' })).toBe('ホーム → 『お知らせ』 → 「2. 変更日」');
    expect(spokenRoute({ path: '/guide/#install', question: 'アプリ「VIP Access」を入れる' })).toBe('ホーム → 『ご利用の手引き』 → 「アプリ「VIP Access」を入れる」');
    expect(spokenRoute({ path: '/practice/', question: '練習ページ' })).toBe('ホーム → 『練習ページ』');
  });
  it('refuses a page the customer cannot reach from the menu', () => {
    expect(() => spokenRoute({ path: '/staff/', question: 'x' })).toThrow();
  });
});
