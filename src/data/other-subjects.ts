/**
 * Subjects this site does not answer, as customers name them: a query that names one (「通帳をなくした」,
 * 「LINEの認証コード」) is about something else, even when it shares words with the site (なくした, 認証).
 * Search then answers it only when an answer covers most of what it says, never because one of the site's own
 * words appears in it. Each term must be a word the site's answers do not use (a unit test checks this).
 */
export interface OtherSubject {
  /** What the terms are about, for whoever edits the list. */
  group: string;
  terms: readonly string[];
}

export const otherSubjects: readonly OtherSubject[] = [
  { group: '預金・通帳・ATM', terms: ['定期預金', '普通預金', '積立預金', '満期', '利息', '金利', '利率', '通帳', '記帳', '通帳記入', 'キャッシュカード', 'ATM', 'コンビニATM', '両替', '硬貨', '新札', '小銭', '貸金庫', '口座開設', '口座解約', '休眠口座', '残高証明', '口座振替', '組戻し', '手形', '小切手', '当座預金', 'でんさい', '振込手数料', 'ATM手数料', '来店予約', '駐車場'] },
  { group: 'ローン', terms: ['ローン', '住宅ローン', 'カードローン', 'マイカーローン', '教育ローン', 'フリーローン', '融資', '借入', '借り入れ', '返済', '繰上返済', '審査', '保証人', '担保'] },
  { group: 'カード', terms: ['クレジットカード', 'クレカ', 'デビットカード', 'カード再発行', 'ETCカード'] },
  { group: '名義・住所・相続', terms: ['住所変更', '氏名変更', '名義変更', '改姓', '届出印', '印鑑', '相続', '遺言', '遺産', '成年後見'] },
  { group: '外貨・保険・投資', terms: ['外貨', '外貨預金', '外貨両替', '為替', '為替レート', '米ドル', '海外送金', '外国送金', '保険', '生命保険', '医療保険', '火災保険', '自動車保険', '共済', '保険料', '投資', '投資信託', '投信', 'NISA', 'ニーサ', 'iDeCo', 'イデコ', '株価', '国債', '仮想通貨', '暗号資産', 'ビットコイン'] },
  { group: '税金・公共料金', terms: ['税金', '納税', '納付書', '住民税', '固定資産税', '自動車税', '所得税', '公共料金', '電気代', '水道代', 'ガス代', '支給日'] },
  { group: '決済アプリ・ポイント', terms: ['PayPay', 'ペイペイ', '楽天ペイ', 'd払い', 'メルペイ', 'LINE Pay', 'Apple Pay', 'Google Pay', 'Suica', 'PASMO', 'nanaco', 'WAON', '電子マネー', 'QR決済', 'バーコード決済', 'ポイ活', 'dポイント', 'Tポイント', 'Vポイント', '楽天ポイント'] },
  { group: 'ほかのサービスのアカウント（SNS・買い物・ゲーム）', terms: ['Apple ID', 'アップルID', 'Googleアカウント', 'グーグルアカウント', 'Microsoftアカウント', 'Instagram', 'インスタ', 'Facebook', 'フェイスブック', 'Twitter', 'ツイッター', 'TikTok', 'YouTube', 'ユーチューブ', 'Netflix', 'Amazonプライム', 'アマプラ', 'メルカリ', 'ヤフオク', 'Discord', 'ゲーム', 'ガチャ', 'ポケモン', '任天堂', 'プレステ', 'Steam'] },
  { group: '携帯電話の契約', terms: ['料金プラン', '携帯料金', 'スマホ料金', 'ahamo', 'アハモ', 'povo', 'LINEMO', '楽天モバイル', 'ワイモバイル', 'UQモバイル', '格安SIM', 'eSIM', 'SIMフリー', '解約金', '違約金', '機種代金', '分割払い'] },
  { group: '機器・電池・容量', terms: ['電池持ち', 'バッテリー劣化', 'モバイルバッテリー', '充電器', '保護フィルム', 'スマホケース', 'イヤホン', 'プリンター', 'ルーター', '光回線', 'プロバイダ', 'Wi-Fiパスワード', 'AppleCare', 'SDカード', 'USBメモリ', '写真の移行', 'Googleフォト', '電話帳', 'アドレス帳', 'トーク履歴', '発売日'] },
  { group: 'ほかのソフトウェア', terms: ['エクセル', 'Excel', 'パワポ', 'PowerPoint', 'Zoom', 'ChatGPT', 'プロダクトキー'] },
  { group: '役所の手続き', terms: ['マイナンバー', 'マイナポイント', 'マイナ保険証', 'マイナポータル', '確定申告', 'e-Tax', '源泉徴収', '年末調整', 'ふるさと納税', '住民票', '戸籍', '印鑑証明', 'パスポート', '運転免許', '児童手当', '年金事務所', 'ねんきん定期便', '年金手帳', '介護保険', '国民健康保険'] },
  { group: 'くらし・天気・ニュース', terms: ['天気', '天気予報', '台風', '地震', 'ニュース', '選挙', 'レシピ', '占い', '運勢', '宝くじ', '競馬', '病院', '求人', '採用情報', '就職', 'アルバイト', '引越し', '観光', 'ホテル', '温泉', '車検', 'ガソリン', '家賃', '不動産', '賃貸', 'コロナ'] },
  { group: 'ほかの詐欺', terms: ['オレオレ詐欺', '架空請求', '投資詐欺', 'ロマンス詐欺', 'ワンクリック詐欺', '訪問販売', 'マルチ商法'] },
];
