/** @jsxImportSource preact */
/**
 * 「本文の中からも探す」: the pages' full text, searched with Pagefind when the customer asks for it.
 * One search per query; the list says plainly when nothing has the words or the search cannot load.
 */
import { useState } from 'preact/hooks';
import { fullText, type Hit } from './pagefind';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; hits: Hit[] } | { kind: 'failed' };

export default function FullText({ query }: { query: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function run() {
    setState({ kind: 'loading' });
    try {
      setState({ kind: 'done', hits: await fullText(query) });
    } catch {
      setState({ kind: 'failed' });
    }
  }

  return (
    <section class="full-text" aria-labelledby="full-text-title">
      <h2 id="full-text-title" class="full-text__title">
        本文の中から探す
      </h2>
      {state.kind === 'idle' && (
        <button type="button" class="button button--secondary" onClick={run}>
          「{query}」を本文の中からも探す
        </button>
      )}
      <p class="full-text__status" aria-live="polite">
        {state.kind === 'loading' && '本文を探しています…'}
        {state.kind === 'failed' && '本文の検索を読み込めませんでした。通信の状態をお確かめのうえ、もう一度お試しください。'}
        {state.kind === 'done' &&
          (state.hits.length ? `本文に「${query}」があるところ：${state.hits.length}件` : `本文に「${query}」があるところは見つかりませんでした。`)}
      </p>
      {state.kind === 'failed' && (
        <button type="button" class="button button--secondary" onClick={run}>
          もう一度探す
        </button>
      )}
      {state.kind === 'done' && state.hits.length > 0 && (
        <ol class="search-results" id="full-text-results">
          {state.hits.map((h) => (
            <li key={h.url} class="search-result">
              <a class="search-result__title" href={h.url}>
                {h.title}
              </a>
              <span class="search-result__page">{h.pageTitle}</span>
              <p class="search-result__excerpt" dangerouslySetInnerHTML={{ __html: h.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
