/**
 * Pages that answer a call as a whole (not one section of a page): what staff send for
 * 「練習したい」「自分の機械で使えるか」「どこに聞けば」. Shown on the staff reference and in /answers.json.
 */
export interface ToolPage {
  id: string;
  /** 案内番号 (5xx: whole pages; see src/lib/guide-code). */
  code: string;
  url: string;
  title: string;
  summary: string;
  words: string[];
}

export const toolPages: ToolPage[] = [
  {
    id: 'practice-page',
    code: '501',
    url: '/practice/',
    title: '練習ページ（登録からお振込みまでを試す）',
    summary: '本物のIDを使わずに、トークンの登録、ログイン、お振込み、機種変更の流れを練習用の画面で試せます。',
    words: ['練習', '試す', 'お試し', '体験', '不安', 'やってみたい', '本番の前に試す', '何度間違えても', '練習用のID', 'デモ', 'シミュレーション', '模擬', '予行演習', '操作を覚えたい', '機種変更の練習', '失敗が怖い', '登録の練習', '振込の練習'],
  },
  {
    id: 'check-page',
    code: '502',
    url: '/check/',
    title: '環境チェック（お使いの機器で使えるか確かめる）',
    summary: 'いまお使いのパソコンやスマートフォンの OS がメーカーのサポート中か（サポート終了の OS は推奨環境の対象外）、ブラウザーが最新の版か、時計のずれを確かめられます。',
    words: ['対応機種', '推奨環境', '古いパソコン', 'Windows', '時計', 'ブラウザー', '使えるか確認', '自分の機械で使える？', 'このスマホで使える？', 'ブラウザ', 'Safari', 'Chrome', 'Edge', 'Cookie', 'クッキー', '時計のずれ確認', '動作確認', '診断'],
  },
  {
    id: 'contact-page',
    code: '503',
    url: '/contact/',
    title: 'お問い合わせ（事務グループの連絡先）',
    summary: 'ご不明な点は、お近くの本支店または伊達信用金庫 事務グループ（TEL 0142-25-2811）へご連絡ください。',
    words: ['電話番号', '問い合わせ', '連絡先', '窓口', '担当', '事務グループ', '担当者の名前', '伊達信用金庫', '0142-25-2811', '0142252811', '赤石', '久慈', '阿部', 'どこに電話', '誰に聞けば', '電話で相談', '電話の前に', '支店に聞きたい'],
  },
];
