/** @jsxImportSource preact */
/**
 * The search page's island: a search form, a polite status line, and `<ol id="search-results">`.
 * Runs `?q=` on load, keeps the URL in step so a search can be shared, and searches as the customer types.
 * Matching is synchronous on data in the page (src/lib/search/matcher.ts): the same query always gives the
 * same answers, at once, with no request; only a likely typo of the same reading (「期首変更」) waits, the first
 * time, for the table of kanji readings. When nothing answers well enough, it says so plainly and offers the
 * questions customers ask most and the contact (the `children`, static HTML from the page).
 * A 案内番号 (「207」) searched for, from a link or with the button, opens its answer at once.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findByGuideCode } from '../../lib/guide-code';
import type { Match } from '../../lib/search/matcher';
import { readMatcher, withReadings } from './data';
import FullText from './FullText';

interface Props {
  /** The answers offered when nothing is found: [url, title]. */
  popular: { url: string; title: string }[];
  maxResults: number;
  /** The contact block, shown when nothing is found or search cannot start. */
  children?: ComponentChildren;
}

type State =
  | { kind: 'idle' }
  | { kind: 'empty' }
  /** Fetching the table of kanji readings for a likely typo (「期首変更」), once. */
  | { kind: 'reading' }
  /** `readAs`: the query as searched, when it differs (a typo of the same reading, 「期首変更」 → 「機種変更」). */
  | { kind: 'done'; query: string; readAs?: string; results: Match[] }
  | { kind: 'failed' };

export default function SearchPage({ popular, maxResults, children }: Props) {
  const matcher = useMemo(() => (typeof document === 'undefined' ? null : readMatcher()), []);
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  /** The latest search: a search that waited for the readings shows only if no other began meanwhile. */
  const latest = useRef(0);

  /** `open`: a 案内番号 opens its answer (on load and on 検索, not while the customer is still typing). */
  function run(q: string, updateUrl: boolean, open = false) {
    const id = ++latest.current;
    const coded = open && matcher ? findByGuideCode(matcher.answers, q) : null;
    if (coded) {
      location.replace(coded.path);
      return;
    }
    if (updateUrl) {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!q.trim()) return setState({ kind: 'empty' });
    if (!matcher) return setState({ kind: 'failed' });
    const show = () => {
      if (id !== latest.current) return;
      const readAs = matcher.readAs(q.trim());
      setState({ kind: 'done', query: q.trim(), readAs: readAs !== q.trim() ? readAs : undefined, results: matcher.search(q, { limit: maxResults }) });
    };
    if (!matcher.needsReadings(q)) return show();
    setState({ kind: 'reading' });
    void withReadings(matcher, q).then(show);
  }

  // A layout effect, before the browser paints: the answers to the query in the link are drawn in the frame in which
  // the page comes alive, not in the next one (a slow phone waits a frame and a timer less).
  useLayoutEffect(() => {
    // A query in the link, or words typed before the page had finished loading.
    const q = new URL(location.href).searchParams.get('q') || input.current?.value || '';
    setQuery(q);
    if (q.trim()) run(q, false, true);
    else input.current?.focus();
  }, []);

  function onInput(e: Event) {
    const q = (e.currentTarget as HTMLInputElement).value;
    setQuery(q);
    // While typing, wait for a pause so that the status line is not read out at every keystroke.
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => run(q, true), 250);
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    window.clearTimeout(timer.current);
    // Read the field itself: the state may not have caught up with the last keystroke yet.
    const q = input.current?.value ?? query;
    setQuery(q);
    run(q, true, true);
  }

  const nothing = state.kind === 'failed' || (state.kind === 'done' && state.results.length === 0);
  return (
    <div class="search">
      <form role="search" class="search-form" action="/search/" method="get" onSubmit={onSubmit}>
        <label for="search-input" class="search-form__label">
          知りたいことを入力してください
        </label>
        <p id="search-hint" class="search-form__hint">
          例：「スマホを買い替えた」「お金はかかる？」「ガラケーしか持っていない」
        </p>
        <div class="search-form__row">
          <input
            ref={input}
            id="search-input"
            class="search-form__input"
            type="search"
            name="q"
            value={query}
            onInput={onInput}
            aria-describedby="search-hint"
            autocomplete="off"
            enterkeyhint="search"
            maxLength={200}
          />
          <button type="submit" class="button">
            検索
          </button>
        </div>
      </form>
      <p class="search-status" role="status" aria-live="polite">
        {statusText(state)}
      </p>
      {state.kind === 'done' && state.results.length > 0 && (
        <ol id="search-results" class="search-results">
          {state.results.map(({ doc }) => (
            <li key={doc.url} class="search-result">
              <a class="search-result__title" href={doc.url}>
                {doc.title}
              </a>
              <span class="search-result__page">
                {doc.page}
                {doc.code && `・案内番号 ${doc.code}`}
              </span>
              <p class="search-result__excerpt">{doc.summary}</p>
            </li>
          ))}
        </ol>
      )}
      {nothing && (
        <div class="search-fallback">
          <h2 class="search-fallback__title">よくいただくご質問</h2>
          <ul>
            {popular.map((p) => (
              <li key={p.url}>
                <a href={p.url}>{p.title}</a>
              </li>
            ))}
          </ul>
          <p>
            <a href="/faq/">よくあるご質問の一覧</a>もご覧ください。わからないことは、お気軽にお問い合わせください。
          </p>
          {children}
        </div>
      )}
      {state.kind === 'done' && <FullText key={state.query} query={state.query} />}
    </div>
  );
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'empty':
      return '検索する言葉を入力してください。';
    case 'reading':
      return '検索しています…';
    case 'failed':
      return '検索を準備できませんでした。ページを読み込み直すか、下のよくいただくご質問からお探しください。';
    case 'done':
      return state.results.length
        ? `「${state.query}」の検索結果：${state.results.length}件${state.readAs ? `（「${state.readAs}」として検索しました）` : ''}`
        : `「${state.query}」にお答えするページは見つかりませんでした。言葉を変えてお試しいただくか、下のよくいただくご質問をご覧ください。`;
  }
}
