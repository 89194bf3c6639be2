import type { FinancingMeetingItem } from '../../api/types';
import { useApi } from '../../api/use-api';
import { LoadedView } from '../../components/loaded-view';
import { useT } from '../../i18n/i18n';
import { yuan } from './finance-words';

/** 银企对接会 held in the region, with the signings, banks and amount their organisers stated. */
export function MeetingsHeld({ region }: { region: string }) {
  const view = useT();
  const { t } = view;
  const held = useApi<{ items: FinancingMeetingItem[] }>('financing-meetings', { region: region || undefined });
  return (
    <LoadedView loaded={held}>
      {(data) =>
        data.items.length > 0 && (
          <section class="panel" aria-label={t('finance.held')}>
            <h2>{t('finance.held')}</h2>
            <table class="finance-held">
              <thead>
                <tr>
                  <th>{t('finance.held')}</th>
                  <th>{t('finance.heldSigned')}</th>
                  <th>{t('finance.heldProviders')}</th>
                  <th>{t('finance.heldAmount')}</th>
                  <th>{t('finance.source')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((m) => (
                  <tr key={m.id}>
                    <td>
                      {view.date(m.date)} {m.title}
                      {m.region ? ` · ${m.region.name}` : ''}
                      <div class="small muted">{m.attendees.map((a) => a.name).join('、')}</div>
                    </td>
                    <td>{m.enterprisesSigned === null ? '' : view.number(m.enterprisesSigned)}</td>
                    <td>{m.providersSigned === null ? '' : view.number(m.providersSigned)}</td>
                    <td>{yuan(view, m.amountSignedYuan)}</td>
                    <td class="small">{m.source ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )
      }
    </LoadedView>
  );
}
