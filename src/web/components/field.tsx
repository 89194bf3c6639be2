/**
 * A labelled one-line field of a form: its label shown above it and naming it (the browser tests
 * and screen readers find it by the label), as the page's forms lay their fields out.
 */
export function Field({
  label,
  name,
  value,
  onInput,
  type = 'text',
  required = false,
  maxLength,
  min,
  max,
  grow = false,
}: {
  label: string;
  name: string;
  value: string;
  onInput: (text: string) => void;
  type?: 'text' | 'date' | 'number';
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Takes the room the row leaves (a note beside short fields). */
  grow?: boolean;
}) {
  return (
    <label class={grow ? 'grow' : undefined}>
      {label}
      <input
        name={name}
        type={type}
        value={value}
        required={required}
        maxLength={maxLength}
        min={min}
        max={max}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}
