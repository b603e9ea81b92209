/**
 * The shape beside each status, so that no information rests on colour alone:
 * supported = a circle with a check mark, unsupported = an octagon (a stop sign) with a cross,
 * unknown = a square with a question mark, outdated (a newer version exists) = a diamond with a turning
 * arrow, pending = an open circle with three dots.
 * Decorative (aria-hidden): the word beside it says the same. Rendered statically on the page too.
 */
export type IconStatus = 'supported' | 'unsupported' | 'unknown' | 'outdated' | 'pending';

interface Props {
  status: IconStatus;
  /** CSS class for size. */
  class?: string;
}

export function StatusIcon({ status, class: cls = 'status-icon' }: Props) {
  return (
    <svg class={`${cls} ${cls}--${status}`} viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {status === 'supported' && (
        <>
          <circle cx="12" cy="12" r="10.5" fill="currentColor" />
          <path d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
      {status === 'unsupported' && (
        <>
          <path d="M7.6 1.5h8.8l6.1 6.1v8.8l-6.1 6.1H7.6l-6.1-6.1V7.6z" fill="currentColor" />
          <path d="M8 8l8 8M16 8l-8 8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" />
        </>
      )}
      {status === 'unknown' && (
        <>
          <rect x="1.5" y="1.5" width="21" height="21" rx="3" fill="currentColor" />
          <path d="M9 9.2a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v.8" fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" />
          <circle cx="12" cy="17.6" r="1.4" fill="#fff" />
        </>
      )}
      {status === 'outdated' && (
        <>
          <path d="M12 .8l11.2 11.2L12 23.2.8 12z" fill="currentColor" />
          <path d="M15.6 10.3a4 4 0 1 0 .3 3.3" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" />
          <path d="M16.2 6.9v3.6h-3.6" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" />
        </>
      )}
      {status === 'pending' && (
        <>
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <circle cx="7.5" cy="12" r="1.6" fill="currentColor" />
          <circle cx="12" cy="12" r="1.6" fill="currentColor" />
          <circle cx="16.5" cy="12" r="1.6" fill="currentColor" />
        </>
      )}
    </svg>
  );
}
