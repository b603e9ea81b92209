/**
 * Pages that answer a call as a whole (not one section of a page): what staff send for
 * 「練習したい」「自分の機械で使えるか」「どこに聞けば」. Shown on the staff reference and in /answers.json.
 */
export interface ToolPage {
  id: string;
  url: string;
  title: string;
  summary: string;
  words: string[];
}

export const toolPages: ToolPage[] = [
  {
    id: 'practice-page',
    url: '/practice/',
    title: '練習ページ（登録からお振込みまでを試す）',
    summary: '本物のIDを使わずに、トークンの登録、ログイン、お振込み、機種変更の流れを練習用の画面で試せます。',
    words: ['練習', '試す', 'お試し', '体験', '不安', 'やってみたい'],
  },
  {
    id: 'check-page',
    url: '/check/',
    title: '環境チェック（お使いの機器で使えるか確かめる）',
    summary: 'いまお使いのパソコンやスマートフォン、ブラウザーが推奨環境かどうかと、時計のずれを確かめられます。',
    words: ['対応機種', '推奨環境', '古いパソコン', 'Windows', 'iPhone', 'Android', '時計', 'ブラウザー'],
  },
  {
    id: 'contact-page',
    url: '/contact/',
    title: 'お問い合わせ（事務グループの連絡先）',
    summary: 'ご不明な点は、お近くの本支店または伊達信用金庫 事務グループ（TEL 0142-25-2811）へご連絡ください。',
    words: ['電話番号', '問い合わせ', '連絡先', '窓口', '担当'],
  },
];
