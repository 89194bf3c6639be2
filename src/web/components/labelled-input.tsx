/**
 * A one-line text input whose label is its placeholder and its accessible name: the notes that go
 * with a workflow step, the board's filter and the search boxes are typed into the same way.
 */
export function LabelledInput({
  label,
  value,
  onInput,
  name,
  type,
}: {
  /** Placeholder and accessible label. */
  label: string;
  value: string;
  onInput: (text: string) => void;
  /** The input's name (the browser tests find some inputs by it). */
  name?: string;
  /** 'search' for a search box; otherwise a plain text input. */
  type?: 'search';
}) {
  return (
    <input
      type={type}
      name={name}
      placeholder={label}
      aria-label={label}
      value={value}
      onInput={(e) => onInput(e.currentTarget.value)}
    />
  );
}
