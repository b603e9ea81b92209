/**
 * The link contract (SPEC.md): URLs and anchors that staff paste into mail and chat.
 * Each one is a promise: it never moves. Tests fail the build if one disappears.
 * Add more freely; never rename or remove one.
 */
export interface PromisedPage {
  path: string;
  /** What the page is, for people reading this file. */
  what: string;
  anchors: readonly string[];
}

export const linkContract: readonly PromisedPage[] = [
  { path: '/', what: 'ホーム', anchors: [] },
  { path: '/notice/', what: 'お知らせ', anchors: ['target', 'date', 'about-otp', 'how-to', 'feature-phone', 'contact'] },
  {
    path: '/faq/',
    what: 'よくあるご質問',
    anchors: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'note-1', 'note-2', 'note-3', 'note-4'],
  },
  { path: '/guide/', what: 'ご利用の手引き', anchors: ['install', 'register', 'login', 'transfer', 'change-device', 'troubleshooting'] },
  {
    path: '/security/',
    what: 'あわせてお願いしたい対策',
    anchors: ['email-notice', 'suspicious-email', 'antivirus', 'unsupported-os', 'rapport', 'separate-device'],
  },
  { path: '/contact/', what: 'お問い合わせ', anchors: [] },
  { path: '/practice/', what: '練習', anchors: [] },
  { path: '/check/', what: '環境チェック', anchors: ['env-verdict'] },
  { path: '/staff/', what: '職員用クイックリファレンス', anchors: [] },
];

/** Every promised URL, with its anchor where it has one: `/faq/#q2`. */
export const promisedUrls: readonly string[] = linkContract.flatMap((p) => [p.path, ...p.anchors.map((a) => `${p.path}#${a}`)]);
