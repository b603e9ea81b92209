/**
 * Shows the words a customer types or presses (winver, Enter キー, R キー) in a key-cap box (<kbd>),
 * so they stand out in the instructions. Used by the island and, statically, by the page.
 */
const KEYS = /(winver|Windows キー|Enter キー|R キー)/;

export function Keys({ text }: { text: string }) {
  const parts = text.split(KEYS);
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <kbd key={i}>{p}</kbd> : p))}
    </>
  );
}
