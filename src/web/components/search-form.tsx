import { useT } from '../i18n/i18n';
import { LabelledInput } from './labelled-input';

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
      <LabelledInput type="search" name={name} label={label} value={value} onInput={onInput} />
      <button type="submit" class="primary" disabled={value.trim() === ''}>
        {t('partners.find')}
      </button>
    </form>
  );
}
