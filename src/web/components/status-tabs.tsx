import { useT, type MessageKey } from '../i18n/i18n';

/**
 * Tabs over a list's statuses, with "all" first ('' is all). Each status is labelled by its
 * message `${labels}.${status}` (problem.published, request.dispatched).
 */
export function StatusTabs<S extends string>({
  statuses,
  value,
  onChange,
  labels,
}: {
  statuses: readonly S[];
  value: S | '';
  onChange: (status: S | '') => void;
  labels: 'problem' | 'request';
}) {
  const { t } = useT();
  return (
    <div class="tabs" role="tablist" aria-label={t('tackling.status')}>
      {(['', ...statuses] as const).map((s) => (
        <button
          type="button"
          role="tab"
          key={s}
          aria-selected={value === s}
          class={value === s ? 'active' : ''}
          onClick={() => onChange(s)}
        >
          {s === '' ? t('tackling.all') : t(`${labels}.${s}` as MessageKey)}
        </button>
      ))}
    </div>
  );
}
