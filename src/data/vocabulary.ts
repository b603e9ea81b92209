/**
 * Customers' words for the concepts of this site. Search treats every term of a concept as the same
 * word, in the query and in the answers, so a customer who types 「スマホ」 finds answers that say 「スマートフォン」.
 * The first term is the word the site itself uses. Add words freely; keep each concept to one meaning, and
 * use words that mean something by themselves (not 「とは」「しないと」: grammar would match every question).
 * Terms are compared after NFKC and lower-casing; katakana stays katakana (「タダ」 is not the 「ただ」 of
 * 「いただく」). Readings in hiragana are added at build time from a dictionary (「機種変更」 → 「きしゅへんこう」),
 * so write a hiragana form only where the dictionary cannot know it.
 */
export interface Concept {
  id: string;
  terms: readonly string[];
  /**
   * A word many questions that are not about this site use too (スマホ, メール, お金): a query that names only
   * such words must match most of what it says to be answered (「スマホの料金プラン」 is not about tokens).
   */
  general?: true;
}

export const vocabulary: readonly Concept[] = [
  { id: 'otp', terms: ['ワンタイムパスワード', 'ワンタイム', 'ワンタイムパス', 'OTP', '使い捨てパスワード', 'ワンタイムパスワー', 'one time password', 'onetime password', 'ワンタイムパスワード'] },
  { id: 'token', terms: ['トークン', 'VIP Access', 'VIPアクセス', 'VIP', 'ソフトウェアトークン', 'ソフトトークン', 'アプリ', 'アプリケーション', 'ぶいあいぴーあくせす', 'ブイアイピー'] },
  { id: 'smartphone', terms: ['スマートフォン', 'スマホ', 'スマフォ', 'iPhone', 'アイフォン', 'アイフォーン', 'Android', 'アンドロイド'], general: true },
  { id: 'pc', terms: ['パソコン', 'PC', 'ピーシー', 'コンピューター', 'コンピュータ'], general: true },
  { id: 'feature-phone', terms: ['ガラケー', '携帯電話', 'ケータイ', '携帯', 'フィーチャーフォン', 'iモード', 'i-mode', 'ガラホ', 'けいたい'] },
  { id: 'tablet', terms: ['タブレット', 'iPad', 'アイパッド'], general: true },
  { id: 'cost', terms: ['無料', '有料', 'お金', '料金', '費用', '値段', 'タダ', '手数料', '通信料', '代金', 'いくら', 'むりょう', 'ゆうりょう', 'おかね', 'りょうきん', 'ひよう', 'ねだん', 'てすうりょう', 'つうしんりょう'], general: true },
  { id: 'bank', terms: ['金融機関', '銀行', '他行', '他の銀行', 'ほかの銀行', '別の銀行', 'きんゆうきかん', 'ぎんこう', 'たこう', 'ゆうちょ', '信金', 'しんきん'], general: true },
  { id: 'virus', terms: ['ウイルス', 'ウィルス', '乗っ取', 'のっとり', 'マルウェア', 'ハッキング', 'ハッカー', '不正アクセス'], general: true },
  { id: 'antivirus', terms: ['ウイルス対策ソフト', 'セキュリティソフト', 'ウイルスソフト', 'アンチウイルス', 'ウイルス対策', 'ういるすたいさく'] },
  { id: 'update', terms: ['アップデート', '更新', 'バージョンアップ', 'こうしん'], general: true },
  { id: 'device-change', terms: ['機種変更', '機種変', '買い替え', '買い換え', '買替', '買換', '新しいスマホ', '新しいスマートフォン', '乗り換え', 'スマホを変え', '機種を変え', 'きしゅへんこう', 'きしゅへん', 'かいかえ', 'かいかえた'] },
  { id: 'reinstall', terms: ['再インストール', '入れ直', 'いれなお', 'アンインストール', '削除', '消してしま', '消えた', '消した', 'いれなおし', 'さくじょ'] },
  { id: 'install', terms: ['インストール', 'ダウンロード', '入れ方', '導入', 'インストール方法'], general: true },
  { id: 'credential', terms: ['クレデンシャルID', 'クレデンシャル', 'トークンID', 'シリアル番号', 'シリアル'] },
  { id: 'code', terms: ['セキュリティコード', 'コード', 'ワンタイムコード', '認証コード', '6桁', '六桁', '数字', 'ろっけた', '番号', 'ばんごう'] },
  { id: 'password', terms: ['パスワード', '暗証番号', 'ログインパスワード', 'あんしょうばんごう'], general: true },
  { id: 'lost', terms: ['紛失', 'なくし', '無くし', '失くし', '落とし', '盗まれ', 'なくなっ', '壊れ', '故障', 'ふんしつ', 'おとし', 'こわれ'] },
  { id: 'lock', terms: ['ロック', '凍結', '止まっ', '使えなくなっ', '何度も間違', '何回も間違', 'まちがえ', 'とうけつ'] },
  { id: 'refused', terms: ['通らない', 'エラー', '受け付けられ', '受付されない', '入らない', '弾かれ', 'はじかれ', '違う', '合わない', 'うまくいかない', 'できない', 'とおらない', '使えない', 'つかえない', 'ダメだった', 'ちがう', 'ちがいます', 'まちがい'], general: true },
  { id: 'clock', terms: ['時計', '時刻', 'ずれ', 'ズレ', '日付と時刻', 'とけい', 'じこく', '時間がずれ'], general: true },
  { id: 'contact', terms: ['お問い合わせ', '問い合わせ', '問合せ', '連絡先', '電話番号', '電話', '相談', '窓口', 'TEL', 'でんわ', '担当', 'といあわせ', 'れんらくさき', 'でんわばんごう', 'そうだん', 'まどぐち', '誰に聞', 'だれに聞', '聞けば'], general: true },
  { id: 'bank-contact', terms: ['事務グループ', '事務G', '赤石', '久慈', '阿部', '0142-25-2811', '0142252811'] },
  { id: 'mail-notice', terms: ['メール通知', '通知メール', 'お知らせメール', '通知', 'めーるつうち', 'つうち'] },
  { id: 'mail', terms: ['メール', 'Eメール', 'mail'], general: true },
  { id: 'phishing', terms: ['不審なメール', '怪しいメール', 'あやしいメール', '詐欺メール', 'フィッシング', '迷惑メール', 'なりすまし', '偽メール', '詐欺', '不審', '怪しい', 'あやしい', 'ふしん', 'さぎ'] },
  { id: 'transfer', terms: ['振込', '振り込み', '振込み', 'お振込', '送金', '資金移動', '振り込', 'ふりこみ', 'ふりこむ', 'そうきん', 'ふりこ'], general: true },
  { id: 'webbanking', terms: ['WEBバンキング', 'ウェブバンキング', 'ネットバンキング', 'インターネットバンキング', 'ネットバンク', 'ネットバン', 'オンラインバンキング'], general: true },
  { id: 'os', terms: ['OS', '基本ソフト', 'Windows', 'ウインドウズ', 'ウィンドウズ', 'Mac', 'マック', 'macOS', 'iOS'], general: true },
  { id: 'login', terms: ['ログイン', 'サインイン', 'ログオン'], general: true },
  { id: 'start-date', terms: ['いつから', '開始日', '変更日', '11月21日', '必須化', '義務', 'ひっす', 'いつまで', '期限', '締め切り', '締切'] },
  { id: 'rapport', terms: ['Rapport', 'ラポート', 'ラポール', 'らぽーと', 'rapot', 'らぽ'] },
  { id: 'keyholder', terms: ['キーホルダー', 'ハードウェアトークン', 'ハードウェア', '専用端末', 'カード型', '専用の機械', 'せんようたんまつ', 'きーほるだー', 'ハードトークン', 'はーどとーくん', '物理トークン'] },
  { id: 'old-os', terms: ['サポートの終了', 'サポート終了', 'サポートが終了', 'サポート切れ', '古いパソコン', '古い', 'XP', 'WindowsXP', 'Windows XP', '推奨環境', '対応機種', '対応環境', '動作環境'] },
  { id: 'both', terms: ['両方', '2つ', '二つ', 'ふたつ', 'どちらか一方', 'どちらか', 'どっち', '2台', '二台', '複数', 'それぞれ', 'りょうほう', 'どっちでも', '2個', '二個'], general: true },
  { id: 'damage', terms: ['被害', '被害状況', '件数', '被害額', '統計', 'ひがい', 'けんすう', 'ひがいけんすう'] },
  { id: 'corporate', terms: ['法人', '会社', '企業', '事業者', '会社のパソコン', 'ほうじん', 'かいしゃ', '事務所', 'じむしょ'], general: true },
  { id: 'compensation', terms: ['補償', '保証', '弁償', '補てん', '補填', 'ほしょう'] },
  { id: 'safety', terms: ['防げる', '防止', '安全', '大丈夫', '絶対', 'あんぜん', 'ふせげる'], general: true },
  { id: 'everyone', terms: ['すべてのお客様', '全員', '対象', 'みんな', 'ぜんいん', 'たいしょう'], general: true },
  { id: 'family', terms: ['家族', '息子', '娘', '子ども', '代わり', '代理', '手伝', 'かぞく', 'むすこ', 'むすめ'] },
  { id: 'every-time', terms: ['毎回', 'まいかい', 'そのたび', '都度', '使わない設定', '省略'] },
  { id: 'practice', terms: ['練習', 'れんしゅう', '試し', 'ためし', 'お試し', '体験', '本番の前'] },
  { id: 'guide', terms: ['手引き', 'てびき', 'マニュアル', '説明書', '利用の手引き'], general: true },
  { id: 'register', terms: ['登録', 'とうろく', '設定', 'せってい', '初期設定'], general: true },
  { id: 'reuse', terms: ['一度だけ', '1回だけ', 'もう一回', 'もう一度', '再利用', '同じ番号', '同じコード', '使い回'], general: true },
  { id: 'measures', terms: ['対策', 'セキュリティ対策', '防犯', '気をつけること', '注意点'] },
  { id: 'separate', terms: ['別の', '別々', '別端末', '別の端末', '別の機器'], general: true },
  { id: 'ask-code', terms: ['聞かれ', '尋ね', '教えるよう', '教えてほしい', '教えて欲しい', '教えろ', '聞いてき', 'きかれ', '教えちゃ', '教えてしま', 'おしえちゃ'] },
];
