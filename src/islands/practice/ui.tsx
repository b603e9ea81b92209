/**
 * Form pieces of the sandbox bank, after the GOV.UK patterns: a labelled field with its hint and inline error,
 * and an error summary that takes the focus and links each error to its field.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { ERROR_SUMMARY_TITLE } from '../../lib/practice/messages';

export interface FieldError {
  /** The id of the input the error belongs to. */
  field: string;
  text: string;
}

/** Moves the focus to a field and shows its label above it. */
export function focusField(id: string) {
  const input = document.getElementById(id);
  if (!input) return;
  input.focus({ preventScroll: true });
  const target = input.closest('.pr-field, fieldset') ?? input;
  target.scrollIntoView({ block: 'start' });
}

/** The screen's heading: the focus moves here when the screen changes. */
export function Title({ children }: { children: ComponentChildren }) {
  return (
    <h3 id="pr-screen-title" class="pr-screen__title" tabIndex={-1}>
      {children}
    </h3>
  );
}

/**
 * The list of what to correct, shown at the top of the form after a submission.
 * `attempt` changes on every submission so that the focus returns to the summary each time.
 * `first` comes before the list (the warning never to type real credentials: read before anything else);
 * `children` after it (how many tries remain …).
 */
export function ErrorSummary({
  errors,
  attempt,
  first,
  children,
}: {
  errors: FieldError[];
  attempt: number;
  first?: ComponentChildren;
  children?: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (errors.length && ref.current) {
      ref.current.focus({ preventScroll: true });
      ref.current.scrollIntoView({ block: 'start' });
    }
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div class="pr-errors" ref={ref} tabIndex={-1} aria-labelledby="pr-errors-title">
      <h4 id="pr-errors-title" class="pr-errors__title">
        {ERROR_SUMMARY_TITLE}
      </h4>
      {first}
      <ul class="pr-errors__list">
        {errors.map((e) => (
          <li key={e.field}>
            <a
              href={`#${e.field}`}
              onClick={(ev) => {
                ev.preventDefault();
                focusField(e.field);
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValue: (v: string) => void;
  type?: 'text' | 'password';
  inputMode?: 'text' | 'numeric';
  /** Narrow fields for short values (codes, amounts). */
  size?: 'code' | 'id' | 'full';
  autoCapitalize?: 'off' | 'characters';
  suffix?: string;
}

/** A labelled text field with its hint and inline error, both tied to the input with aria-describedby. */
export function Field({ id, label, hint, error, value, onValue, type = 'text', inputMode = 'text', size = 'full', autoCapitalize = 'off', suffix }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`pr-field${error ? ' pr-field--error' : ''}`}>
      <label class="pr-field__label" for={id}>
        {label}
      </label>
      {hint && (
        <p class="pr-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="pr-field__error" id={`${id}-error`}>
          <span class="visually-hidden">エラー：</span>
          {error}
        </p>
      )}
      <span class="pr-field__row">
        <input
          class={`pr-input pr-input--${size}`}
          id={id}
          name={id}
          type={type}
          inputMode={inputMode}
          autoComplete="off"
          autoCapitalize={autoCapitalize}
          autoCorrect="off"
          spellcheck={false}
          value={value}
          onInput={(e) => onValue((e.currentTarget as HTMLInputElement).value)}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
        />
        {suffix && <span class="pr-field__suffix">{suffix}</span>}
      </span>
    </div>
  );
}

/** The practice values, shown where they are to be typed. */
export function PracticeValues({ rows }: { rows: [string, string][] }) {
  return (
    <div class="pr-values">
      <p class="pr-values__title">練習用の値（この練習の画面だけで使えます）</p>
      <dl class="pr-values__list">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>
              <code>{v}</code>
            </dd>
          </div>
        ))}
      </dl>
      <p class="pr-values__note">本物のお客様IDやパスワードは、入力しないでください。</p>
    </div>
  );
}

/** What to do on this screen: the rehearsal's narrator, visibly not part of the bank's screen. */
export function Guide({ children }: { children: ComponentChildren }) {
  return (
    <div class="pr-guide">
      <p class="pr-guide__label">練習の案内</p>
      {children}
    </div>
  );
}
