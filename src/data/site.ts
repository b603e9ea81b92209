/** Site-wide settings: the name shown in the header, the main navigation and the page titles. */
export const site = {
  name: '伊達信用金庫 ワンタイムパスワードのご案内',
  shortName: 'ワンタイムパスワードのご案内',
  bankName: '伊達信用金庫',
} as const;

export interface NavItem {
  href: string;
  label: string;
}

/** The customer pages, in the order a customer needs them. The staff page is deliberately not here. */
export const mainNav: NavItem[] = [
  { href: '/notice/', label: 'お知らせ' },
  { href: '/faq/', label: 'よくあるご質問' },
  { href: '/guide/', label: 'ご利用の手引き' },
  { href: '/practice/', label: '練習ページ' },
  { href: '/check/', label: '環境チェック' },
  { href: '/security/', label: 'セキュリティ対策' },
  { href: '/contact/', label: 'お問い合わせ' },
];

export interface EntryLink extends NavItem {
  /** One sentence: what the customer finds there. */
  text: string;
}

/** The big entries on the home page: read, set up, practise, check. */
export const homeEntries: EntryLink[] = [
  { href: '/notice/', label: 'お知らせを読む', text: 'ワンタイムパスワードの必須化について、当金庫からのお知らせの全文です。' },
  { href: '/guide/', label: '設定する（ご利用の手引き）', text: 'アプリの入れ方から、登録・ログイン・お振込みまで、順番にご案内します。' },
  { href: '/practice/', label: '練習ページで試す', text: '本番の前に、練習ページで登録からお振込みまでを試せます。本物のIDは使いません。' },
  { href: '/check/', label: '環境チェック（お使いの機器を確かめる）', text: 'いまお使いのパソコンやスマートフォンの OS がメーカーのサポート中か、ブラウザーが最新の版かを確かめます。' },
  { href: '/faq/', label: 'よくあるご質問', text: '「スマホとパソコンの両方に必要？」「お金はかかる？」などにお答えします。' },
  { href: '/security/', label: 'あわせてお願いしたい対策', text: 'メール通知、不審なメール、ウイルス対策ソフト、Rapport などです。' },
];
