/**
 * The progress indicator: where the customer is among the six steps, and which are done.
 * Each label breaks only between its phrases (STEPS[].phrases, with <wbr> and `word-break: keep-all`), never
 * inside a word, at any width or text size.
 */
import { Fragment } from 'preact';
import { STEPS, stepOf, type Stage } from '../../lib/practice/machine';

/** Phrases with a line-break opportunity (<wbr>) between them and none inside them. */
function Phrases({ phrases }: { phrases: readonly string[] }) {
  return (
    <>
      {phrases.map((p, j) => (
        <Fragment key={p}>
          {j > 0 && <wbr />}
          <span class="pr-progress__phrase">{p}</span>
        </Fragment>
      ))}
    </>
  );
}

const FINISHED = ['練習は', 'すべて', '終わりました'];

export function Progress({ stage, done }: { stage: Stage; done: readonly string[] }) {
  const current = stepOf(stage);
  const index = STEPS.findIndex((s) => s.id === current);
  return (
    <div class="pr-progress">
      <p class="pr-progress__now" id="pr-progress-now">
        {current === 'finished' ? (
          <Phrases phrases={FINISHED} />
        ) : (
          <>
            <span class="pr-progress__phrase">{`手順 ${index + 1} / ${STEPS.length}：`}</span>
            <wbr />
            <Phrases phrases={STEPS[index]!.phrases} />
          </>
        )}
      </p>
      <ol class="pr-progress__list" aria-labelledby="pr-progress-now">
        {STEPS.map((s, i) => {
          const isDone = done.includes(s.id) && s.id !== current;
          const isCurrent = s.id === current;
          return (
            <li key={s.id} class={isCurrent ? 'is-current' : isDone ? 'is-done' : ''} aria-current={isCurrent ? 'step' : undefined}>
              <span class="pr-progress__num" aria-hidden="true">
                {isDone ? '✓' : i + 1}
              </span>
              <span class="pr-progress__label">
                <Phrases phrases={s.phrases} />
                {isDone && <span class="visually-hidden">（済み）</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
