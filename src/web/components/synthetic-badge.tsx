import { useT } from '../i18n/i18n';

/**
 * 合成: shown beside the name of a record a generator made up (the demo world's surroundings), so
 * that nobody takes a generated enterprise, expert or request for a real one. Nothing for a real record.
 */
export function SyntheticBadge({ synthetic }: { synthetic?: boolean | null | undefined }) {
  const { t } = useT();
  if (synthetic !== true) return null;
  return (
    <span class="badge badge-synthetic" title={t('synthetic.explain')} data-synthetic="true">
      {t('synthetic.badge')}
    </span>
  );
}
