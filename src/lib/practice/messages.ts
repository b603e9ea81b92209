/**
 * Every message of the sandbox bank, in plain, polite Japanese: what went wrong and what to do next.
 * The island shows them; the tests read them from here, so wording changes in one place.
 */
import type { CodeProblem, IdProblem, RegCode1Problem, RegCode2Problem } from './verify';

/** The warning shown whenever something other than the practice values is typed into an ID or password field. */
export const REAL_CREDENTIALS_WARNING =
  '本物のお客様IDやパスワードは、この練習の画面には入力しないでください。本物のIDやパスワードを入力してよいのは、当金庫の本物のWEBバンキングの画面だけです。入力された文字は消しました。どこにも送っていません。';

export const ERROR_SUMMARY_TITLE = '入力内容をご確認ください';

/** Messages for the security code field at login and for a transfer (label: ワンタイムパスワード). */
export const CODE_MESSAGES: Record<CodeProblem, string> = {
  empty: 'ワンタイムパスワードを入力してください。トークンに表示されている6桁の数字です。',
  format: 'ワンタイムパスワードは6桁の数字です。トークンに表示されている数字を見ながら、もう一度入力してください。',
  wrong: 'ワンタイムパスワードが正しくありません。トークンにいま表示されている6桁の数字を、見ながらゆっくり入力してください。',
  expired:
    'このワンタイムパスワードは、時間がたったため使えません。トークンにいま表示されている新しい数字を入力してください。',
  // Followed by nextCodeIn(): codeMessage() says the whole message, with the countdown.
  reused: 'このワンタイムパスワードは、さきほど一度使った数字です。同じ数字は一度しか使えません。',
  unregistered:
    'ワンタイムパスワードが正しくありません。アプリを入れ直したり、スマートフォンを買い替えたりすると、クレデンシャルIDが変わります。新しいトークンは、WEBバンキングに登録し直すまで使えません。',
};

export const ID_MESSAGES: Record<IdProblem, string> = {
  empty: 'クレデンシャルIDを入力してください。トークンの画面に表示されている12文字です。',
  format:
    'クレデンシャルIDは、英字4文字と数字8桁の、全部で12文字です（例：VSMT12345678）。トークンの画面を見ながら、もう一度入力してください。',
  other:
    'このクレデンシャルIDは、お使いのトークンのものではありません。トークンの画面に表示されているクレデンシャルIDを、そのまま入力してください。',
  previous:
    'これは、入れ直す前のトークンのクレデンシャルIDです。アプリを入れ直すと、クレデンシャルIDは新しくなります。トークンの画面にいま表示されているクレデンシャルIDを入力してください。',
};

export const REG_CODE1_MESSAGES: Record<RegCode1Problem, string> = {
  empty: '1つ目のセキュリティコードを入力してください。トークンにいま表示されている6桁の数字です。',
  format: '1つ目のセキュリティコードは6桁の数字です。トークンの数字を見ながら、もう一度入力してください。',
  wrong: '1つ目のセキュリティコードが正しくありません。1つ目の欄から入力し直してください。',
  expired:
    '時間がたって、入力した数字が古くなりました。1つ目の欄から入力し直してください。いま表示されている数字を1つ目に入れ、数字が変わったら、新しい数字を2つ目に入れます。',
  'not-consecutive':
    '1つ目と2つ目が、続けて表示された数字になっていません。1つ目の欄から入力し直してください。いま表示されている数字を1つ目に入れ、数字が変わったら、すぐに新しい数字を2つ目に入れます。',
};

export const REG_CODE2_MESSAGES: Record<RegCode2Problem, string> = {
  empty: '2つ目のセキュリティコードを入力してください。1つ目の数字が次の数字に変わったら、その新しい数字を入力します。',
  format: '2つ目のセキュリティコードは6桁の数字です。トークンの数字を見ながら、もう一度入力してください。',
  wrong:
    '2つ目のセキュリティコードが正しくありません。トークンの数字が変わったら、新しく表示された数字を見ながら入力してください。',
  same: '2つ目に、1つ目と同じ数字が入力されています。トークンの数字が次に変わるのを待ってから、新しく表示された数字を2つ目に入力してください。',
  reused:
    'この数字は、すでに一度使われています。トークンの数字が次に変わるのを待ってから、1つ目の欄から入力し直してください。',
};

export const LOGIN_MESSAGES = {
  idEmpty: 'お客様IDを入力してください。',
  idNotPractice: '練習用のお客様IDではありません。画面に表示している練習用のお客様IDを入力してください。',
  passwordEmpty: 'ログインパスワードを入力してください。',
  passwordNotPractice: '練習用のログインパスワードではありません。画面に表示している練習用のパスワードを入力してください。',
} as const;

export const TRANSFER_MESSAGES = {
  payeeEmpty: '振込先を選んでください。',
  amountEmpty: '金額を入力してください。',
  amountFormat: '金額は、数字だけで入力してください（例：1000）。',
  amountRange: '練習では、1円から1,000,000円（100万円）までの金額を入力してください。',
  passwordEmpty: '資金移動用パスワードを入力してください。',
  passwordNotPractice:
    '練習用の資金移動用パスワードではありません。画面に表示している練習用の資金移動用パスワードを入力してください。',
} as const;

/**
 * Where a used code was refused: how long until the token shows a new one (`wait` seconds, 0 when it already does).
 * The screen says it again every second, so it counts down with the token.
 */
export function nextCodeIn(wait: number): string {
  return wait > 0
    ? `トークンの数字は、あと${wait}秒で新しい数字に変わります。変わってから、新しい数字を入力してください。`
    : 'トークンの数字は、新しい数字に変わりました。いま表示されている数字を入力してください。';
}

/** The message for a refused code at login or for a transfer; a used code's message ends with the countdown. */
export function codeMessage(problem: CodeProblem, wait: number): string {
  return problem === 'reused' ? `${CODE_MESSAGES.reused}${nextCodeIn(wait)}` : CODE_MESSAGES[problem];
}

/** Said where the page itself asked for a try that is refused (the new token before it is registered again). */
export const REHEARSED_TRY_NOTE =
  'これは、練習のために試していただいたものです。ここでは何回受け付けられなくても、ロックまでの回数には数えません。';

/** Said after a counted failure when few tries remain. */
export function triesLeftMessage(left: number): string {
  return `このまま、あと${left}回受け付けられないと、練習用のWEBバンキングをご利用いただけなくなります（ロック）。わからないときは、何度も試さずに、手順を読み直してください。`;
}

/** The lock, said without blaming the customer: codes may have been refused for reasons other than a typing mistake. */
export function lockedMessage(maxFailures: number): string {
  return `入力した6桁の数字が、続けて${maxFailures}回受け付けられなかったため、練習用のWEBバンキングをご利用いただけなくなりました。`;
}
