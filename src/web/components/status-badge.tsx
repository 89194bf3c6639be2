import type { MessageKey } from '../i18n/i18n';
import { useT } from '../i18n/i18n';

/** A status as a coloured word: segment status, problem status, request status. */
export function StatusBadge({ group, status }: { group: 'status' | 'problem' | 'request'; status: string }) {
  const { t } = useT();
  return <span class={`badge badge-${group}-${status}`}>{t(`${group}.${status}` as MessageKey)}</span>;
}
