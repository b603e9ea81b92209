/** @jsxImportSource preact */
/**
 * The search page's island: a search form, a polite status line, and `<ol id="search-results">`.
 * Runs `?q=` on load, keeps the URL in step so staff can share a search, and searches as the customer types.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Concept } from '../../data/vocabulary';
import type { RankedAnswer } from '../../lib/search/rank';
import { searchAnswers } from './pagefind';

/** What the results show for a known answer: its heading and its one-line summary. */
export interface AnswerLine {
  url: string;
  title: string;
  summary: string;
}

interface Props {
  vocabulary: readonly Concept[];
  answers: AnswerLine[];
  /** Shown when nothing is found or search cannot load. */
  fallbackLinks: { href: string; label: string }[];
}

type State =
  | { kind: 'idle' }
  | { kind: 'empty' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; results: RankedAnswer[] }
  | { kind: 'failed' };

const MAX_RESULTS = 10;

export default function SearchPage({ vocabulary, answers, fallbackLinks }: Props) {
  const known = new Map(answers.map((a) => [a.url, a]));
  const [query, setQuery] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  async function run(q: string, updateUrl: boolean) {
    const id = ++latest.current;
    if (updateUrl) {
      const url = new URL(location.href);
      if (q.trim()) url.searchParams.set('q', q.trim());
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!q.trim()) {
      setState({ kind: 'empty' });
      return;
    }
    setState({ kind: 'searching' });
    try {
      const results = await searchAnswers(q, vocabulary);
      if (id === latest.current) setState({ kind: 'done', query: q.trim(), results: results.slice(0, MAX_RESULTS) });
    } catch {
      if (id === latest.current) setState({ kind: 'failed' });
    }
  }

  useEffect(() => {
    // A query in the link, or words typed before the page had finished loading.
    const q = new URL(location.href).searchParams.get('q') || input.current?.value || '';
    setQuery(q);
    if (q.trim()) void run(q, false);
    else input.current?.focus();
  }, []);

  function onInput(e: Event) {
    const q = (e.currentTarget as HTMLInputElement).value;
    setQuery(q);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void run(q, true), 250);
  }

  function onSubmit(e: Event) {
    e.preventDefault();
    window.clearTimeout(timer.current);
    // Read the field itself: the state may not have caught up with the last keystroke yet.
    const q = input.current?.value ?? query;
    setQuery(q);
    void run(q, true);
  }

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
          {state.results.map((r) => {
            const answer = known.get(r.url);
            return (
              <li key={r.url} class="search-result">
                <a class="search-result__title" href={r.url}>
                  {answer?.title ?? r.title}
                </a>
                <span class="search-result__page">{r.pageTitle}</span>
                {answer ? (
                  <p class="search-result__excerpt">{answer.summary}</p>
                ) : (
                  <p class="search-result__excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {state.kind === 'done' && state.results.length === 0 && <ol id="search-results" class="search-results" />}
      {(state.kind === 'failed' || (state.kind === 'done' && state.results.length === 0)) && (
        <div class="search-fallback">
          <p>次のページもご覧ください。</p>
          <ul>
            {fallbackLinks.map((l) => (
              <li key={l.href}>
                <a href={l.href}>{l.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function statusText(state: State): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'empty':
      return '検索する言葉を入力してください。';
    case 'searching':
      return '検索しています…';
    case 'failed':
      return '検索を読み込めませんでした。通信の状態をお確かめのうえ、もう一度お試しください。';
    case 'done':
      return state.results.length
        ? `「${state.query}」の検索結果：${state.results.length}件`
        : `「${state.query}」に当てはまるページが見つかりませんでした。言葉を短くするか、別の言い方でお試しください。`;
  }
}
