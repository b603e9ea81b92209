/** @jsxImportSource preact */
/**
 * The staff reference's filter and copy buttons. The list itself is static HTML (rendered at build
 * time with its QR codes); this island narrows it as staff type, with the search page's matcher, and
 * copies links for the bank's internal use. `/` focuses the filter; Enter brings the closest answer into view
 * and says its 案内番号, the number to tell the customer.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterEntries, type FilterEntry } from '../../lib/search/filter';
import { readMatcher, withReadings } from '../search/data';

interface Entry extends FilterEntry {
  /** The full URL. */
  url: string;
  /** 案内番号 */
  code: string;
  title: string;
}

interface Props {
  entries: Entry[];
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function StaffTools({ entries }: Props) {
  const matcher = useMemo(() => (typeof document === 'undefined' ? null : readMatcher()), []);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Entry[]>(entries);
  /** The list for what was typed last: shown once the table of kanji readings is there when the query needs it. */
  const filtering = useRef<Promise<Entry[]>>(Promise.resolve(entries));
  function apply(q: string) {
    const done = matcher ? withReadings(matcher, q).then(() => filterEntries(entries, q, matcher)) : Promise.resolve(entries);
    filtering.current = done;
    void done.then((list) => {
      if (filtering.current === done) setShown(list);
    });
  }
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);

  // Before the browser paints, so that the list and its count never disagree for a frame.
  useLayoutEffect(() => {
    const visible = new Set(shown.map((e) => e.el));
    for (const e of entries) document.getElementById(e.el)?.toggleAttribute('hidden', !visible.has(e.el));
    document.querySelectorAll<HTMLElement>('.staff-group').forEach((g) => {
      g.toggleAttribute('hidden', !g.querySelector('.staff-item:not([hidden])'));
    });
  }, [shown]);

  useEffect(() => {
    // Staff may start typing before the page has finished loading: apply what is already in the box.
    const typed = input.current?.value ?? '';
    if (typed) {
      setQuery(typed);
      apply(typed);
    }
    const list = document.getElementById('staff-list');
    list?.classList.add('staff-list--enhanced');
    const onClick = async (ev: Event) => {
      const button = (ev.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
      if (!button) return;
      const ok = await copy(button.dataset.copy ?? '');
      announce(ok ? `リンクをコピーしました（当金庫内の共有用）：${button.dataset.copy}` : 'コピーできませんでした。リンクを選択してコピーしてください。', button);
    };
    const onKey = (ev: KeyboardEvent) => {
      const target = ev.target as HTMLElement;
      if (ev.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) && !target.isContentEditable) {
        ev.preventDefault();
        input.current?.focus();
      }
    };
    list?.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      list?.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  function announce(text: string, button?: HTMLButtonElement) {
    setMessage(text);
    if (button) {
      const label = button.textContent;
      button.textContent = 'コピーしました';
      window.setTimeout(() => (button.textContent = label), 2500);
    }
  }

  function onInput(ev: Event) {
    const q = (ev.currentTarget as HTMLInputElement).value;
    setQuery(q);
    apply(q);
  }

  async function onKeyDown(ev: KeyboardEvent) {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    const first = (await filtering.current)[0];
    if (!first) return;
    const item = document.getElementById(first.el);
    item?.scrollIntoView({ block: 'start' });
    announce(`いちばん近い回答は 案内番号 ${first.code}「${first.title}」です。`);
  }

  return (
    <div class="staff-tools">
      <label for="staff-filter" class="staff-tools__label">
        お客様の言葉で絞り込み
      </label>
      <p id="staff-filter-hint" class="staff-tools__hint">
        <kbd>/</kbd> でここへ移動、<kbd>Enter</kbd> でいちばん近い回答とその案内番号を表示します。
      </p>
      <input
        ref={input}
        id="staff-filter"
        class="staff-tools__input"
        type="search"
        value={query}
        onInput={onInput}
        onKeyDown={onKeyDown}
        autocomplete="off"
        aria-controls="staff-list"
        aria-describedby="staff-filter-hint"
      />
      <p class="staff-tools__count" aria-live="polite">
        {query.trim() ? `${shown.length}件` : `全${entries.length}件`}
      </p>
      <p class="staff-tools__message" role="status">
        {message}
      </p>
    </div>
  );
}
