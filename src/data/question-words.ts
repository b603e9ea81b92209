/**
 * Words that say what kind of answer is wanted, not what it is about: 「登録 手順」 asks about 登録, 「対象顧客 範囲」
 * about 対象. Search leaves them out of a query, like grammar, so an answer is not passed over for lacking them.
 * Staff type them (可否, 案内, 確認方法), and so do polite customers (について, 教えて). Keep to words that never
 * name a subject of their own.
 */
export const questionWords: readonly string[] = [
  '方法', 'やり方', '仕方', '手順', '流れ', '可否', '対応', '案内', '説明', '確認方法', '教えて', '知りたい',
  '範囲', '条件', '詳細', 'について', 'に関して', '顧客', 'お客様', '利用者', '場合', '可能性', '理由', '確認事項', 'URL',
];
