import { useT } from '../i18n/i18n';

/**
 * A search box with its Find button, disabled while empty: the partner finder and the explorer
 * look things up by name the same way.
 */
export function SearchForm({
  name,
  label,
  value,
  onInput,
  onSubmit,
}: {
  /** The input's name (the browser tests find it by it). */
  name: string;
  /** Placeholder and accessible label. */
  label: string;
  value: string;
  onInput: (text: string) => void;
  onSubmit: (event: Event) => void;
}) {
  const { t } = useT();
  return (
    <form class="search" role="search" onSubmit={onSubmit}>
      <input
        type="search"
        name={name}
        placeholder={label}
        aria-label={label}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <button type="submit" class="primary" disabled={value.trim() === ''}>
        {t('partners.find')}
      </button>
    </form>
  );
}
