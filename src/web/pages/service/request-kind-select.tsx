import { useT, type MessageKey } from '../../i18n/i18n';
import { REQUEST_KINDS } from './request-steps';

/** The kind of a request (政策咨询, 融资需求, 人才招引 …), labelled. */
export function RequestKindSelect({ value, onChange }: { value: string; onChange(kind: string): void }) {
  const { t } = useT();
  return (
    <label>
      {t('service.kind')}
      <select name="kind" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {REQUEST_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kind.${k}` as MessageKey)}
          </option>
        ))}
      </select>
    </label>
  );
}
